/**
 * Calendar dates as "YYYY-MM-DD" strings. All arithmetic goes through UTC so that the result
 * never depends on the machine's time zone (tests run in Asia/Tokyo and America/Los_Angeles).
 */
import { z } from 'zod';

export const localDateSchema = z
  .string({ error: 'v.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'v.date' })
  .refine((s) => isRealDate(s), { error: 'v.date' });

export type LocalDate = string;

function parts(date: LocalDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2999;
}

function fromUtc(t: Date): LocalDate {
  return t.toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parts(date);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The Monday of the week containing `date`. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** "2026-11" — the month file a day record lives in. */
export function monthOf(date: LocalDate): string {
  return date.slice(0, 7);
}

/** 年度: the fiscal year starting 1 April (2026-03-31 is 2025年度). */
export function fiscalYear(date: LocalDate): number {
  const [y, m] = parts(date);
  return m >= 4 ? y : y - 1;
}

/** The local calendar date of an instant, in the zone the machine runs in. */
export function localDateOf(ms: number): LocalDate {
  const t = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** Minutes since local midnight of an instant. */
export function localMinutesOf(ms: number): number {
  const t = new Date(ms);
  return t.getHours() * 60 + t.getMinutes();
}
