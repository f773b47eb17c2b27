/**
 * Where the user stands in the organisation's telework trial (試行) on a date (issue #17): the
 * telework days had in the period (trial-days.ts decides which count), what the rule still asks,
 * the working days left and the next day the user could telework on. Reads the stored days through
 * the day service and the days off through the calendar; the date comes with the request (time is
 * a port: nothing here reads a clock). Once the survey's window after the end has passed
 * (trialShownUntil), the trial is over for the staff member: null, as with no trial.
 */
import { type LocalDate, addDays } from '../../shared/calendar/local-date.js';
import { countsAsTeleworkDay, inTrialPeriod, isTargetDepartment } from '../../shared/trial/trial-days.js';
import type { TrialProgress } from '../../shared/trial/trial-progress.js';
import { trialShownUntil } from '../../shared/trial/survey-answers.js';
import type { CalendarService } from './calendar-service.js';
import type { DayService } from './day-service.js';
import type { SettingsService } from './settings-service.js';

export interface TrialProgressDeps {
  settings: Pick<SettingsService, 'get'>;
  calendar: Pick<CalendarService, 'info'>;
  days: Pick<DayService, 'get'>;
}

export type TrialProgressService = ReturnType<typeof createTrialProgressService>;

export function createTrialProgressService({ settings, calendar, days }: TrialProgressDeps) {
  return {
    progress(date: LocalDate): TrialProgress | null {
      const s = settings.get();
      const trial = s.trial;
      // No trial, or one whose survey window has passed: nothing to show any more.
      if (!trial || date > trialShownUntil(trial)) return null;
      const department = s.profile.department.trim();
      const target = department === '' || isTargetDepartment(trial, department);

      let teleworkDays = 0;
      let plannedDays = 0;
      let daysLeft = 0;
      let firstFree: LocalDate | null = null;
      for (let d = trial.start; d <= trial.end; d = addDays(d, 1)) {
        const view = days.get(d);
        const off = calendar.info(d).isHoliday;
        const counts = countsAsTeleworkDay(trial, { date: d, telework: view.telework, record: view.day.record });
        if (counts && d <= date) teleworkDays += 1;
        // From the date on: a telework day planned (today's too, until its 始業) will count once begun.
        if (d >= date && !counts && view.telework && !off) plannedDays += 1;
        if (d >= date && !off) {
          daysLeft += 1;
          if (d > date && !view.telework) firstFree ??= d;
        }
      }
      const remaining = Math.max(0, trial.minDays - teleworkDays);
      const suggestedDate = target && remaining > plannedDays ? firstFree : null;
      const status = date < trial.start ? 'notStarted' : inTrialPeriod(trial, date) ? 'running' : 'ended';
      return {
        id: trial.id,
        name: trial.name,
        start: trial.start,
        end: trial.end,
        minDays: trial.minDays,
        teleworkDays,
        remaining,
        plannedDays,
        daysLeft,
        status,
        target,
        suggestedDate,
      };
    },
  };
}
