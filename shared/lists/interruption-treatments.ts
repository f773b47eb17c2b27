/** How a 中抜け counts: as 休憩 (the end of work moves later) or as 年休(時間単位). The organisation decides. */
import { z } from 'zod';

export const INTERRUPTION_TREATMENTS = ['break', 'hourlyLeave'] as const;
export const interruptionTreatmentSchema = z.enum(INTERRUPTION_TREATMENTS, { error: 'v.choice' });
export type InterruptionTreatment = z.infer<typeof interruptionTreatmentSchema>;
