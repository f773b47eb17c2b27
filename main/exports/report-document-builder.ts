/** Builds the versioned report document for a date range from the stored days and reminder logs. */
import { addDays, fiscalYear } from '../../shared/calendar/local-date.js';
import { formatDate } from '../../shared/calendar/japanese-date.js';
import { REPORT_FORMAT, REPORT_VERSION, type ReportDay, type ReportDocument } from '../../shared/reports/report-document.js';
import type { Settings } from '../../shared/settings/settings-schema.js';
import type { DayView } from '../../shared/day/day-view.js';
import type { ReminderState } from '../../shared/reminders/reminder-log.js';
import type { NamedSurveyResponse } from '../../shared/trial/trial-schema.js';
import { approvalChecks, minuteOfDayAt, recordMetrics } from '../../shared/day/day-metrics.js';

/** What the document is read from, as plain functions: the day and reminder services satisfy it. */
export interface DocumentSources {
  days: { get(date: string): DayView };
  reminders: { state(date: string): Pick<ReminderState, 'log'> };
  settings: () => Settings;
  /**
   * The trial's survey answers the person chose to hand in with their name (never the anonymous
   * ones, which travel only in their own answer file), for the document's range (none outside the
   * trial). Absent: the document carries no `survey`.
   */
  namedSurvey?: (from: string, to: string) => NamedSurveyResponse[];
  now: () => number;
  version: string;
}

/** Every date in [from, to] that has something stored (a plan, a record or a report). */
export function buildReportDocument(src: DocumentSources, from: string, to: string): ReportDocument {
  const days: ReportDay[] = [];
  const generatedAt = new Date(src.now()).toISOString();
  const { profile, orgTimeZone } = src.settings();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const view = src.days.get(d);
    if (!view.stored) continue;
    const { day } = view;
    days.push({
      date: d,
      wareki: formatDate(d, 'ja'),
      fiscalYear: fiscalYear(d),
      info: { date: view.info.date, kind: view.info.kind, name: view.info.name, isHoliday: view.info.isHoliday },
      telework: view.telework,
      workStyle: day.workStyle,
      scheduled: day.hours,
      record: day.record,
      // Taken at generatedAt (an open 中抜け counts up to then): the supervisor recomputes the same.
      metrics: recordMetrics(day, view.info.isHoliday, minuteOfDayAt(d, generatedAt, orgTimeZone)),
      blocks: day.blocks,
      reports: day.reports,
      approvalChecks: approvalChecks(day, src.reminders.state(d).log, orgTimeZone),
    });
  }
  const survey = src.namedSurvey?.(from, to) ?? [];
  // Version 1 (no 役職, no survey) when there is neither to carry, so a 所属長 still on the previous release reads it.
  const v2 = profile.title.trim() !== '' || survey.length > 0;
  return {
    format: REPORT_FORMAT,
    version: v2 ? REPORT_VERSION : 1,
    generatedAt,
    generator: `telework-techo ${src.version}`,
    staff: { staffId: profile.staffId, name: profile.name, department: profile.department, ...(v2 ? { title: profile.title } : {}) },
    from,
    to,
    days,
    ...(survey.length > 0 ? { survey } : {}),
  };
}
