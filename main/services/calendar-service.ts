/**
 * The Japanese calendar: national holidays (shared/calendar/national-holidays.ts), 年末年始, and the
 * organisation's own days, which the user or the organisation defaults file edits.
 */
import { z } from 'zod';
import { type DayInfo, type OrgDay, dayInfo, orgDaySchema } from '../../shared/calendar/day-kind.js';
import { type LocalDate, addDays } from '../../shared/calendar/local-date.js';
import { nationalHoliday } from '../../shared/calendar/national-holidays.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';

export const calendarDocument: DocumentType<{ orgDays: OrgDay[] }> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({ orgDays: z.array(orgDaySchema).max(2000) }),
  defaults: () => ({ orgDays: [] }),
};

export interface CalendarService {
  info(date: LocalDate): DayInfo;
  /** The first working day after `date` (skips weekends and holidays; gives up after a year). */
  nextWorkday(date: LocalDate): LocalDate;
  /** The year's days off that are not weekends (祝日, 年末年始, the organisation's), and the organisation's list. */
  year(year: number): { holidays: DayInfo[]; orgDays: OrgDay[] };
  orgDays(): OrgDay[];
  setOrgDays(days: OrgDay[]): OrgDay[];
}

const LISTED = new Set<DayInfo['kind']>(['national', 'yearEnd', 'organisation']);

export function createCalendarService(repo: DocumentRepository<{ orgDays: OrgDay[] }>): CalendarService {
  const service: CalendarService = {
    info: (date) => dayInfo(date, nationalHoliday, repo.load().orgDays),
    nextWorkday(date) {
      let d = addDays(date, 1);
      for (let i = 0; i < 366 && service.info(d).isHoliday; i++) d = addDays(d, 1);
      return d;
    },
    year(year) {
      const holidays: DayInfo[] = [];
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        const info = service.info(d);
        if (LISTED.has(info.kind)) holidays.push(info);
      }
      return { holidays, orgDays: service.orgDays() };
    },
    orgDays: () => repo.load().orgDays,
    setOrgDays(days) {
      const unique = [...new Map(days.map((d) => [d.date, d])).values()].sort((a, b) => a.date.localeCompare(b.date));
      return repo.save({ orgDays: unique }).orgDays;
    },
  };
  return service;
}
