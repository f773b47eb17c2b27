/**
 * The trial's counting rules, in one place for the staff app (how many telework days so far) and
 * for 総務課's summary and `org-summary` (participation): a day counts when it was a telework day
 * (在宅・サテライト・モバイル in the morning or the afternoon) inside the period and work was actually
 * started (始業 recorded) — a planned telework day that never began is not a telework day had.
 */
import type { Trial } from './trial-schema.js';

export interface CountableDay {
  date: string;
  telework: boolean;
  record: { start: number | null };
}

export const inTrialPeriod = (trial: Pick<Trial, 'start' | 'end'>, date: string) => date >= trial.start && date <= trial.end;

export const countsAsTeleworkDay = (trial: Pick<Trial, 'start' | 'end'>, day: CountableDay) =>
  day.telework && day.record.start !== null && inTrialPeriod(trial, day.date);

/**
 * 所属, 役職 and names are compared as written, after NFKC, with runs of spaces as one and trimmed
 * (全角/半角 spaces and letters alike: a name with a 全角 space is the one with a 半角 space). Also how 総務課's summary tells people apart.
 */
export const sameText = (a: string) => a.normalize('NFKC').replace(/\s+/g, ' ').trim();
const same = sameText;

/** Whether someone of this 所属 is a target of the trial (every 課 when the trial names none). */
export const isTargetDepartment = (trial: Pick<Trial, 'departments'>, department: string) =>
  trial.departments.length === 0 || trial.departments.some((d) => same(d) === same(department));

/** Whether this 役職 counts as a manager (管理職) for the trial. */
export const isManager = (trial: Pick<Trial, 'managerTitles'>, title: string) =>
  title.trim() !== '' && trial.managerTitles.some((m) => same(m) === same(title));
