/**
 * Writes a data folder full of day records, fast: the month files are written directly in the
 * shape the app itself writes (main/persistence/day-repository.ts through conf:
 * `days/YYYY-MM.json` = `{"schemaVersion":1,"days":{"YYYY-MM-DD": Day}}`, tab-indented, 0600).
 * `checkGeneratedMonth` validates one month with the app's own schemas so the generator cannot
 * drift from what the app accepts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nationalHoliday } from '../../shared/calendar/national-holidays.js';
import { dayInfo } from '../../shared/calendar/day-kind.js';
import { type LocalDate, addDays, monthOf } from '../../shared/calendar/local-date.js';
import { type Block, type Day, daySchema, emptyFocus } from '../../shared/day/day-schema.js';
import type { BlockKind } from '../../shared/lists/block-kinds.js';
import type { BlockStatus } from '../../shared/lists/block-statuses.js';
import { monthDocument } from '../../main/persistence/day-repository.js';


/** Working days (no weekend, 祝日 or 年末年始) in [from, to], oldest first. */
export function workingDays(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!dayInfo(d, nationalHoliday, []).isHoliday) out.push(d);
  return out;
}

/** The date `months` calendar months before `date` (day clamped to the month's length). */
export function monthsBefore(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Deterministic PRNG (mulberry32) so every run writes the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES: Record<Exclude<BlockKind, 'break'>, readonly string[]> = {
  focus: ['資料作成', '協議会委員任命の資料作成・起案', '国のガイドライン確認', '計画書確認', '補助金交付申請の審査', '議会答弁資料の下書き'],
  approval: ['電子決裁確認', '起案文書の決裁', '支出負担行為の確認'],
  meeting: ['課内打合せ（オンライン）', '庁内会議', '住民説明会の準備打合せ'],
  webTraining: ['情報セキュリティ研修（Web）', 'e-ラーニング 個人情報保護'],
  coordination: ['関係課との連絡調整', '事業者への電話連絡', '県担当者とのメール調整'],
  other: ['文書整理', '業務日誌の記入', '次週の予定整理'],
};
const WORK_KINDS = Object.keys(TITLES) as Exclude<BlockKind, 'break'>[];
const PAST_STATUSES: readonly BlockStatus[] = ['done', 'done', 'done', 'carriedOver', 'cancelled'];
const TODAY_STATUSES: readonly BlockStatus[] = ['done', 'inProgress', 'planned'];

/** About 40 Japanese characters, varied per block. */
const NOTE_PARTS = ['前回の指摘事項を反映し、', '担当係長に確認のうえ、', '関係資料を共有フォルダに格納。', '次回までに修正案を作成する。', '住民からの問い合わせ内容を整理し、', '回答案を課長へ回付済み。'];
function note(rand: () => number): string {
  let s = '';
  while (s.length < 40) s += NOTE_PARTS[Math.floor(rand() * NOTE_PARTS.length)];
  return s.slice(0, 40);
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * One working day: 8 blocks (7 of work, 50 minutes each with a 10-minute gap so any block can move
 * by 5 minutes, and the 12:00–13:00 break), a work record with 始業/終業, one 中抜け and one
 * correction of 始業.
 */
export function generateDay(date: LocalDate, isToday: boolean, seed: number): Day {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const blocks: Block[] = [];
  const starts = [9, 10, 11, 13, 14, 15, 16].map((h) => h * 60);
  starts.forEach((start, i) => {
    const kind = pick(WORK_KINDS);
    blocks.push({
      id: `b${i + 1}`,
      start: hhmm(start),
      end: hhmm(start + 50),
      title: pick(TITLES[kind]),
      kind,
      status: pick(isToday ? TODAY_STATUSES : PAST_STATUSES),
      note: note(rand),
      inventoryId: null,
      focus: { minutes: 35, sessions: 1, interruptions: { phone: 1, visitor: 0, chat: 0, other: 0 } },
    });
    if (start === 11 * 60) {
      blocks.push({ id: 'break-1', start: '12:00', end: '13:00', title: '休憩', kind: 'break', status: 'planned', note: '', inventoryId: null, focus: emptyFocus() });
    }
  });
  const home = rand() < 0.6;
  const startMinutes = 8 * 60 + 25 + Math.floor(rand() * 10);
  const interruptionStart = 14 * 60 + 50 + Math.floor(rand() * 10);
  return {
    date,
    hours: { start: '08:30', end: '17:15' },
    workStyle: { am: home ? 'home' : 'office', pm: home ? 'home' : 'satellite', satelliteOffice: home ? '' : '中央公民館' },
    blocks,
    record: {
      start: startMinutes,
      end: 17 * 60 + 15 + Math.floor(rand() * 30),
      interruptions: [{ id: 'i1', start: interruptionStart, end: interruptionStart + 20, treatment: 'break', note: '子の迎え' }],
      permissionRef: '',
      corrections: [
        { at: `${date}T08:40:00.000Z`, field: 'start', before: hhmm(startMinutes + 5), after: hhmm(startMinutes), reason: '打刻忘れのため修正' },
      ],
    },
    reports: [{ kind: 'start', sentAt: `${date}T00:35:00.000Z`, via: 'mail', text: '【始業報告】在宅勤務 8:30〜17:15 予定: 資料作成 / 電子決裁確認' }],
  };
}

export type MonthBody = { days: Record<LocalDate, Day> };

/** The month files for every working day in [from, to], keyed by "YYYY-MM". */
export function generateMonths(from: LocalDate, to: LocalDate): Map<string, MonthBody> {
  const months = new Map<string, MonthBody>();
  workingDays(from, to).forEach((date) => {
    const key = monthOf(date);
    let month = months.get(key);
    if (!month) {
      month = { days: {} };
      months.set(key, month);
    }
    month.days[date] = generateDay(date, date === to, Number(date.replaceAll('-', '')));
  });
  return months;
}

/** Writes the months as the app does (conf: tab-indented JSON, owner-only). Returns bytes written. */
export function writeMonths(dataDir: string, months: Map<string, MonthBody>): number {
  const dir = path.join(dataDir, 'days');
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [key, body] of months) {
    const text = JSON.stringify({ schemaVersion: monthDocument.version, ...body }, undefined, '\t');
    fs.writeFileSync(path.join(dir, `${key}.json`), text, { mode: 0o600 });
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** Throws if a generated month is not what the app accepts (every day, then the whole document). */
export function checkGeneratedMonth(body: MonthBody): void {
  for (const day of Object.values(body.days)) daySchema.parse(day);
  monthDocument.schema.parse(body);
}
