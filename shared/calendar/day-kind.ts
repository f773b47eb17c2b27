/**
 * What kind of day a date is for a 地方公共団体: Saturdays, Sundays, 祝日, 年末年始 (12/29–1/3) and
 * the organisation's own days (条例) are 休日. The national list is injected (national-holidays.ts
 * reads it from @holiday-jp/holiday_jp) so a test can pass its own.
 */
import { z } from 'zod';
import { type LocalDate, localDateSchema, weekday } from './local-date.js';

export const DAY_KINDS = ['workday', 'saturday', 'sunday', 'national', 'yearEnd', 'organisation'] as const;
export type DayKindName = (typeof DAY_KINDS)[number];

export const dayInfoSchema = z.strictObject({
  date: z.string(),
  kind: z.enum(DAY_KINDS),
  /** Name of the holiday (祝日 or the organisation's), empty otherwise. */
  name: z.string(),
  /** The 祝日's English name for the English UI (optional: report files from older versions lack it). */
  nameEn: z.string().optional(),
  isHoliday: z.boolean(),
});
export type DayInfo = z.infer<typeof dayInfoSchema>;

export const orgDaySchema = z.strictObject({
  date: localDateSchema,
  name: z.string().trim().min(1, { error: 'v.required' }).max(50, { error: 'v.tooLong' }),
});
export type OrgDay = z.infer<typeof orgDaySchema>;

export type NationalHolidays = (date: LocalDate) => { name: string; nameEn: string } | undefined;

export function isYearEnd(date: LocalDate): boolean {
  const md = date.slice(5);
  return md >= '12-29' || md <= '01-03';
}

export function dayInfo(date: LocalDate, national: NationalHolidays, orgDays: readonly OrgDay[]): DayInfo {
  const org = orgDays.find((d) => d.date === date);
  if (org) return { date, kind: 'organisation', name: org.name, isHoliday: true };
  const holiday = national(date);
  if (holiday) return { date, kind: 'national', name: holiday.name, nameEn: holiday.nameEn, isHoliday: true };
  if (isYearEnd(date)) return { date, kind: 'yearEnd', name: '', isHoliday: true };
  const wd = weekday(date);
  if (wd === 0) return { date, kind: 'sunday', name: '', isHoliday: true };
  if (wd === 6) return { date, kind: 'saturday', name: '', isHoliday: true };
  return { date, kind: 'workday', name: '', isHoliday: false };
}

/** A holiday's name in the UI language (祝日 have an English name; organisation days only their own). */
export const holidayName = (info: { name: string; nameEn?: string | undefined }, language: string): string =>
  language === 'en' && info.nameEn ? info.nameEn : info.name;
