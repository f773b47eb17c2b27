/**
 * The supervisor view's data: imported staff reports (validated one by one, duplicates merged)
 * held in memory for the session, and the 確認 trail (who checked which day, when), which is
 * stored — it replaces the 押印.
 */
import { z } from 'zod';
import { localDateOf } from '../../shared/calendar/local-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import type { Clock } from '../ports/clock.js';
import { type ReadResult, type Rejection, parseReportBytes, parseReportText } from '../supervisor/report-files.js';
import { type Check, teamCsv } from '../supervisor/team-csv.js';
import { teamWorkbook } from '../supervisor/team-workbook.js';
import type { ImportedReport } from '../supervisor/day-versions.js';
import { choiceKey, exceptionsOf, keyOf, mergeReports, outsideTotals, statusOn } from '../supervisor/team.js';

export const checksDocument: DocumentType<{ checks: Check[] }> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({ checks: z.array(z.strictObject({ staffId: z.string(), date: z.string(), by: z.string(), at: z.string() })).max(200_000) }),
  defaults: () => ({ checks: [] }),
};

export interface IncomingFile {
  name: string;
  size: number;
  /** The file's bytes (base64), decoded here by the one decoder the command line uses too. */
  base64?: string | undefined;
  /** Already-decoded text (older callers, tests). Absent with base64, or when the window knew the file is too large. */
  text?: string | undefined;
}

/** base64 first (the encoding is decided here); text only when nothing else was sent. */
function readIncoming(f: IncomingFile, t: TranslateFn): ReadResult {
  if (f.base64 !== undefined) return parseReportBytes(Buffer.from(f.base64, 'base64'), t);
  if (f.text === undefined) return { ok: false, reason: { code: 'tooLarge', size: f.size } };
  // U+FFFD is what a UTF-8 reader leaves for bytes that were not UTF-8 (a Shift_JIS name, say): refuse, never keep it garbled.
  if (f.text.includes('\uFFFD')) return { ok: false, reason: { code: 'encoding', likely: 'unknown' } };
  return parseReportText(f.text, f.size, t);
}

export function describeRejection(r: Rejection, t: TranslateFn): string {
  switch (r.code) {
    case 'tooLarge':
      return t('supervisor.reasons.tooLarge', { mb: (r.size / 1024 / 1024).toFixed(1) });
    case 'syntax':
      return t('supervisor.reasons.syntax', { line: r.line, detail: t(`jsonSyntax.${r.detail}`) });
    case 'encoding':
      return t(r.likely === 'shiftJis' ? 'supervisor.reasons.shiftJis' : 'supervisor.reasons.notUtf8');
    case 'newerVersion':
      return t('supervisor.reasons.newerVersion', { version: r.version });
    case 'tooDeep':
      return t('supervisor.reasons.tooDeep');
    case 'notReport':
      return t('supervisor.reasons.notReport');
    case 'controlCharacter': {
      const field = t(`supervisor.reasons.oneLineFields.${r.field}`);
      if (r.date === undefined) return t('supervisor.reasons.controlCharacter', { field });
      const [, month, day] = r.date.split('-').map(Number);
      return t('supervisor.reasons.controlCharacterOn', { field, month: month!, day: day! });
    }
    default:
      return t('supervisor.reasons.schema', { path: r.path, detail: r.detail });
  }
}

const keyOfRecord = (r: { staff: { staffId: string; name: string; department: string } }) => keyOf(r.staff);

