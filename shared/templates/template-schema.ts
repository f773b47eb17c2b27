/** A saved day ("資料作成の日", "研修の日"): hours and blocks, applied to any date. */
import { z } from 'zod';
import { blockKindSchema, dayHoursSchema, findOverlap } from '../day/day-schema.js';
import { idSchema } from '../ids/id-schema.js';
import { clockTimeSchema, toMinutes } from '../time/clock-time.js';

export const templateBlockSchema = z
  .strictObject({
    start: clockTimeSchema,
    end: clockTimeSchema,
    title: z.string().min(1).max(100),
    kind: blockKindSchema,
    inventoryId: idSchema.nullable(),
  })
  .refine((b) => !clockTimeSchema.safeParse(b.start).success || !clockTimeSchema.safeParse(b.end).success || toMinutes(b.end) > toMinutes(b.start), {
    path: ['end'],
    error: 'v.blockEndBeforeStart',
  });

export const templateSchema = z
  .strictObject({
    id: idSchema,
    name: z.string({ error: 'v.text' }).trim().min(1, { error: 'v.required' }).max(50, { error: 'v.tooLong' }),
    hours: dayHoursSchema,
    blocks: z.array(templateBlockSchema).max(96),
  })
  .refine((t) => !findOverlap(t.blocks), { path: ['blocks'], error: 'v.blockOverlap' });
export type DayTemplate = z.infer<typeof templateSchema>;
