/**
 * The Japanese calendar: national holidays from @holiday-jp/holiday_jp (kept current by its
 * maintainers; covers 1970–2050), 年末年始, and the organisation's own days, which the user or the
 * organisation defaults file edits.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { z } from 'zod';
import { type DayInfo, type NationalHolidays, type OrgDay, dayInfo, orgDaySchema } from '../../shared/calendar/day-kind.js';
import { type LocalDate, addDays } from '../../shared/calendar/local-date.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';

export const calendarDocument: DocumentType<{ orgDays: OrgDay[] }> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({ orgDays: z.array(orgDaySchema).max(2000) }),
  defaults: () => ({ orgDays: [] }),
};

const holidays = holidayJp.holidays as unknown as Record<string, { name: string; name_en: string } | undefined>;
export const nationalHoliday: NationalHolidays = (date) => {
  const h = Object.hasOwn(holidays, date) ? holidays[date] : undefined;
  // holiday_jp calls the day between two 祝日 just 「休日」; the law's name reads clearer in a list.
  return h ? { name: h.name === '休日' ? '国民の休日' : h.name, nameEn: h.name_en } : undefined;
};

export interface CalendarService {
  info(date: LocalDate): DayInfo;
  /** The first working day after `date` (skips weekends and holidays; gives up after a year). */
  nextWorkday(date: LocalDate): LocalDate;
  orgDays(): OrgDay[];
  setOrgDays(days: OrgDay[]): OrgDay[];
}

export function createCalendarService(repo: DocumentRepository<{ orgDays: OrgDay[] }>): CalendarService {
  const service: CalendarService = {
    info: (date) => dayInfo(date, nationalHoliday, repo.load().orgDays),
    nextWorkday(date) {
      let d = addDays(date, 1);
      for (let i = 0; i < 366 && service.info(d).isHoliday; i++) d = addDays(d, 1);
      return d;
    },
    orgDays: () => repo.load().orgDays,
    setOrgDays(days) {
      const unique = [...new Map(days.map((d) => [d.date, d])).values()].sort((a, b) => a.date.localeCompare(b.date));
      return repo.save({ orgDays: unique }).orgDays;
    },
  };
  return service;
}