export function createSupervisorService(deps: { checks: DocumentRepository<{ checks: Check[] }>; clock: Clock; checker: () => string; t: () => TranslateFn; timeZone: () => string }) {
  let docs: ImportedReport[] = [];
  /** The supervisor's choice between differing versions of one person's day (held for the session, like the files). */
  const choices = new Map<string, string>();
  const merged = () => mergeReports(docs, deps.timeZone(), choices);
  return {
    import(files: readonly IncomingFile[]) {
      const rejected: { name: string; reason: string }[] = [];
      let accepted = 0;
      for (const f of files) {
        const result = readIncoming(f, deps.t());
        if (result.ok) {
          docs.push({ doc: result.doc, file: f.name });
          accepted++;
        } else rejected.push({ name: f.name, reason: describeRejection(result.reason, deps.t()) });
      }
      return { accepted, rejected, staff: merged().length };
    },
    clear() {
      docs = [];
      choices.clear();
      return { cleared: true };
    },
    view(date: string) {
      const records = merged();
      return {
        staff: records.length,
        reports: docs.length,
        status: statusOn(records, date).map((s) => ({
          staffId: s.staffId,
          name: s.name,
          department: s.department,
          present: s.day !== undefined,
          workStyle: s.day?.workStyle ?? null,
          telework: s.day?.telework ?? false,
          startReportAt: s.startReportAt,
          endReportAt: s.endReportAt,
          planned: s.planned,
          done: s.done,
          plannedMinutes: s.plannedMinutes,
          workedMinutes: s.workedMinutes,
          // Unresolved only: once a version is chosen the day is shown like any other.
          conflict: s.day === undefined && records.some((r) => keyOfRecord(r) === s.staffId && r.conflicts.some((c) => c.date === date)),
        })),
        exceptions: exceptionsOf(records),
        conflicts: records.flatMap((r) =>
          r.conflicts.map((c) => ({
            staffId: keyOfRecord(r),
            name: r.staff.name,
            date: c.date,
            chosen: choices.get(choiceKey(keyOfRecord(r), c.date)) ?? null,
            versions: c.versions.map((v) => ({
              id: v.id,
              files: v.files,
              generatedAt: v.generatedAt,
              generator: v.generator,
              start: v.day.record.start,
              end: v.day.record.end,
              workedMinutes: v.day.metrics.workedMinutes,
              outsideMinutes: v.day.metrics.outsideMinutes,
              lateNightMinutes: v.day.metrics.lateNightMinutes,
              blocks: v.day.blocks.length,
              mismatches: v.mismatches,
            })),
          })),
        ),
        totals: outsideTotals(records, date),
        checks: deps.checks.load().checks,
      };
    },
    /** Which version of a conflicting day counts; an unknown version is refused rather than ignored. */
    choose(staffId: string, date: string, version: string) {
      const conflict = merged()
        .find((r) => keyOfRecord(r) === staffId)
        ?.conflicts.find((c) => c.date === date);
      if (!conflict?.versions.some((v) => v.id === version)) return { chosen: false };
      choices.set(choiceKey(staffId, date), version);
      return { chosen: true };
    },
    /** The drill-down: what counts for that person and day (nothing while two versions wait for a choice). */
    day(staffId: string, date: string) {
      return merged().find((r) => keyOfRecord(r) === staffId)?.days.find((d) => d.date === date) ?? null;
    },
    check(staffId: string, date: string) {
      const all = deps.checks.load().checks;
      return deps.checks.save({ checks: [...all, { staffId, date, by: deps.checker(), at: new Date(deps.clock.now()).toISOString() }] }).checks;
    },
    /** The team's table for Excel, named for the day it was made. */
    csvFile(encoding: CsvEncoding) {
      const csv = teamCsv(merged(), deps.checks.load().checks, encoding, deps.timeZone());
      return { name: `team_${localDateOf(deps.clock.now())}.csv`, ...csv };
    },
    /** The same rows as an Excel workbook, with the 予定・中抜け and the 年度 sheet of time outside hours against the limits. */
    async xlsxFile() {
      const now = deps.clock.now();
      const today = localDateOf(now);
      return { name: `team_${today}.xlsx`, bytes: await teamWorkbook(merged(), deps.checks.load().checks, now, today, deps.timeZone()) };
    },
  };
}
export type SupervisorService = ReturnType<typeof createSupervisorService>;
