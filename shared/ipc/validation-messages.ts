/**
 * Turns zod issues into messages keyed by field path. Our schemas put an i18n key ("v.*",
 * "org.*") into each message; issues zod raises on its own (wrong type, unknown key) map by code.
 * A service that refuses with the issues of its own schema keeps them as keys (the router words
 * them in the user's language); the router words the contract's own refusals at once.
 */
import type { z } from 'zod';
import { type MessageRef, isPlainMessageKey } from '../i18n/message-key.js';
import { type TranslateFn, translateRef } from '../i18n/translator.js';

export function issueRef(issue: z.core.$ZodIssue): MessageRef {
  // The one schema message that carries a value: the limit zod reports with the issue.
  if (issue.message === 'v.tooLong') return ['v.tooLong', { max: 'maximum' in issue ? Number(issue.maximum) : '' }];
  if (/^(v|org|survey)\.[A-Za-z]+$/.test(issue.message) && isPlainMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return ['v.unknownKey', { key: issue.keys.slice(0, 3).join(', ') }];
    case 'invalid_type':
      return 'v.invalidType';
    case 'too_big':
      return ['v.tooLong', { max: Number(issue.maximum) }];
    default:
      return 'v.invalid';
  }
}

export const issueMessage = (issue: z.core.$ZodIssue, t: TranslateFn): string => translateRef(t, issueRef(issue));

/**
 * The first issue of each field, keyed by the field's full path in the input ("block.end",
 * "workHours.breaks.0.end"). An issue with the input as a whole (no path) names no field: see rootIssue.
 */
export function fieldRefs(issues: readonly z.core.$ZodIssue[]): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = {};
  for (const issue of issues) if (issue.path.length > 0) out[issue.path.map(String).join('.')] ??= issueRef(issue);
  return out;
}

export function fieldMessages(issues: readonly z.core.$ZodIssue[], t: TranslateFn): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldRefs(issues)).map(([path, ref]) => [path, translateRef(t, ref)]));
}

/** The first issue with the input as a whole (wrong type, an unknown key at the top), if any. */
export function rootIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  return issues.find((issue) => issue.path.length === 0);
}
