/**
 * The two CSVs of a report document: one row per day (the columns DOMAIN.md suggests, Japanese
 * headers) and one row per block or 中抜け. Times are exact minutes as stored; 職員番号 stays text (keepAsText).
 * The columns are defined once in report-columns.ts, for this CSV and the Excel workbook alike.
 */
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { Cell } from './csv-for-excel.js';
import { DAILY_COLUMNS, DETAIL_COLUMNS, csvHeader, csvRow, detailEntries } from './report-columns.js';

export const DAILY_HEADER: readonly string[] = csvHeader(DAILY_COLUMNS);
export const DETAIL_HEADER: readonly string[] = csvHeader(DETAIL_COLUMNS);

/** `timeZone`: the organisation's (setting orgTimeZone), for the 始業報告・終業報告 times. */
export function dailyRows(doc: Pick<ReportDocument, 'staff' | 'days'>, timeZone: string): Cell[][] {
  return doc.days.map((day) => csvRow(DAILY_COLUMNS, { staff: doc.staff, day }, timeZone));
}

export function detailRows(doc: Pick<ReportDocument, 'staff' | 'days'>, timeZone: string): Cell[][] {
  return detailEntries(doc).map((row) => csvRow(DETAIL_COLUMNS, row, timeZone));
}
