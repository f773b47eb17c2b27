/**
 * Wall-clock times of day ("HH:MM") as used in work hours and time blocks.
 * Stored as strings so the files on disk stay readable; arithmetic is done in minutes.
 */
import { z } from 'zod';

export const MINUTES_PER_DAY = 24 * 60;

/** "HH:MM" from 00:00 to 23:59. The message is an i18n key (see shared/i18n). */
export const clockTimeSchema = z
  .string({ error: 'v.time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'v.time' });

export type ClockTime = z.infer<typeof clockTimeSchema>;

export function toMinutes(time: ClockTime): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function fromMinutes(minutes: number): ClockTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new RangeError(`minutes out of range: ${minutes}`);
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Half-open intervals [a, b) and [c, d) overlap. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
