/** A saved day ("資料作成の日", "研修の日"): hours and blocks, applied to any date. */
import { z } from 'zod';
import { blocksDoNotOverlap, dayHoursSchema, templateBlockSchema } from '../day/day-schema.js';
import { idSchema } from '../ids/id-schema.js';

export const templateNameSchema = z.string({ error: 'v.text' }).trim().min(1, { error: 'v.required' }).max(50, { error: 'v.tooLong' });

const templateShape = {
  name: templateNameSchema,
  hours: dayHoursSchema,
  blocks: z.array(templateBlockSchema).max(96),
};

/** A template as the organisation's defaults file carries it (main assigns the id on import). */
export const templateInputSchema = z.strictObject(templateShape).superRefine(blocksDoNotOverlap);

export const templateSchema = z.strictObject({ id: idSchema, ...templateShape }).superRefine(blocksDoNotOverlap);
export type DayTemplate = z.infer<typeof templateSchema>;
