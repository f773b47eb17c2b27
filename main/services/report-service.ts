/**
 * Composes 始業/終業/中断/再開 reports from the stored day, the reminder log and the settings, and
 * records when (and how) each was sent. Sending itself happens where the user is: the clipboard
 * and the mail draft in the window; the optional webhook (a later step) here in main.
 */
import { localDateOf, localMinutesOf } from '../../shared/calendar/local-date.js';
import type { SentReport } from '../../shared/day/day-schema.js';
import type { DayView } from '../../shared/day/day-view.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { composeReport, mailtoUrl, type ReportKind } from '../../shared/reports/report-text.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import type { Clock } from '../ports/clock.js';
import type { CalendarService } from './calendar-service.js';
import type { DayService } from './day-service.js';
import type { ReminderService } from './reminder-service.js';
import type { SettingsService } from './settings-service.js';

export interface ComposedReport {
  subject: string;
  body: string;
  to: string;
  mailto: string | null;
  /** Translated warnings that do not depend on the text (sending outside hours). */
  warnings: string[];
}

export function createReportService(deps: {
  days: DayService;
  reminders: ReminderService;
  settings: SettingsService;
  calendar: CalendarService;
  clock: Clock;
  t: () => TranslateFn;
  /** Open checklist items the user asked to list in the start report. */
  openChecklistItems: (date: string) => string[];
}) {
  return {
    compose(date: string, kind: ReportKind): ComposedReport {
      const settings = deps.settings.get();
      const view = deps.days.get(date);
      const nextDate = deps.calendar.nextWorkday(date);
      const nextBlocks = deps.days.get(nextDate).day.blocks;
      const first = nextBlocks.find((b) => b.kind !== 'break' && b.status !== 'cancelled');
      const now = deps.clock.now();
      const minute = localMinutesOf(now);
      const t = deps.t();
      const { subject, body } = composeReport({
        kind,
        view,
        settings,
        reminderLog: deps.reminders.state(date).log,
        next: { date: nextDate, first, blocks: nextBlocks },
        now: minute,
        t,
      });
      const open = kind === 'start' ? deps.openChecklistItems(date) : [];
      const text = open.length ? `${body}\n${t('checklist.openInReport', { items: open.join(t('app.listSeparator')) })}` : body;
      const warnings: string[] = [];
      const today = localDateOf(now) === date;
      if (!today || minute < toMinutes(view.day.hours.start) || minute > toMinutes(view.day.hours.end)) warnings.push(t('reports.outsideHours'));
      const to = settings.profile.supervisorEmail;
      return { subject, body: text, to, mailto: mailtoUrl(to, subject, text), warnings };
    },
    /** Records that a report left the laptop: kept with the day (and in its exports). */
    markSent(date: string, kind: ReportKind, via: SentReport['via'], text: string): DayView {
      return deps.days.addReport(date, { kind, via, text, sentAt: new Date(deps.clock.now()).toISOString() });
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
