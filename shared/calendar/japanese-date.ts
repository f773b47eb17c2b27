/**
 * Dates as a Japanese office writes them: 令和7年(2025年)6月2日(月). The era comes from Intl's
 * Japanese calendar (which already writes the first year as 元年); the Gregorian year follows in
 * brackets. Formatting is done in UTC on the date's own parts, so the zone never shifts the day.
 */
import type { Language } from '../settings/settings-schema.js';
import type { LocalDate } from './local-date.js';

const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const enFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function utc(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** 令和7 / 令和元: the era and its year, without 年 (for 令和7年度). */
export function eraYearNumber(date: LocalDate): string {
  const parts = eraFormat.formatToParts(utc(date));
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  return `${era}${year === '1' ? '元' : year}`;
}

/** 令和7年 / 令和元年 */
export function eraYear(date: LocalDate): string {
  return `${eraYearNumber(date)}年`;
}

/**
 * The {{year}} of a 年度 message: 「令和8」 (for 令和8年度) in Japanese, 2026 (for FY2026) in English.
 * `fiscalYear` is the Gregorian year the 年度 starts in (April). The era is read on 1 May, not
 * 1 April: the 年度 that began in April 2019 is written 令和元年度 (the era changed on 1 May 2019).
 */
export function fiscalYearName(fiscalYear: number, language: Language = 'ja'): string {
  return language === 'en' ? String(fiscalYear) : eraYearNumber(`${fiscalYear}-05-01`);
}

export function weekdayJa(date: LocalDate): string {
  return WEEKDAYS_JA[utc(date).getUTCDay()]!;
}

/** 令和7年(2025年)6月2日(月) in Japanese; "Mon, 2 Jun 2025" in English. */
export function formatDate(date: LocalDate, language: Language = 'ja'): string {
  if (language === 'en') return enFormat.format(utc(date));
  const [y, m, d] = date.split('-').map(Number);
  return `${eraYear(date)}(${y}年)${m}月${d}日(${weekdayJa(date)})`;
}

/** 6/2(月) — short form for week views. */
export function formatShortDate(date: LocalDate, language: Language = 'ja'): string {
  const [, m, d] = date.split('-').map(Number);
  if (language === 'en') return `${enFormat.formatToParts(utc(date)).find((p) => p.type === 'weekday')?.value} ${d}/${m}`;
  return `${m}/${d}(${weekdayJa(date)})`;
}
