/**
 * Times and durations as they are written in text (DOMAIN.md terms table): 8:30, not 08:30;
 * 7時間14分, not 434分 or 1.1時間. Input fields and files keep HH:MM; only text shown or sent uses these.
 */
import { formatShortDate } from '../calendar/japanese-date.js';
import type { Language } from '../settings/settings-schema.js';
import { orgWallClock } from './org-time-zone.js';

/** "08:30" → "8:30", "翌01:15" → "翌1:15"; anything else unchanged. */
export function clockText(hhmm: string): string {
  return hhmm.replace(/^(\D*)0(\d:\d\d)$/, '$1$2');
}

/** 434 → 「7時間14分」 / "7 h 14 min"; 60 → 「1時間」; 45 → 「45分」; 0 → 「0分」. */
export function durationText(minutes: number, language: Language = 'ja'): string {
  const whole = Math.max(0, Math.round(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (language === 'en') return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
  return h === 0 ? `${m}分` : m === 0 ? `${h}時間` : `${h}時間${m}分`;
}

/**
 * An instant (a correction, a 確認) in text, on the organisation's wall clock: 「11/25(水) 18:05」 in
 * Japanese — never 2026-11-25 — and "Wed 25/11 18:05" in English.
 */
export function stampText(iso: string, timeZone: string, language: Language = 'ja'): string {
  const { date, time } = orgWallClock(iso, timeZone);
  return `${formatShortDate(date, language)} ${language === 'en' ? time : clockText(time)}`;
}
