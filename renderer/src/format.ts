/** Small display helpers shared by the views. */
import { formatRecordMinutes } from '../../shared/day/day-metrics.js';
import { fromMinutes } from '../../shared/time/clock-time.js';
import { clockText, durationText } from '../../shared/time/time-text.js';

export { clockText } from '../../shared/time/time-text.js';

/** A duration in the UI language: 7時間14分 / 7 h 14 min (never 434分 or 1.1時間). */
export const durationIn = (language: string) => (minutes: number): string => durationText(minutes, language === 'en' ? 'en' : 'ja');

export const hhmm = (minutes: number): string => fromMinutes(Math.max(0, Math.min(1439, minutes)));

/** "8:30" or "翌日 0:30" / "next day 0:30", for text (DOMAIN.md: 8:30, not 08:30). */
export const recordTime = (minutes: number, nextDay: string): string => clockText(formatRecordMinutes(minutes, `${nextDay} `));

/** Parses "HH:MM" (also "H:MM" and "HHMM", as people type) into minutes, or undefined. */
export function parseTime(text: string): number | undefined {
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 48 && min < 60 ? h * 60 + min : undefined;
}

/** A typed time tidied for display ("9:00", "0900" → "09:00"); anything else stays as typed, for main to refuse. */
export function tidyTime(text: string): string {
  const m = parseTime(text);
  return m !== undefined && m < 1440 ? hhmm(m) : text;
}

/** A record time for a text field: 24:30 for half past midnight of the next day (parseTime reads it back). */
export const recordInput = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * An ISO instant as a time of day in text, on the organisation's clock (setting orgTimeZone, as the
 * reports and exports write it): 9:05 (Japanese text never writes 09:05), 09:05 in English.
 */
export const clockOf = (iso: string, language: string, timeZone: string): string =>
  new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'ja-JP', { hour: language === 'en' ? '2-digit' : 'numeric', minute: '2-digit', timeZone });

export { holidayName } from '../../shared/calendar/day-kind.js';
