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

const ORG_MARK = new TextEncoder().encode(ORG_DEFAULTS_FORMAT);
const ORG_MAX_BYTES = 2_000_000;

/**
 * The text of an organisation defaults file, when `file` is one. Only the start of each file is looked
 * at (organisation files name their format first, as the app's own examples do) so that a folder of
 * report files is not read twice; a file that looks like one is then read and checked whole.
 */
function orgFileAt(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > ORG_MAX_BYTES) return undefined;
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(1024);
    const n = (() => {
      try {
        return fs.readSync(fd, head, 0, head.length, 0);
      } finally {
        fs.closeSync(fd);
      }
    })();
    if (head.subarray(0, n).indexOf(ORG_MARK) < 0) return undefined;
    const decoded = decodeReportBytes(fs.readFileSync(file));
    if (!decoded.ok) return undefined;
    const value = JSON.parse(decoded.text.replace(/^\uFEFF/, '')) as { format?: unknown } | null;
    return value?.format === ORG_DEFAULTS_FORMAT ? decoded.text : undefined;
  } catch {
    // Unreadable or not JSON: the reading below lists it with its reason.
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
  // The organisation files in the folder are not files to count; without --org, the first names the trial.
  const orgFiles = new Set(files.filter((file) => {
    const org = orgFileAt(file);
    if (org !== undefined && options.org === undefined) orgText ??= org;
    return org !== undefined;
  }));
  let counted;
  try {
    counted = trialToCount(orgText, { trial: null, orgTimeZone: options.timeZone }, t);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${userMessage(error, t)}\n`);
    return 2;
  }
  // One file read at a time, its days added before the next is read (a folder of 年度 files is hundreds of MB).
  const toCount = files.filter((f) => !orgFiles.has(f));
  function* reads(): Generator<{ name: string; read: () => OrgFileRead }> {
    for (const [i, file] of toCount.entries()) {
      const name = path.relative(folder, file) || path.basename(file);
      let bytes: Uint8Array | undefined;
      let size = 0;
      try {
        size = fs.statSync(file).size;
        if (size <= MAX_REPORT_BYTES) bytes = fs.readFileSync(file);
      } catch (error) {
        // Gone or unreadable between the walk and the read: skipped like any unreadable entry.
        bad++;
        skip(file, { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
        continue;
      }
      yield { name, read: (): OrgFileRead => (bytes === undefined ? { ok: false, reason: describeRejection({ code: 'tooLarge', size }, t) } : readOrgBytes(bytes, t)) };
      if ((i + 1) % 25 === 0 || i + 1 === toCount.length) io.stderr(`${t('cli.progress', { done: i + 1, total: toCount.length })}\n`);
    }
  }
  const summary = summariseOrgFiles(reads(), counted.trial, counted.timeZone, t);
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
