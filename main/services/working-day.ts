/**
 * The day the user is working on, which is not always the calendar's: someone who started work
 * yesterday and has not recorded 終業 is still in yesterday's day after midnight (深夜勤務) — the now
 * strip, the review and the reports must show that day at 翌0:10, not a new empty one. It stays so
 * until 終業 is recorded or today's usual start of work comes (then a forgotten 終業 is yesterday's to
 * correct, and today begins).
 */
import { addDays } from '../../shared/calendar/local-date.js';
import { toMinutes } from '../../shared/time/clock-time.js';

export interface CalendarNow {
  date: string;
  minutes: number;
  iso: string;
}

export interface WorkingDayDeps {
  /** Whether work on `date` was started and not yet ended. */
  isOpen(date: string): boolean;
  /** The usual start of work ("08:30"). */
  startOfWork(): string;
}

/** `now` moved onto the open day before it when there is one: the date is that day, the minutes go past 1440 (翌). */
export function workingNow(now: CalendarNow, deps: WorkingDayDeps): CalendarNow {
  if (now.minutes >= toMinutes(deps.startOfWork())) return now;
  const yesterday = addDays(now.date, -1);
  return deps.isOpen(yesterday) ? { ...now, date: yesterday, minutes: now.minutes + 1440 } : now;
}
