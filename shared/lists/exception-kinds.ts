/** The exceptions the 所属長の確認画面 lists (only these; an ordinary day shows nothing). */
import { z } from 'zod';

export const EXCEPTION_KINDS = ['outsideHours', 'lateNight', 'holidayWork', 'longInterruption', 'missingPermission'] as const;
export const exceptionKindSchema = z.enum(EXCEPTION_KINDS);
export type ExceptionKind = z.infer<typeof exceptionKindSchema>;
