/** The two times of the work record the user sets: 始業 and 終業. */
import { z } from 'zod';

export const RECORD_TIMES = ['start', 'end'] as const;
export const recordTimeSchema = z.enum(RECORD_TIMES, { error: 'v.choice' });
export type RecordTime = z.infer<typeof recordTimeSchema>;
