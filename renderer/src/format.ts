/** Small display helpers shared by the views. */
import { formatRecordMinutes } from '../../shared/day/day-metrics.js';
import { fromMinutes } from '../../shared/time/clock-time.js';

export const hhmm = (minutes: number): string => fromMinutes(Math.max(0, Math.min(1439, minutes)));

/** "08:30" or "翌00:30" / "next day 00:30". */
export const recordTime = (minutes: number, nextDay: string): string => formatRecordMinutes(minutes, `${nextDay} `);

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

/** An ISO instant as HH:MM in the UI language's style. */
export const clockOf = (iso: string, language: string): string =>
  new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'ja-JP', { hour: '2-digit', minute: '2-digit' });

export { holidayName } from '../../shared/calendar/day-kind.js';
