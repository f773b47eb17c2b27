/** Where a half day is worked: 在宅勤務 / サテライトオフィス勤務 / モバイル勤務 / 出勤. */
import { z } from 'zod';

export const PLACES = ['home', 'satellite', 'mobile', 'office'] as const;
export const placeSchema = z.enum(PLACES, { error: 'v.choice' });
export type Place = z.infer<typeof placeSchema>;
