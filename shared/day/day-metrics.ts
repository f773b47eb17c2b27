/**
 * What a day adds up to: free time in the plan (空き時間) and the work record's minutes —
 * worked, outside the scheduled hours, late night (22:00–5:00) — computed minute by minute over
 * the two calendar days a record can span, so every overlap case is handled the same way.
 */
import { toMinutes } from '../time/clock-time.js';
import { orgInstant, orgWallClock } from '../time/org-time-zone.js';
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

/**
 * The one source of the day's figures: the report text, every export (they read the report
 * document, built with this) and the supervisor's recomputation call it with the same inputs.
 *
 * 中抜け時間 counts at once, not only after 終業: a closed 中抜け as soon as it is entered, an open
 * one up to `at` (minutes since the day's midnight when the figures are taken; see
 * `minuteOfDayAt`), and after 終業 up to 終業. Only minutes from 始業 on count once 始業 is recorded.
 * The other figures need both 始業 and 終業.
 */
export function recordMetrics(day: Pick<Day, 'hours' | 'blocks' | 'record'>, isHoliday: boolean, at?: number): RecordMetrics {
  const { record } = day;
  const interruptionCount = record.interruptions.length;
  const ended = record.start !== null && record.end !== null && record.end > record.start;
  // An open 中抜け runs to 終業 once recorded, else to `at` (at most to the end of its day).
  const openEnd = ended ? record.end! : at === undefined ? undefined : Math.min(at, 1440);
  const interruptions = record.interruptions
    .map((i) => ({ start: i.start, end: i.end ?? openEnd ?? i.start }))
    .filter((i) => i.end > i.start);
  const within = (spans: Span[], m: number) => spans.some((s) => m >= s.start && m < s.end);
  if (!ended) {
    const from = record.start ?? 0;
    let interruptionMinutes = 0;
    const last = Math.max(0, ...interruptions.map((i) => i.end));
    for (let m = from; m < last; m++) if (within(interruptions, m)) interruptionMinutes++;
    return { workedMinutes: 0, breakMinutes: 0, interruptionCount, interruptionMinutes, outsideMinutes: 0, lateNightMinutes: 0, holidayWork: false, needsPermission: false };
  }
  const breaks = day.blocks.filter((b) => b.kind === 'break').map((b) => ({ start: toMinutes(b.start), end: toMinutes(b.end) }));
  const scheduledStart = toMinutes(day.hours.start);
  const scheduledEnd = toMinutes(day.hours.end);

  let worked = 0;
  let breakMinutes = 0;
  let interruptionMinutes = 0;
  let outside = 0;
  let late = 0;
  for (let m = record.start!; m < record.end!; m++) {
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

/**
 * The instant `iso` as minutes since the midnight of `date` on the organisation's clock (1440 and
 * more the next day), for `recordMetrics`' `at`; undefined when the instant is before that day.
 * The export and the supervisor both take it from the report's generatedAt, so they agree.
 */
export function minuteOfDayAt(date: string, iso: string, timeZone: string): number | undefined {
  const wall = orgWallClock(iso, timeZone);
  const days = Math.round((Date.parse(`${wall.date}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return undefined;
  return Math.min(days, 2) * 1440 + toMinutes(wall.time);
}

/** What a reminder log entry says about a 電子決裁・供覧の確認 (the fields read here). */
export interface ApprovalReminder {
  kind: string;
  due: number;
  doneAt: string | null;
}

/**
 * Each 電子決裁・供覧の確認 made on the day, as ISO instants in order — the one count the 終業報告,
 * the CSV, the JSON and 所属長の確認画面 give: every 電子決裁確認 reminder marked 完了 (when), and
 * every 電子決裁・供覧の確認 予定 marked 完了 whose start had no reminder marked 完了 (its end time on
 * the organisation's clock). A reminder and its own 予定 both marked 完了 are one check.
 */
export function approvalChecks(day: Pick<Day, 'date' | 'blocks'>, log: readonly ApprovalReminder[], timeZone: string): string[] {
  const done = log.filter((e) => e.kind === 'approval' && e.doneAt !== null);
  const doneAt = new Set(done.map((e) => e.due));
  const fromBlocks = day.blocks
    .filter((b) => b.kind === 'approval' && b.status === 'done' && !doneAt.has(toMinutes(b.start)))
    .map((b) => orgInstant(day.date, toMinutes(b.end), timeZone));
  return [...done.map((e) => e.doneAt!), ...fromBlocks].sort((a, b) => Date.parse(a) - Date.parse(b));
}

/** Minutes spent in focus sessions over the day's 予定 (the 集中 figures of the report and the CSV). */
export function focusMinutes(day: Pick<Day, 'blocks'>): number {
  return day.blocks.reduce((sum, b) => sum + b.focus.minutes, 0);
}


/** "08:30", or "翌01:15" style for minutes past midnight (the caller supplies the prefix). */
export function formatRecordMinutes(minutes: number, nextDayPrefix = '翌'): string {
  const m = minutes % 1440;
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return minutes >= 1440 ? `${nextDayPrefix}${text}` : text;
}
