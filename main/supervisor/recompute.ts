/**
 * The supervisor never takes a report's figures on trust: each day's metrics are recomputed from
 * its record with the same function the staff app uses (shared/day/day-metrics.ts), and the file's
 * own figures are only compared. A file whose figures disagree (edited by hand, or from a faulty
 * version) is shown as an exception naming the figures; the recomputed ones are what count.
 */
import { dayInfo } from '../../shared/calendar/day-kind.js';
import { nationalHoliday } from '../../shared/calendar/national-holidays.js';
import { OVERTIME_UNIT_MINUTES, type RecordMetrics, minuteOfDayAt, recordMetrics } from '../../shared/day/day-metrics.js';
import type { ReportDay } from '../../shared/reports/report-document.js';

import { RECORD_METRIC_NAMES } from '../../shared/lists/exception-kinds.js';

export type MetricName = keyof RecordMetrics & (typeof RECORD_METRIC_NAMES)[number];
const METRIC_NAMES: readonly MetricName[] = RECORD_METRIC_NAMES;

export interface RecomputedDay {
  /** The day with the recomputed metrics in place of the file's. */
  day: ReportDay;
  /** The figures the file stated differently, in a fixed order. */
  mismatches: MetricName[];
}

/**
 * Files from before issue #12 asked for a 命令・許可 for any minute outside the hours; now that
 * starts at OVERTIME_UNIT_MINUTES. Such a file's verdict differs from ours only there: not an edit.
 */
function byEarlierRule(file: RecordMetrics, ours: RecordMetrics): boolean {
  return file.needsPermission && !ours.needsPermission && ours.outsideMinutes > 0 && ours.outsideMinutes < OVERTIME_UNIT_MINUTES && ours.lateNightMinutes === 0 && !ours.holidayWork;
}

/**
 * `generatedAt`: when the file was made — an open 中抜け counts up to then, as in the staff app's export,
 * on the organisation's clock (`timeZone`, the setting both apps take from the 庁内共通の設定).
 */
export function recomputeDay(fileDay: ReportDay, timeZone: string, generatedAt?: string): RecomputedDay {
  // The file may call a Sunday or a 祝日 a workday; the calendar can only add holidays, never remove
  // the organisation's own days (those the supervisor's machine may not know).
  const isHoliday = fileDay.info.isHoliday || dayInfo(fileDay.date, nationalHoliday, []).isHoliday;
  const at = generatedAt === undefined ? undefined : minuteOfDayAt(fileDay.date, generatedAt, timeZone);
  const metrics = recordMetrics({ hours: fileDay.scheduled, blocks: fileDay.blocks, record: fileDay.record }, isHoliday, at);
  const mismatches = METRIC_NAMES.filter((k) => fileDay.metrics[k] !== metrics[k] && !(k === 'needsPermission' && byEarlierRule(fileDay.metrics, metrics)));
  return { day: { ...fileDay, info: { ...fileDay.info, isHoliday }, metrics }, mismatches };
}
