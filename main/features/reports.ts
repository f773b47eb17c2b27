/** report:compose, report:markSent — 始業・終業 reports composed from the day, and when each was sent. */
import type { CalendarService } from '../services/calendar-service.js';
import type { ChecklistService } from '../services/checklist-service.js';
import type { DayService } from '../services/day-service.js';
import type { ReminderService } from '../services/reminder-service.js';
import { createReportService } from '../services/report-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { Handlers } from '../ipc/router.js';
import type { FeatureContext } from './feature-context.js';

export interface ReportsDeps {
  days: DayService;
  reminders: ReminderService;
  settings: SettingsService;
  calendar: CalendarService;
  checklists: ChecklistService;
}

export function reportsFeature({ ports, t }: FeatureContext, { checklists, ...deps }: ReportsDeps) {
  const reports = createReportService({ ...deps, clock: ports.clock, t, openChecklistItems: checklists.openItemsForReport });
  // report:sendWebhook belongs to the webhook feature, which is built on this one.
  const handlers: Pick<Handlers, 'report:compose' | 'report:markSent'> = {
    'report:compose': ({ date, kind }) => reports.compose(date, kind),
    'report:markSent': ({ date, kind, via, text }) => reports.markSent(date, kind, via, text),
  };
  return { handlers, reports };
}
