/**
 * One day's plan and work record. Blocks are wall-clock "HH:MM" times on the day's date; a block
 * never crosses midnight and never overlaps another. The work record keeps exact minutes since the
 * day's local midnight (an end after midnight is > 1440), and every correction of a recorded time.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date.js';
import { clockTimeSchema, overlaps, toMinutes } from '../time/clock-time.js';
import { endAfterStart } from '../time/clock-span.js';
import { idSchema } from '../ids/id-schema.js';
import { blockKindSchema } from '../lists/block-kinds.js';
import { blockStatusSchema } from '../lists/block-statuses.js';
import { INTERRUPTION_KINDS, type InterruptionKind } from '../lists/interruption-kinds.js';
import { interruptionTreatmentSchema } from '../lists/interruption-treatments.js';
import { placeSchema } from '../lists/places.js';
import { RECORD_TIMES } from '../lists/record-times.js';
import { reportKindSchema, sendMethodSchema } from '../lists/report-kinds.js';

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

/** A block ends after it starts on the same day (it cannot cross midnight: split it at 0:00). */
const blockEndsAfterStart = endAfterStart('v.blockEndBeforeStart');

/** What the user edits; main assigns the id of a new block. */
export const blockInputSchema = z.strictObject(blockShape).superRefine(blockEndsAfterStart);
export type BlockInput = z.infer<typeof blockInputSchema>;

/** What a template keeps of a block: the plan without status, note or focus figures. */
export const templateBlockSchema = z
  .strictObject({ start: blockShape.start, end: blockShape.end, title: blockShape.title, kind: blockShape.kind, inventoryId: blockShape.inventoryId })
  .superRefine(blockEndsAfterStart);
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

const count = z.number().int().min(0);
/** One count per 割り込み kind, so a kind added to the list is counted without touching this file. */
const interruptionCounts = Object.fromEntries(INTERRUPTION_KINDS.map((k) => [k, count])) as Record<InterruptionKind, typeof count>;

/** What focus sessions on a block added up to (kept by main, never edited in the block form). */
export const focusStatsSchema = z.strictObject({
  minutes: count,
  sessions: count,
  interruptions: z.strictObject(interruptionCounts),
});
export type FocusStats = z.infer<typeof focusStatsSchema>;
export const noInterruptions = (): FocusStats['interruptions'] => Object.fromEntries(INTERRUPTION_KINDS.map((k) => [k, 0])) as FocusStats['interruptions'];
export const emptyFocus = (): FocusStats => ({ minutes: 0, sessions: 0, interruptions: noInterruptions() });

export const blockSchema = z
  .strictObject({ id: idSchema, ...blockShape, focus: focusStatsSchema.default(emptyFocus) })
  .superRefine(blockEndsAfterStart);
export type Block = z.infer<typeof blockSchema>;

export const workStyleSchema = z.strictObject({
  /** Half-day mixes: morning and afternoon can differ (e.g. 在宅 AM, 出勤 PM). */
  am: placeSchema,
  pm: placeSchema,
  /** Which サテライトオフィス (公民館 …) when either half is "satellite". */
  satelliteOffice: z.string().max(100, { error: 'v.tooLong' }),
});
export type WorkStyle = z.infer<typeof workStyleSchema>;

/** A time of the work record in minutes since the day's midnight; 終業 may pass midnight (up to 翌23:59). */
export const recordMinuteSchema = z
  .number({ error: 'v.recordTime' })
  .int({ error: 'v.recordTime' })
  .min(0, { error: 'v.recordTime' })
  .max(48 * 60 - 1, { error: 'v.recordTime' });

const interruptionShape = {
  start: recordMinuteSchema,
  end: recordMinuteSchema.nullable(),
  /** 中抜け counted as 休憩 (the end of work moves later) or as 年休(時間単位). */
  treatment: interruptionTreatmentSchema,
  note: z.string({ error: 'v.text' }).max(200, { error: 'v.tooLong' }),
};

/**
 * A stored 中抜け. The "end after start" rule is checked where one is entered (below), not here:
 * a record written before the rule existed must still load.
 */
export const interruptionSchema = z.strictObject({ id: idSchema, ...interruptionShape });
export type Interruption = z.infer<typeof interruptionSchema>;

/** A 中抜け as the user enters it (id null for a new one); one still going on has no end yet. */
export const interruptionInputSchema = z.strictObject({ id: idSchema.nullable(), ...interruptionShape }).superRefine((i, ctx) => {
  if (i.end !== null && i.end <= i.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'v.endBeforeStart' });
});
export type InterruptionInput = z.infer<typeof interruptionInputSchema>;

export const correctionSchema = z.strictObject({
  /** ISO instant of the correction. */
  at: z.string(),
  field: z.enum([...RECORD_TIMES, 'interruption']),
  /** Display text of the old and new value ("08:31", "14:00-14:20", null when empty). */
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().max(200),
});
export type Correction = z.infer<typeof correctionSchema>;

export const workRecordSchema = z.strictObject({
  /** Actual 始業 / 終業 in minutes since the day's midnight (終業 may pass midnight: > 1440). */
  start: recordMinuteSchema.nullable(),
  end: recordMinuteSchema.nullable(),
  interruptions: z.array(interruptionSchema).max(50),
  /** Reference of the 命令/許可 for work outside hours, late at night or on a holiday. */
  permissionRef: z.string().max(100, { error: 'v.tooLong' }),
  corrections: z.array(correctionSchema).max(500),
});
export type WorkRecord = z.infer<typeof workRecordSchema>;

/** A start/end (or 中断/再開) report as it was sent: when, how, and the text. */
export const sentReportSchema = z.strictObject({
  kind: reportKindSchema,
  /** ISO instant. */
  sentAt: z.string(),
  via: sendMethodSchema,
  text: z.string().max(8000),
});
export type SentReport = z.infer<typeof sentReportSchema>;

export const dayHoursSchema = z.strictObject({ start: clockTimeSchema, end: clockTimeSchema }).superRefine(endAfterStart('v.endBeforeStart'));

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
  .superRefine(blocksDoNotOverlap);
export type Day = z.infer<typeof daySchema>;

/** The one "no two blocks overlap" rule (days, templates, the organisation's templates); the message goes on the later block. */
export function blocksDoNotOverlap(plan: { blocks: readonly { start: string; end: string }[] }, ctx: z.RefinementCtx) {
  const problem = findOverlap(plan.blocks);
  if (problem) ctx.addIssue({ code: 'custom', path: ['blocks', problem[1], 'start'], message: 'v.blockOverlap' });
}

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
