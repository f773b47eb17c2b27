/** What the Today view gets for a date: the day, its calendar facts and everything computed from it. */
import { z } from 'zod';
import { dayInfoSchema } from '../calendar/day-kind.js';
import { UNFIT_REASONS } from '../inventory/inventory-schema.js';
import { daySchema } from './day-schema.js';

export const spanSchema = z.strictObject({ start: z.number(), end: z.number() });

export const planWarningSchema = z.strictObject({
  blockId: z.string(),
  /** 不可 task planned on a telework day (a warning, never a refusal). */
  code: z.enum(['notTeleworkable', 'partlyTeleworkable']),
  /** Why, from 業務の棚卸 (a task without one counts as 'other'). */
  reason: z.enum(UNFIT_REASONS),
});

export const recordMetricsSchema = z.strictObject({
  workedMinutes: z.number(),
  breakMinutes: z.number(),
  interruptionCount: z.number(),
  interruptionMinutes: z.number(),
  outsideMinutes: z.number(),
  lateNightMinutes: z.number(),
  holidayWork: z.boolean(),
  needsPermission: z.boolean(),
});

export const dayViewSchema = z.strictObject({
  day: daySchema,
  /** False while the day is only the default plan (nothing saved yet). */
  stored: z.boolean(),
  info: dayInfoSchema,
  /** At least half of the day is away from the office. */
  telework: z.boolean(),
  free: z.array(spanSchema),
  metrics: recordMetricsSchema,
  warnings: z.array(planWarningSchema),
  canUndo: z.boolean(),
});
export type DayView = z.infer<typeof dayViewSchema>;
export type PlanWarning = z.infer<typeof planWarningSchema>;
