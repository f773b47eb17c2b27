/** Placeholder: replaced below. */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';

export function orgSummaryPage(summary: OrgSummary, t: TranslateFn, _language: Language, _now: number, _timeZone: string): string {
  return `<!doctype html><html><body><h1>${t('orgSummary.title', { trial: summary.trial.name })}</h1></body></html>`;
}
