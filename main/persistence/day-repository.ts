/** Day records (plan + work record), one file per month under days/. */
import type { LocalDate } from '../../shared/calendar/local-date.js';
import { type Day, daySchema } from '../../shared/day/day-schema.js';
import type { RepositoryDeps } from './document-repository.js';
import { createMonthlyRepository, monthDocumentOf } from './monthly-repository.js';

export const monthDocument = monthDocumentOf<Day>(daySchema, (d) => d.date);

export interface DayRepository {
  get(date: LocalDate): Day | undefined;
  put(day: Day): Day;
  remove(date: LocalDate): void;
  /** Every stored day in [from, to], oldest first. */
  range(from: LocalDate, to: LocalDate): Day[];
}

export function createDayRepository(deps: RepositoryDeps): DayRepository {
  const repo = createMonthlyRepository('days', monthDocument, deps);
  return { get: repo.get, put: (day) => repo.put(day.date, day), remove: repo.remove, range: repo.range };
}
