/**
 * What a day adds up to: free time in the plan (空き時間) and the work record's minutes —
 * worked, outside the scheduled hours, late night (22:00–5:00) — computed minute by minute over
 * the two calendar days a record can span, so every overlap case is handled the same way.
 */
import { toMinutes } from '../time/clock-time.js';
import type { Day } from './day-schema.js';

export interface Span {
  start: number;
  end: number;
}

/** Free intervals (≥ 5 min) inside the day's hours not covered by any block. */
export function freeSpans(day: Pick<Day, 'hours' | 'blocks'>): Span[] {
  const dayStart = toMinutes(day.hours.start);
  const dayEnd = toMinutes(day.hours.end);
  const taken = day.blocks
    .map((b) => ({ start: toMinutes(b.start), end: toMinutes(b.end) }))
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cursor = dayStart;
  for (const t of taken) {
    if (t.start > cursor) out.push({ start: cursor, end: Math.min(t.start, dayEnd) });
    cursor = Math.max(cursor, t.end);
    if (cursor >= dayEnd) break;
  }
  if (cursor < dayEnd) out.push({ start: cursor, end: dayEnd });
  return out.filter((s) => s.end - s.start >= 5);
}

export interface RecordMetrics {
  /** Actual working minutes: 始業 to 終業 less planned 休憩 blocks and every 中抜け. */
  workedMinutes: number;
  breakMinutes: number;
  interruptionCount: number;
  interruptionMinutes: number;
  /** Worked minutes before the scheduled start or after the scheduled end (all of them on a holiday). */
  outsideMinutes: number;
  /** Worked minutes between 22:00 and 5:00. */
  lateNightMinutes: number;
  holidayWork: boolean;
  /**
   * 時間外勤務 (at least OVERTIME_UNIT_MINUTES outside the scheduled hours), late night or holiday
   * work with no 命令・許可 entered: 要確認. See OVERTIME_UNIT_MINUTES for the short cases.
   */
  needsPermission: boolean;
}

/**
 * Time outside the scheduled hours counts as 時間外勤務 that needs a 命令・許可 only from one
 * 15-minute unit (the unit many cities count overtime in, DOMAIN.md): starting 1 minute early or
 * sending the 終業報告 5 minutes late is recorded and shown, minute for minute, but nobody is asked
 * for a 命令・許可 for it. Late night (22時〜翌5時) and holiday work need one from the first minute.
 */
export const OVERTIME_UNIT_MINUTES = 15;

const LATE_START = 22 * 60;
const LATE_END = 5 * 60;

export function recordMetrics(day: Pick<Day, 'hours' | 'blocks' | 'record'>, isHoliday: boolean): RecordMetrics {
  const { record } = day;
  const interruptionCount = record.interruptions.length;
  const none = { workedMinutes: 0, breakMinutes: 0, interruptionCount, interruptionMinutes: 0, outsideMinutes: 0, lateNightMinutes: 0 };
  if (record.start === null || record.end === null || record.end <= record.start) {
    return { ...none, holidayWork: false, needsPermission: false };
  }
  const breaks = day.blocks.filter((b) => b.kind === 'break').map((b) => ({ start: toMinutes(b.start), end: toMinutes(b.end) }));
  const interruptions = record.interruptions
    .filter((i) => i.end !== null && i.end > i.start)
    .map((i) => ({ start: i.start, end: i.end! }));
  const within = (spans: Span[], m: number) => spans.some((s) => m >= s.start && m < s.end);
  const scheduledStart = toMinutes(day.hours.start);
  const scheduledEnd = toMinutes(day.hours.end);

  let worked = 0;
  let breakMinutes = 0;
  let interruptionMinutes = 0;
  let outside = 0;
  let late = 0;
  for (let m = record.start; m < record.end; m++) {
    if (within(interruptions, m)) {
      interruptionMinutes++;
      continue;
    }
    if (within(breaks, m)) {
      breakMinutes++;
      continue;
    }
    worked++;
    if (isHoliday || m < scheduledStart || m >= scheduledEnd) outside++;
    const clock = m % 1440;
    if (clock >= LATE_START || clock < LATE_END) late++;
  }
  const holidayWork = isHoliday && worked > 0;
  return {
    workedMinutes: worked,
    breakMinutes,
    interruptionCount,
    interruptionMinutes,
    outsideMinutes: outside,
    lateNightMinutes: late,
    holidayWork,
    needsPermission: (outside >= OVERTIME_UNIT_MINUTES || late > 0 || holidayWork) && record.permissionRef.trim() === '',
  };
}

/** "08:30", or "翌01:15" style for minutes past midnight (the caller supplies the prefix). */
export function formatRecordMinutes(minutes: number, nextDayPrefix = '翌'): string {
  const m = minutes % 1440;
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return minutes >= 1440 ? `${nextDayPrefix}${text}` : text;
}
