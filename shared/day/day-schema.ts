/**
 * One day's plan and work record. Blocks are wall-clock "HH:MM" times on the day's date; a block
 * never crosses midnight and never overlaps another. The work record keeps exact minutes since the
 * day's local midnight (an end after midnight is > 1440), and every correction of a recorded time.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date.js';
import { clockTimeSchema, overlaps, toMinutes } from '../time/clock-time.js';
import { idSchema } from '../ids/id-schema.js';

import { BLOCK_KINDS, blockKindSchema, type BlockKind } from './block-kinds.js';

export { BLOCK_KINDS, blockKindSchema, type BlockKind };
export const BLOCK_STATUSES = ['planned', 'inProgress', 'done', 'carriedOver', 'cancelled'] as const;
export const PLACES = ['home', 'satellite', 'mobile', 'office'] as const;

export const blockStatusSchema = z.enum(BLOCK_STATUSES, { error: 'v.invalid' });
export const placeSchema = z.enum(PLACES, { error: 'v.invalid' });
export type BlockStatus = z.infer<typeof blockStatusSchema>;
export type Place = z.infer<typeof placeSchema>;


const blockShape = {
  start: clockTimeSchema,
  end: clockTimeSchema,
  title: z.string({ error: 'v.text' }).trim().min(1, { error: 'v.required' }).max(100, { error: 'v.tooLong' }),
  kind: blockKindSchema,
  status: blockStatusSchema,
  note: z.string({ error: 'v.text' }).max(1000, { error: 'v.tooLong' }),
  /** The 業務の棚卸 entry this block was made from, if any. */
  inventoryId: idSchema.nullable(),
};

/** A block ends after it starts on the same day: "HH:MM" stops at 23:59, so it cannot cross midnight. */
function endsAfterStart(b: { start: string; end: string }, ctx: z.RefinementCtx) {
  if (!clockTimeSchema.safeParse(b.start).success || !clockTimeSchema.safeParse(b.end).success) return;
  if (toMinutes(b.end) <= toMinutes(b.start)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'v.blockEndBeforeStart' });
}

/** What the user edits; main assigns the id of a new block. */
export const blockInputSchema = z.strictObject(blockShape).superRefine(endsAfterStart);
export type BlockInput = z.infer<typeof blockInputSchema>;

export const INTERRUPTION_KINDS = ['phone', 'visitor', 'chat', 'other'] as const;

/** What focus sessions on a block added up to (kept by main, never edited in the block form). */
export const focusStatsSchema = z.strictObject({
  minutes: z.number().int().min(0),
  sessions: z.number().int().min(0),
  interruptions: z.strictObject({ phone: z.number().int().min(0), visitor: z.number().int().min(0), chat: z.number().int().min(0), other: z.number().int().min(0) }),
});
export type FocusStats = z.infer<typeof focusStatsSchema>;
export const emptyFocus = (): FocusStats => ({ minutes: 0, sessions: 0, interruptions: { phone: 0, visitor: 0, chat: 0, other: 0 } });

export const blockSchema = z
  .strictObject({ id: idSchema, ...blockShape, focus: focusStatsSchema.default(emptyFocus) })
  .superRefine(endsAfterStart);
export type Block = z.infer<typeof blockSchema>;

export const workStyleSchema = z.strictObject({
  /** Half-day mixes: morning and afternoon can differ (e.g. 在宅 AM, 出勤 PM). */
  am: placeSchema,
  pm: placeSchema,
  /** Which サテライトオフィス (公民館 …) when either half is "satellite". */
  satelliteOffice: z.string().max(100, { error: 'v.tooLong' }),
});
export type WorkStyle = z.infer<typeof workStyleSchema>;

const minuteOfRecord = z.number().int().min(0).max(48 * 60 - 1, { error: 'v.recordTime' });

export const interruptionSchema = z.strictObject({
  id: idSchema,
  start: minuteOfRecord,
  end: minuteOfRecord.nullable(),
  /** 中抜け counted as 休憩 (the end of work moves later) or as 時間単位年休. */
  treatment: z.enum(['break', 'hourlyLeave']),
  note: z.string().max(200, { error: 'v.tooLong' }),
});
export type Interruption = z.infer<typeof interruptionSchema>;

export const correctionSchema = z.strictObject({
  /** ISO instant of the correction. */
  at: z.string(),
  field: z.enum(['start', 'end', 'interruption']),
  /** Display text of the old and new value ("08:31", "14:00-14:20", null when empty). */
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().max(200),
});
export type Correction = z.infer<typeof correctionSchema>;

export const workRecordSchema = z.strictObject({
  /** Actual 始業 / 終業 in minutes since the day's midnight (終業 may pass midnight: > 1440). */
  start: minuteOfRecord.nullable(),
  end: minuteOfRecord.nullable(),
  interruptions: z.array(interruptionSchema).max(50),
  /** Reference of the 命令/許可 for work outside hours, late at night or on a holiday. */
  permissionRef: z.string().max(100, { error: 'v.tooLong' }),
  corrections: z.array(correctionSchema).max(500),
});
export type WorkRecord = z.infer<typeof workRecordSchema>;

export const REPORT_KINDS = ['start', 'end', 'pause', 'resume'] as const;
export const SEND_METHODS = ['clipboard', 'mail', 'eml', 'webhook'] as const;

/** A start/end (or 中断/再開) report as it was sent: when, how, and the text. */
export const sentReportSchema = z.strictObject({
  kind: z.enum(REPORT_KINDS),
  /** ISO instant. */
  sentAt: z.string(),
  via: z.enum(SEND_METHODS),
  text: z.string().max(8000),
});
export type SentReport = z.infer<typeof sentReportSchema>;

export const dayHoursSchema = z
  .strictObject({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((h) => !clockTimeSchema.safeParse(h.start).success || !clockTimeSchema.safeParse(h.end).success || toMinutes(h.end) > toMinutes(h.start), {
    path: ['end'],
    error: 'v.endBeforeStart',
  });

export const daySchema = z
  .strictObject({
    date: localDateSchema,
    /** 所定 hours for this day (時差出勤 may move them); breaks are planned as 休憩 blocks. */
    hours: dayHoursSchema,
    workStyle: workStyleSchema,
    blocks: z.array(blockSchema).max(96),
    record: workRecordSchema,
    /** Reports sent for this day (added after version 1 of the month files: absent means none). */
    reports: z.array(sentReportSchema).max(100).default([]),
  })
  .superRefine((day, ctx) => {
    const problem = findOverlap(day.blocks);
    if (problem) ctx.addIssue({ code: 'custom', path: ['blocks', problem[1], 'start'], message: 'v.blockOverlap' });
  });
export type Day = z.infer<typeof daySchema>;

/** Indexes [i, j] of the first two blocks that overlap, or undefined. */
export function findOverlap(blocks: readonly { start: string; end: string }[]): [number, number] | undefined {
  for (let j = 0; j < blocks.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = blocks[i]!;
      const b = blocks[j]!;
      if (overlaps(toMinutes(a.start), toMinutes(a.end), toMinutes(b.start), toMinutes(b.end))) return [i, j];
    }
  }
  return undefined;
}

export function sortBlocks<T extends { start: string }>(blocks: readonly T[]): T[] {
  return [...blocks].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
}

export function emptyRecord(): WorkRecord {
  return { start: null, end: null, interruptions: [], permissionRef: '', corrections: [] };
}
