/**
 * Day records, one file per month (days/2026-11.json), so a save rewrites one month whatever
 * the size of the history (5 years = 60 small files), and a damaged file costs one month at most
 * (it is kept aside and reported like any other document).
 */
import { z } from 'zod';
import { type LocalDate, localDateSchema, monthOf } from '../../shared/calendar/local-date.js';
import { type Day, daySchema } from '../../shared/day/day-schema.js';
import { type DocumentRepository, type DocumentType, type RepositoryDeps, openDocument } from './document-repository.js';

type Month = { days: Record<LocalDate, Day> };

export const monthDocument: DocumentType<Month> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({
    days: z.record(localDateSchema, daySchema).refine((days) => Object.entries(days).every(([k, d]) => d.date === k), { error: 'v.invalid' }),
  }),
  defaults: () => ({ days: {} }),
};

export interface DayRepository {
  get(date: LocalDate): Day | undefined;
  put(day: Day): Day;
  remove(date: LocalDate): void;
  /** Every stored day in [from, to], oldest first. */
  range(from: LocalDate, to: LocalDate): Day[];
}

export function createDayRepository(deps: RepositoryDeps): DayRepository {
  const months = new Map<string, DocumentRepository<Month>>();
  const month = (date: LocalDate) => {
    const key = monthOf(date);
    let repo = months.get(key);
    if (!repo) {
      repo = openDocument(`days/${key}`, monthDocument, deps);
      months.set(key, repo);
    }
    return repo;
  };
  const monthsBetween = (from: LocalDate, to: LocalDate): string[] => {
    const out: string[] = [];
    let [y, m] = from.split('-').map(Number) as [number, number];
    const end = monthOf(to);
    for (let i = 0; i < 1200; i++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      if (key > end) break;
      out.push(key);
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
    return out;
  };
  return {
    get: (date) => {
      const days = month(date).load().days;
      return Object.hasOwn(days, date) ? days[date] : undefined;
    },
    put(day) {
      const repo = month(day.date);
      repo.save({ days: { ...repo.load().days, [day.date]: day } });
      return day;
    },
    remove(date) {
      const repo = month(date);
      const { [date]: _removed, ...rest } = repo.load().days;
      repo.save({ days: rest });
    },
    range(from, to) {
      return monthsBetween(from, to)
        .flatMap((key) => Object.values(month(`${key}-01`).load().days))
        .filter((d) => d.date >= from && d.date <= to)
        .sort((a, b) => a.date.localeCompare(b.date));
    },
  };
}
