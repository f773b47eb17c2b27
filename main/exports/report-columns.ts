/**
 * The columns of the daily-report tables, defined once for the CSV and the Excel workbook so the
 * two cannot drift: each column has its header, a kind and a value. The kind decides how the value
 * is written — the CSV's text (csvCell, as the CSV has always been written) and the workbook's typed
 * cell and number format (workbook.ts): 職員番号 as text, dates as dates shown in 和暦, times and
 * durations as time values that sum, minutes as numbers.
 *
 * Every cell is Japanese whatever the UI language, like the headers: a sheet is read by the
 * 所属長 and 総務課 beside other staff's sheets, and a column that mixes 「完了」 and "Done" cannot
 * be filtered or counted. So the words come from the Japanese catalogue, never the user's.
 */
import { formatDate, weekdayJa } from '../../shared/calendar/japanese-date.js';
import { formatRecordMinutes } from '../../shared/day/day-metrics.js';
import { translatorFor } from '../../shared/i18n/translator.js';
import type { PlainMessageKey } from '../../shared/i18n/message-key.js';
import type { ReportDay, ReportDocument } from '../../shared/reports/report-document.js';
import { workStyleLabel } from '../../shared/reports/work-style-label.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import { orgStamp, orgWallClock } from '../../shared/time/org-time-zone.js';
import { type Cell, keepAsText } from './csv-for-excel.js';
import { onThePlan } from '../../shared/lists/block-statuses.js';

/**
 * What a column holds, and so how each format writes it:
 * | kind | value | CSV | workbook |
 * | text | string | the text (neutralised by the CSV writer) | a text cell, never a formula |
 * | id | string | the text, kept as text (`'007123`) | a text cell (007123) |
 * | date | 2026-11-25 | 2026-11-25 | a date, shown 2026/11/25 |
 * | wareki | 2026-11-25 | 令和8年(2026年)11月25日(水) | the same date, shown in 和暦 the same way |
 * | fiscalYear | 2026 | 2026 | 1 April of that 年度, shown 令和8年度 |
 * | clock | minutes after the day's 0:00 | 08:30, 翌01:30 | a time value, shown 8:30, 25:30 |
 * | minutes, count | a number | the number | a number |
 * | duration | minutes | (workbook only) | a time value, shown [h]:mm (7:14, 46:30), that sums |
 * | instant | ISO instant | 18:05, the organisation's wall clock | a date and time, shown 18:05 |
 * | stamp | ISO instant | 2026-11-25 18:05 | a date and time, shown 2026/11/25 18:05 |
 */
export type ColumnKind = 'text' | 'id' | 'date' | 'wareki' | 'fiscalYear' | 'clock' | 'minutes' | 'count' | 'duration' | 'instant' | 'stamp';

export type ColumnValue = string | number | null;

export interface Column<R> {
  header: string;
  kind: ColumnKind;
  value: (row: R) => ColumnValue;
  /** Workbook column width in characters; by default from the kind and the header. */
  width?: number;
  /** Only in the workbook (a duration beside its minutes); the CSV keeps the DOMAIN.md columns. */
  workbookOnly?: true;
}

/**
 * The CSV's text for a value of that kind (unchanged from the CSV's first version). `timeZone` is the
 * organisation's (setting orgTimeZone): instants read the same on every machine.
 */
export function csvCell(kind: ColumnKind, value: ColumnValue, timeZone: string): Cell {
  if (value === null || value === '') return '';
  switch (kind) {
    case 'id':
      return keepAsText(String(value));
    case 'wareki':
      return formatDate(String(value), 'ja');
    case 'clock':
      return formatRecordMinutes(Number(value), '翌');
    case 'instant':
      return orgWallClock(String(value), timeZone).time;
    case 'stamp':
      return orgStamp(String(value), timeZone);
    default:
      return value;
  }
}

export const csvHeader = <R>(columns: readonly Column<R>[]): string[] => columns.filter((c) => !c.workbookOnly).map((c) => c.header);
export const csvRow = <R>(columns: readonly Column<R>[], row: R, timeZone: string): Cell[] =>
  columns.filter((c) => !c.workbookOnly).map((c) => csvCell(c.kind, c.value(row), timeZone));

/** The Japanese catalogue (translatorFor keeps one per language). */
const ja = () => translatorFor('ja');
const jaWords = new Map<string, string>();
/** A word of the Japanese catalogue, looked up once: a team's month asks for 「完了」 some 80,000 times. */
const jaWord = (key: PlainMessageKey): string => {
  let word = jaWords.get(key);
  if (word === undefined) jaWords.set(key, (word = ja()(key)));
  return word;
};

export interface DayRow {
  staff: ReportDocument['staff'];
  day: ReportDay;
}

const work = (d: ReportDay) => d.blocks.filter((b) => b.kind !== 'break');
const lastReport = (d: ReportDay, kind: string) => d.reports.filter((r) => r.kind === kind).at(-1)?.sentAt ?? null;

