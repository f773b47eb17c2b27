/**
 * Japan's national holidays (祝日) from @holiday-jp/holiday_jp, kept current by its maintainers
 * (covers 1970–2050). A pure lookup in a static table, so it lives in shared/: the calendar service
 * and the readable report both read it without either importing the other.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import type { NationalHolidays } from './day-kind.js';

const holidays = holidayJp.holidays as unknown as Record<string, { name: string; name_en: string } | undefined>;

export const nationalHoliday: NationalHolidays = (date) => {
  const h = Object.hasOwn(holidays, date) ? holidays[date] : undefined;
  // holiday_jp calls the day between two 祝日 just 「休日」; the law's name reads clearer in a list.
  return h ? { name: h.name === '休日' ? '国民の休日' : h.name, nameEn: h.name_en } : undefined;
};
