/**
 * 総務課's summary for the session: the files imported (read, one version per person and day, compiled
 * against the trial), kept in memory like the 所属長の確認画面's reports, and its workbook and printable
 * page. The trial is the organisation file's when one is given, else the one in this app's settings.
 */
import { localDateOf } from '../../shared/calendar/local-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import type { Trial } from '../../shared/trial/trial-schema.js';
import type { Clock } from '../ports/clock.js';
import { NoPdfEngineError, type PdfPrinter } from '../ports/pdf-printer.js';
import { parseOrgDefaults } from '../services/org-import.js';
import { UserError } from '../services/user-error.js';
import { orgSummaryPage } from './org-summary-page.js';
import { orgSummaryWorkbook } from './org-summary-workbook.js';
import { type IncomingOrgFile, readIncomingOrgFile } from './read-org-file.js';
import { summariseOrgFiles } from './summarise-org-files.js';

export interface OrgSummaryDeps {
  settings: () => { trial: Trial | null; orgTimeZone: string; language: Language };
  t: () => TranslateFn;
  clock: Clock;
  pdfPrinter?: PdfPrinter | undefined;
}

/** The trial (and the time zone) to count against: the organisation file's, else this app's settings. */
export function trialToCount(orgText: string | undefined, settings: { trial: Trial | null; orgTimeZone: string }, t: TranslateFn): { trial: Trial; timeZone: string } {
  if (orgText !== undefined) {
    let defaults;
    try {
      defaults = parseOrgDefaults(orgText, t);
    } catch (error) {
      // Its problems are keyed by the request's field: here that is orgText (org:import's is text).
      if (error instanceof UserError && error.fields?.text) throw new UserError(error.code, error.messageKey, { orgText: error.fields.text });
      throw error;
    }
    if (!defaults.trial) throw new UserError('invalid_input', 'orgSummary.orgFileNoTrial', { orgText: 'orgSummary.orgFileNoTrial' });
    return { trial: defaults.trial, timeZone: defaults.orgTimeZone ?? settings.orgTimeZone };
  }
  if (!settings.trial) throw new UserError('invalid_input', 'orgSummary.noTrial');
  return { trial: settings.trial, timeZone: settings.orgTimeZone };
}

/** `org-summary_2026-12-18` — named for the day it was made. */
export const summaryFileBase = (now: number) => `org-summary_${localDateOf(now)}`;

export function createOrgSummaryService(deps: OrgSummaryDeps) {
  let current: { summary: OrgSummary; timeZone: string } | null = null;
  const need = () => {
    if (!current) throw new UserError('invalid_input', 'orgSummary.nothingYet');
    return current;
  };
  return {
    import(files: readonly IncomingOrgFile[], orgText: string | undefined): OrgSummary {
      const t = deps.t();
      const { trial, timeZone } = trialToCount(orgText, deps.settings(), t);
      const summary = summariseOrgFiles(files.map((f) => ({ name: f.name, read: () => readIncomingOrgFile(f, t) })), trial, timeZone, t);
      current = { summary, timeZone };
      return summary;
    },
    current: () => current?.summary ?? null,
    clear() {
      current = null;
      return { cleared: true };
    },
    async xlsxFile() {
      const { summary, timeZone } = need();
      const now = deps.clock.now();
      return { name: `${summaryFileBase(now)}.xlsx`, bytes: await orgSummaryWorkbook(summary, deps.t(), deps.settings().language, now, timeZone) };
    },
    async pdfFile() {
      const { summary, timeZone } = need();
      if (!deps.pdfPrinter) throw new UserError('unavailable', 'exports.noPdfEngine');
      const now = deps.clock.now();
      try {
        const bytes = await deps.pdfPrinter.print(orgSummaryPage(summary, deps.t(), deps.settings().language, now, timeZone));
        return { name: `${summaryFileBase(now)}.pdf`, bytes };
      } catch (error) {
        if (error instanceof NoPdfEngineError) throw new UserError('unavailable', 'exports.noPdfEngine');
        throw error;
      }
    },
  };
}
export type OrgSummaryService = ReturnType<typeof createOrgSummaryService>;
