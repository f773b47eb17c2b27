/** The exceptions the 所属長の確認画面 lists (only these; an ordinary day shows nothing). */
import { z } from 'zod';

export const EXCEPTION_KINDS = ['outsideHours', 'lateNight', 'holidayWork', 'longInterruption', 'missingPermission', 'figuresMismatch', 'conflict'] as const;
export const exceptionKindSchema = z.enum(EXCEPTION_KINDS);
export type ExceptionKind = z.infer<typeof exceptionKindSchema>;

/** The figures of a day's record (shared/day/day-metrics.ts) a report file states and the supervisor recomputes. */
export const RECORD_METRIC_NAMES = ['workedMinutes', 'breakMinutes', 'interruptionCount', 'interruptionMinutes', 'outsideMinutes', 'lateNightMinutes', 'holidayWork', 'needsPermission'] as const;
export const recordMetricNameSchema = z.enum(RECORD_METRIC_NAMES);
