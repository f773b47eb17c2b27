/**
 * The one "ends after it starts" rule for spans of wall-clock time (a 予定, the day's 所定 hours, a
 * template's 予定, a planned break). "HH:MM" stops at 23:59, so a span that passes this never crosses
 * midnight.
 */
import type { z } from 'zod';
import { clockTimeSchema, toMinutes } from './clock-time.js';

interface Span {
  start: string;
  end: string;
}

/** Both ends are "HH:MM" and the end is not after the start. Malformed times are not this rule's to judge. */
export function endsTooEarly(span: Span): boolean {
  if (!clockTimeSchema.safeParse(span.start).success || !clockTimeSchema.safeParse(span.end).success) return false;
  return toMinutes(span.end) <= toMinutes(span.start);
}

/** The rule as a zod refinement; the message goes beside `end`, the field the user usually fixes. */
export function endAfterStart(message: 'v.endBeforeStart' | 'v.blockEndBeforeStart') {
  return (span: Span, ctx: z.RefinementCtx) => {
    if (endsTooEarly(span)) ctx.addIssue({ code: 'custom', path: ['end'], message });
  };
}
