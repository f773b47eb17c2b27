/** Placeholder: replaced below. */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';

export async function orgSummaryWorkbook(_summary: OrgSummary, _t: TranslateFn, _language: Language, _now: number): Promise<Uint8Array> {
  return new Uint8Array();
}
