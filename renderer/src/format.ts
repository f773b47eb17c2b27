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