/** One row per day: the columns DOMAIN.md suggests, then (workbook only) the durations as time values. */
export const DAILY_COLUMNS: readonly Column<DayRow>[] = [
  { header: '職員番号', kind: 'id', value: (r) => r.staff.staffId },
  { header: '氏名', kind: 'text', value: (r) => r.staff.name, width: 14 },
  { header: '所属', kind: 'text', value: (r) => r.staff.department, width: 16 },
  { header: '日付', kind: 'date', value: (r) => r.day.date },
  { header: '和暦日付', kind: 'wareki', value: (r) => r.day.date, width: 28 },
  { header: '曜日', kind: 'text', value: (r) => weekdayJa(r.day.date) },
  { header: '年度', kind: 'fiscalYear', value: (r) => r.day.fiscalYear },
  { header: '休日区分', kind: 'text', value: (r) => (r.day.info.isHoliday ? r.day.info.name || jaWord(`dayKinds.${r.day.info.kind}`) : ''), width: 12 },
  { header: '勤務形態', kind: 'text', value: (r) => workStyleLabel(r.day.workStyle, ja()), width: 24 },
  { header: '勤務場所', kind: 'text', value: (r) => r.day.workStyle.satelliteOffice, width: 16 },
  { header: '所定始業', kind: 'clock', value: (r) => toMinutes(r.day.scheduled.start) },
  { header: '所定終業', kind: 'clock', value: (r) => toMinutes(r.day.scheduled.end) },
  { header: '申告始業', kind: 'clock', value: (r) => r.day.record.start },
  { header: '申告終業', kind: 'clock', value: (r) => r.day.record.end },
  { header: '休憩分', kind: 'minutes', value: (r) => r.day.metrics.breakMinutes },
  { header: '中抜け回数', kind: 'count', value: (r) => r.day.metrics.interruptionCount },
  { header: '中抜け時間分', kind: 'minutes', value: (r) => r.day.metrics.interruptionMinutes },
  { header: '実勤務分', kind: 'minutes', value: (r) => r.day.metrics.workedMinutes },
  { header: '時間外勤務分', kind: 'minutes', value: (r) => r.day.metrics.outsideMinutes },
  { header: '深夜勤務分', kind: 'minutes', value: (r) => r.day.metrics.lateNightMinutes },
  {
    header: '命令・許可',
    kind: 'text',
    value: (r) => r.day.record.permissionRef || (r.day.metrics.needsPermission ? jaWord('reports.needsConfirmation') : ''),
    width: 16,
  },
  { header: '予定件数', kind: 'count', value: (r) => work(r.day).filter((b) => onThePlan(b.status)).length },
  { header: '完了件数', kind: 'count', value: (r) => work(r.day).filter((b) => b.status === 'done').length },
  { header: '電子決裁・供覧の確認回数', kind: 'count', value: (r) => r.day.approvalChecks.length },
  { header: '始業報告時刻', kind: 'instant', value: (r) => lastReport(r.day, 'start') },
  { header: '終業報告時刻', kind: 'instant', value: (r) => lastReport(r.day, 'end') },
  { header: '修正有無', kind: 'text', value: (r) => (r.day.record.corrections.length > 0 ? '有' : '無') },
  { header: '実勤務時間', kind: 'duration', value: (r) => r.day.metrics.workedMinutes, workbookOnly: true },
  { header: '時間外勤務時間', kind: 'duration', value: (r) => r.day.metrics.outsideMinutes, workbookOnly: true },
  { header: '深夜勤務時間', kind: 'duration', value: (r) => r.day.metrics.lateNightMinutes, workbookOnly: true },
  { header: '中抜け時間', kind: 'duration', value: (r) => r.day.metrics.interruptionMinutes, workbookOnly: true },
];

/** One 予定 or 中抜け of a day. */
export interface DetailRow {
  staff: ReportDocument['staff'];
  date: string;
  section: '予定' | '中抜け';
  start: number;
  end: number | null;
  title: string;
  kind: string;
  status: string;
  note: string;
  focusMinutes: number | null;
  interruptions: number | null;
}

export function detailEntries(doc: Pick<ReportDocument, 'staff' | 'days'>): DetailRow[] {
  return doc.days.flatMap((d) => [
    ...d.blocks.map(
      (b): DetailRow => ({
        staff: doc.staff,
        date: d.date,
        section: '予定',
        start: toMinutes(b.start),
        end: toMinutes(b.end),
        title: b.title,
        kind: jaWord(`kinds.${b.kind}`),
        status: jaWord(`statuses.${b.status}`),
        note: b.note,
        focusMinutes: b.focus.minutes,
        interruptions: Object.values(b.focus.interruptions).reduce((a, n) => a + n, 0),
      }),
    ),
    ...d.record.interruptions.map(
      (i): DetailRow => ({
        staff: doc.staff,
        date: d.date,
        section: '中抜け',
        start: i.start,
        end: i.end,
        title: '',
        kind: '',
        status: jaWord(`record.treatments.${i.treatment}`),
        note: i.note,
        focusMinutes: null,
        interruptions: null,
      }),
    ),
  ]);
}

const minutesOf = (r: DetailRow) => (r.end === null ? null : r.end - r.start);

/** One row per 予定 or 中抜け. */
export const DETAIL_COLUMNS: readonly Column<DetailRow>[] = [
  { header: '職員番号', kind: 'id', value: (r) => r.staff.staffId },
  { header: '氏名', kind: 'text', value: (r) => r.staff.name, width: 14 },
  { header: '日付', kind: 'date', value: (r) => r.date },
  { header: '区分', kind: 'text', value: (r) => r.section },
  { header: '開始', kind: 'clock', value: (r) => r.start },
  { header: '終了', kind: 'clock', value: (r) => r.end },
  { header: '分', kind: 'minutes', value: minutesOf },
  { header: '件名', kind: 'text', value: (r) => r.title, width: 30 },
  { header: '種類', kind: 'text', value: (r) => r.kind, width: 12 },
  { header: '状況', kind: 'text', value: (r) => r.status, width: 12 },
  { header: 'メモ', kind: 'text', value: (r) => r.note, width: 40 },
  { header: '集中分', kind: 'minutes', value: (r) => r.focusMinutes },
  { header: '割り込み回数', kind: 'count', value: (r) => r.interruptions },
  { header: '時間', kind: 'duration', value: minutesOf, workbookOnly: true },
];
