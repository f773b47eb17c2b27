/**
 * Dates as a Japanese office writes them: 令和7年(2025年)6月2日(月); the Gregorian year follows the
 * era in brackets. Formatting is done in UTC on the date's own parts, so the zone never shifts the day.
 *
 * The eras since 大正 come from a table, not from Intl's Japanese calendar: the first
 * Intl.DateTimeFormat a window makes loads ICU's date data, 25–55 ms before the first screen
 * (issue #16), and Today's heading needs only this. A test checks the table against ICU day by day,
 * so an era ICU learns (a new one is announced ahead) fails the build until it is added here. Dates
 * before 大正 (none in a work record) still ask ICU.
 */
import type { Language } from '../settings/settings-schema.js';
import type { LocalDate } from './local-date.js';

/** Each era's first day, newest first. */
const ERAS: readonly (readonly [first: LocalDate, name: string])[] = [
  ['2019-05-01', '令和'],
  ['1989-01-08', '平成'],
  ['1926-12-25', '昭和'],
  ['1912-07-30', '大正'],
];
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** Made on first use (an English user's dates, dates before 大正): see above for why not at load. */
let eraFormat: Intl.DateTimeFormat | undefined;
let enFormat: Intl.DateTimeFormat | undefined;
const english = () => (enFormat ??= new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));

function utc(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** 令和7 / 令和元: the era and its year, without 年 (for 令和7年度). */
export function eraYearNumber(date: LocalDate): string {
  const era = ERAS.find(([first]) => date >= first);
  let name: string;
  let year: number;
  if (era) {
    name = era[1];
    year = Number(date.slice(0, 4)) - Number(era[0].slice(0, 4)) + 1;
  } else {
    eraFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
    const parts = eraFormat.formatToParts(utc(date));
    name = parts.find((p) => p.type === 'era')?.value ?? '';
    const y = parts.find((p) => p.type === 'year')?.value;
    year = y === '元' ? 1 : Number(y); // ICU writes the first year 元 itself
  }
  return `${name}${year === 1 ? '元' : year}`;
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
  if (language === 'en') return english().format(utc(date));
  const [y, m, d] = date.split('-').map(Number);
  return `${eraYear(date)}(${y}年)${m}月${d}日(${weekdayJa(date)})`;
}

/** 6/2(月) — short form for week views. */
export function formatShortDate(date: LocalDate, language: Language = 'ja'): string {
  const [, m, d] = date.split('-').map(Number);
  if (language === 'en') return `${english().formatToParts(utc(date)).find((p) => p.type === 'weekday')?.value} ${d}/${m}`;
  return `${m}/${d}(${weekdayJa(date)})`;
}
