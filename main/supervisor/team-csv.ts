/**
 * The supervisor's one consolidated CSV: every person's daily rows, plus who checked each day.
 * Japanese throughout, whatever the UI language (see daily-csv.ts).
 */
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import { orgStamp } from '../../shared/time/org-time-zone.js';
import { type Cell, type CsvFile, csvForExcel } from '../exports/csv-for-excel.js';
import { DAILY_HEADER, dailyRows } from '../exports/daily-csv.js';
import { type StaffRecord, keyOf } from './team.js';

export interface Check {
  staffId: string;
  date: string;
  by: string;
  at: string;
}

export const TEAM_HEADER = [...DAILY_HEADER, '確認者', '確認日時'] as const;

/** Times (reports, 確認) as "2026-11-25 18:05" in `timeZone`, the organisation's: the same on every 所属長's machine. */
export function teamCsv(records: readonly StaffRecord[], checks: readonly Check[], encoding: CsvEncoding, timeZone: string): CsvFile {
  const rows: Cell[][] = [];
  for (const r of records) {
    dailyRows(r, timeZone).forEach((row, i) => {
      const day = r.days[i]!;
      const check = checks.filter((c) => c.staffId === keyOf(r.staff) && c.date === day.date).at(-1);
      rows.push([...row, check?.by ?? '', check ? orgStamp(check.at, timeZone) : '']);
    });
  }
  return csvForExcel(TEAM_HEADER, rows, encoding);
}
