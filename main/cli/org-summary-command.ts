/**
 * `telework-techo org-summary <folder> [--org <file>] [--out summary.xlsx|summary.pdf|summary.json]`:
 * 総務課's summary of the telework trial from a folder of report files and anonymous answer files,
 * on the same code as the window (main/trial/). The trial is the organisation file's (--org); without
 * --org, an organisation file with a trial found in the folder itself. Prints the figures; --out also
 * writes the workbook, the printable page (PDF) or the figures as JSON (the window's OrgSummary).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { translateRef } from '../../shared/i18n/translate.js';
import { ORG_DEFAULTS_FORMAT } from '../../shared/org/org-defaults-schema.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { createChromiumPdfPrinter } from '../adapters/chromium-pdf-printer.js';
import { NoPdfEngineError } from '../ports/pdf-printer.js';
import { describeRejection } from '../services/supervisor-service.js';
import { UserError } from '../services/user-error.js';
import { decodeReportBytes } from '../supervisor/report-encoding.js';
import { MAX_REPORT_BYTES } from '../supervisor/report-files.js';
import { orgSummaryPage } from '../trial/org-summary-page.js';
import { trialToCount } from '../trial/org-summary-service.js';
import { orgSummaryText } from '../trial/org-summary-text.js';
import { orgSummaryWorkbook } from '../trial/org-summary-workbook.js';
import { type OrgFileRead, readOrgBytes } from '../trial/read-org-file.js';
import { summariseOrgFiles } from '../trial/summarise-org-files.js';
import { type SkipReason, collectReportFiles } from './collect-report-files.js';

export const ORG_SUMMARY_OUTS = ['.xlsx', '.pdf', '.json'] as const;

export interface OrgSummaryIo {
  stdout: (line: string) => void;
  stderr: (text: string) => void;
  now: () => number;
}

/** The text of an organisation defaults file among the folder's files (the first, in name order), if any. */
function orgFileIn(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_REPORT_BYTES) return undefined;
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok || !decoded.text.includes(ORG_DEFAULTS_FORMAT)) return undefined;
  try {
    const value = JSON.parse(decoded.text.replace(/^\uFEFF/, '')) as { format?: unknown } | null;
    return value?.format === ORG_DEFAULTS_FORMAT ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

const userMessage = (error: UserError, t: TranslateFn) => [translateRef(t, error.messageKey), ...Object.values(error.fields ?? {}).map((f) => translateRef(t, f))].filter((m, i, all) => all.indexOf(m) === i).join('\n');

export async function orgSummaryCommand(folder: string, options: { org?: string | undefined; out?: string | undefined; timeZone: string; language: Language }, io: OrgSummaryIo, t: TranslateFn): Promise<number> {
  const { files, skipped } = collectReportFiles([folder]);
  let bad = skipped.length;
  const skip = (file: string, reason: SkipReason) =>
    io.stderr(`NG  ${file}: ${reason.kind === 'loop' ? t('cli.skippedLoop') : t('cli.skippedUnreadable', { code: reason.code })}\n`);
  for (const s of skipped) skip(s.path, s.reason);
  let orgText: string | undefined;
  if (options.org !== undefined) {
    try {
      orgText = fs.readFileSync(options.org, 'utf8');
    } catch {
      io.stderr(`${t('orgSummary.cli.orgUnreadable', { file: options.org })}\n`);
      return 2;
    }
  }
  const read: { name: string; read: OrgFileRead }[] = [];
  files.forEach((file, i) => {
    const name = path.relative(folder, file) || path.basename(file);
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_REPORT_BYTES) read.push({ name, read: { ok: false, reason: describeRejection({ code: 'tooLarge', size }, t) } });
      else {
        const bytes = fs.readFileSync(file);
        // An organisation file in the folder is not a file to count; without --org, it names the trial.
        const org = orgFileIn(bytes);
        if (org === undefined) read.push({ name, read: readOrgBytes(bytes, t) });
        else if (options.org === undefined) orgText ??= org;
      }
    } catch (error) {
      // Gone or unreadable between the walk and the read: skipped like any unreadable entry.
      bad++;
      skip(file, { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
    if ((i + 1) % 25 === 0 || i + 1 === files.length) io.stderr(`${t('cli.progress', { done: i + 1, total: files.length })}\n`);
  });
  let counted;
  try {
    counted = trialToCount(orgText, { trial: null, orgTimeZone: options.timeZone }, t);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${userMessage(error, t)}\n`);
    return 2;
  }
  const summary = summariseOrgFiles(read, counted.trial, counted.timeZone, t);
  for (const r of summary.files.rejected) io.stderr(`NG  ${r.name}: ${r.reason}\n`);
  bad += summary.files.rejected.length;
  for (const line of orgSummaryText(summary, t, options.language)) io.stdout(line);
  if (options.out !== undefined) {
    const out = options.out;
    const ending = out.toLowerCase();
    let bytes: Uint8Array;
    if (ending.endsWith('.json')) bytes = new TextEncoder().encode(`${JSON.stringify(summary, null, 2)}\n`);
    else if (ending.endsWith('.xlsx')) bytes = await orgSummaryWorkbook(summary, t, options.language, io.now(), counted.timeZone);
    else {
      // One print, then exit: no browser kept.
      try {
        bytes = await createChromiumPdfPrinter({ idleMs: 0 }).print(orgSummaryPage(summary, t, options.language, io.now(), counted.timeZone));
      } catch (error) {
        if (!(error instanceof NoPdfEngineError)) throw error;
        io.stderr(`${t('orgSummary.cli.noPdfEngine')}\n`);
        return 2;
      }
    }
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
    io.stdout(t('orgSummary.cli.written', { out }));
  }
  return bad > 0 ? 1 : 0;
}
