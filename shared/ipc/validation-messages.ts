/**
 * Turns zod issues into translated messages keyed by field path. Our schemas put an i18n key
 * ("v.*", "org.*") into each message; issues zod raises on its own (wrong type, unknown key) map by code.
 */
import type { z } from 'zod';
import type { TranslateFn } from '../i18n/translator.js';

/** The i18n key and parameters for one issue, for callers that translate later (main's refusals). */
export function issueMessageRef(issue: z.core.$ZodIssue): [key: string, params: Record<string, unknown>] {
  if (/^(v|org)\.[A-Za-z]+$/.test(issue.message)) {
    const max = 'maximum' in issue ? Number(issue.maximum) : undefined;
    return [issue.message, { max }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return ['v.unknownKey', { key: issue.keys.slice(0, 3).join(', ') }];
    case 'invalid_type':
      return ['v.invalidType', {}];
    case 'too_big':
      return ['v.tooLong', { max: Number(issue.maximum) }];
    default:
      return ['v.invalid', {}];
  }
}

export function issueMessage(issue: z.core.$ZodIssue, t: TranslateFn): string {
  return t(...issueMessageRef(issue));
}

/**
 * Messages keyed by the full path of the field in the input ("block.end", "workHours.breaks.0.end").
 * An issue with the input as a whole (no path) names no field: see rootIssue.
 */
export function fieldMessages(issues: readonly z.core.$ZodIssue[], t: TranslateFn): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.path.length > 0) out[issue.path.map(String).join('.')] ??= issueMessage(issue, t);
  }
  return out;
}

/** The first issue with the input as a whole (wrong type, an unknown key at the top), if any. */
export function rootIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  return issues.find((issue) => issue.path.length === 0);
}
