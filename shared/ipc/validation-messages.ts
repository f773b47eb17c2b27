/**
 * Turns zod issues into translated messages keyed by field path. Our schemas put an i18n key
 * ("v.*", "org.*") into each message; issues zod raises on its own (wrong type, unknown key) map by code.
 */
import type { z } from 'zod';
import type { TranslateFn } from '../i18n/translator.js';

export function issueMessage(issue: z.core.$ZodIssue, t: TranslateFn): string {
  if (/^(v|org)\.[A-Za-z]+$/.test(issue.message)) {
    const max = 'maximum' in issue ? Number(issue.maximum) : undefined;
    return t(issue.message, { max });
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return t('v.unknownKey', { key: issue.keys.slice(0, 3).join(', ') });
    case 'invalid_type':
      return t('v.invalidType');
    case 'too_big':
      return t('v.tooLong', { max: Number(issue.maximum) });
    default:
      return t('v.invalid');
  }
}

export function fieldMessages(issues: readonly z.core.$ZodIssue[], t: TranslateFn): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issueMessage(issue, t);
  }
  return out;
}
