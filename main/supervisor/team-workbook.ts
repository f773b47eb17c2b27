/**
 * The Excel workbooks: the person's own (日別, 予定・中抜け, and 時間外勤務 per month of each 年度)
 * and the 所属長's one for the team (the same sheets for everyone, with who checked each day).
 * Columns come from report-columns.ts (shared with the CSVs); the 年度 sheet's figures and limits
 * from outsideTotals and DEFAULT_LIMITS (team.ts), the ones the 所属長の確認画面 shows.
 */
import { eraYear } from '../../shared/calendar/japanese-date.js';
import { fiscalYear } from '../../shared/calendar/local-date.js';
import { durationText } from '../../shared/time/time-text.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import { type Column, DAILY_COLUMNS, DETAIL_COLUMNS, detailEntries } from '../exports/report-columns.js';
import { type Sheet, buildWorkbook, sheetOf } from '../exports/workbook.js';
import { type Check, TEAM_COLUMNS, teamRows } from './team-csv.js';
import { DEFAULT_LIMITS, type Limits, type StaffRecord, outsideTotals } from './team.js';

type Person = Pick<StaffRecord, 'staff' | 'days'>;

export const SHEET_NAMES = { days: '日別', details: '予定・中抜け', fiscalYear: (fy: number) => `${eraYear(`${fy}-04-01`)}度 時間外勤務` } as const;

/** April to March of fiscal year `fy`: each month as 2026-04 … 2027-03. */
const monthsOf = (fy: number) => Array.from({ length: 12 }, (_, i) => `${fy + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`);
const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

interface YearRow {
  staff: Person['staff'];
  months: { minutes: number; over: boolean }[];
  yearMinutes: number;
  overYear: boolean;
}

/** One sheet per 年度 the days fall in (or `fallback`'s when there are none): a row per person. */
export function fiscalYearSheets(people: readonly Person[], fallback: number, timeZone: string, limits: Limits = DEFAULT_LIMITS): Sheet[] {
  const years = [...new Set(people.flatMap((p) => p.days.map((d) => fiscalYear(d.date))))].sort((a, b) => a - b);
  return (years.length ? years : [fallback]).map((fy) => {
    const months = monthsOf(fy);
    const totals = months.map((m) => outsideTotals(people, lastDayOf(m), limits));
    const rows: YearRow[] = people.map((p, i) => ({
      staff: p.staff,
      months: totals.map((t) => ({ minutes: t[i]!.monthMinutes, over: t[i]!.overMonth })),
      // outsideTotals counts the 年度 up to the date: on 31 March, the whole 年度.
      yearMinutes: totals[11]![i]!.yearMinutes,
      overYear: totals[11]![i]!.overYear,
    }));
    const columns: Column<YearRow>[] = [
      { header: '職員番号', kind: 'id', value: (r) => r.staff.staffId },
      { header: '氏名', kind: 'text', value: (r) => r.staff.name, width: 14 },
      { header: '所属', kind: 'text', value: (r) => r.staff.department, width: 16 },
      ...months.map((m, i): Column<YearRow> => ({ header: `${Number(m.slice(5))}月`, kind: 'duration', value: (r) => r.months[i]!.minutes })),
      { header: '年度計', kind: 'duration', value: (r) => r.yearMinutes, width: 9 },
      {
        header: `月${durationText(limits.monthlyOutsideMinutes)}を超えた月`,
        kind: 'text',
        value: (r) => months.filter((_, i) => r.months[i]!.over).map((m) => `${Number(m.slice(5))}月`).join('・'),
        width: 22,
      },
      { header: `年度${durationText(limits.yearlyOutsideMinutes)}`, kind: 'text', value: (r) => (r.overYear ? '超過' : ''), width: 14 },
    ];
    const first = 3;
    const stressed = new Set<string>();
    rows.forEach((r, i) => {
      r.months.forEach((m, j) => m.over && stressed.add(`${i}:${first + j}`));
      if (r.overYear) stressed.add(`${i}:${first + 12}`);
    });
    return { ...sheetOf(SHEET_NAMES.fiscalYear(fy), columns, rows, timeZone), stressed, onePageWide: true as const };
  });
}

/** The person's own workbook for the exported range. */
export function staffWorkbook(doc: Pick<ReportDocument, 'staff' | 'days' | 'to' | 'generatedAt'>, timeZone: string): Promise<Uint8Array> {
  return buildWorkbook(
    [
      sheetOf(SHEET_NAMES.days, DAILY_COLUMNS, doc.days.map((day) => ({ staff: doc.staff, day })), timeZone),
      sheetOf(SHEET_NAMES.details, DETAIL_COLUMNS, detailEntries(doc), timeZone),
      ...fiscalYearSheets([doc], fiscalYear(doc.to), timeZone),
    ],
    { created: new Date(doc.generatedAt) },
  );
}

/** The 所属長's workbook: everyone's days with the 確認 trail, every 予定 and 中抜け, and the 年度 against the limits. */
export function teamWorkbook(records: readonly StaffRecord[], checks: readonly Check[], now: number, today: string, timeZone: string): Promise<Uint8Array> {
  return buildWorkbook(
    [
      sheetOf(SHEET_NAMES.days, TEAM_COLUMNS, teamRows(records, checks), timeZone),
      sheetOf(SHEET_NAMES.details, DETAIL_COLUMNS, records.flatMap((r) => detailEntries(r)), timeZone),
      ...fiscalYearSheets(records, fiscalYear(today), timeZone),
    ],
    { created: new Date(now) },
  );
}
