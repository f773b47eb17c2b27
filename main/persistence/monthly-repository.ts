/**
 * Records keyed by date, one file per month (`<folder>/2026-11.json`): a save rewrites one month
 * whatever the size of the history (5 years = 60 small files), and a damaged file costs one month
 * at most (it is kept aside and reported like any other document). Used for day records and the
 * reminder log.
 */
import { z } from 'zod';
import { type LocalDate, localDateSchema, monthOf } from '../../shared/calendar/local-date.js';
import { type DocumentRepository, type DocumentType, type RepositoryDeps, openDocument } from './document-repository.js';

export type Month<T> = { days: Record<LocalDate, T> };

export function monthDocumentOf<T>(record: z.ZodType<T>, dateOf: (value: T) => string): DocumentType<Month<T>> {
  return {
    version: 1,
    migrations: [],
    schema: z.strictObject({
      days: z.record(localDateSchema, record).refine((days) => Object.entries(days).every(([k, d]) => dateOf(d) === k), { error: 'v.invalid' }),
    }) as unknown as z.ZodType<Month<T>>,
    defaults: () => ({ days: {} }),
  };
}

export interface MonthlyRepository<T> {
  get(date: LocalDate): T | undefined;
  put(date: LocalDate, value: T): T;
  remove(date: LocalDate): void;
  /** Every stored record in [from, to], oldest first (as loaded: for reading, not for changing). */
  range(from: LocalDate, to: LocalDate): T[];
}

function monthsBetween(from: LocalDate, to: LocalDate): string[] {
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
}

export function createMonthlyRepository<T>(folder: string, type: DocumentType<Month<T>>, deps: RepositoryDeps): MonthlyRepository<T> {
  const months = new Map<string, DocumentRepository<Month<T>>>();
  const month = (date: LocalDate) => {
    const key = monthOf(date);
    let repo = months.get(key);
    if (!repo) {
      repo = openDocument(`${folder}/${key}`, type, deps);
      months.set(key, repo);
    }
    return repo;
  };
  return {
    // A copy of the one day: a caller changing it changes nothing stored until put() has written it.
    get: (date) => {
      const days = month(date).peek().days;
      return Object.hasOwn(days, date) ? structuredClone(days[date]) : undefined;
    },
    put(date, value) {
      const repo = month(date);
      repo.save({ days: { ...repo.peek().days, [date]: value } });
      return value;
    },
    remove(date) {
      const repo = month(date);
      const { [date]: _removed, ...rest } = repo.peek().days;
      repo.save({ days: rest });
    },
    range(from, to) {
      return monthsBetween(from, to).flatMap((key) =>
        Object.entries(month(`${key}-01`).peek().days)
          .filter(([date]) => date >= from && date <= to)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([, value]) => value),
      );
    },
  };
}
