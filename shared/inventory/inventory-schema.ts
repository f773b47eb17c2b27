/**
 * 業務の棚卸: the user's recurring tasks, each marked テレワーク可 / 一部可 / 不可 with the reason
 * (個人情報, 窓口, 基幹システム, 紙資料, その他). Blocks can be made from an entry.
 */
import { z } from 'zod';
import { blockKindSchema } from '../lists/block-kinds.js';
import { idSchema } from '../ids/id-schema.js';

export const TELEWORK_FITNESS = ['yes', 'partial', 'no'] as const;
export const UNFIT_REASONS = ['personalInfo', 'counter', 'coreSystem', 'paper', 'other'] as const;

const inventoryShape = {
  title: z.string({ error: 'v.text' }).trim().min(1, { error: 'v.required' }).max(100, { error: 'v.tooLong' }),
  kind: blockKindSchema,
  telework: z.enum(TELEWORK_FITNESS, { error: 'v.choice' }),
  /** Why it is 一部可 / 不可; null for テレワーク可. */
  reason: z.enum(UNFIT_REASONS, { error: 'v.choice' }).nullable(),
  /** Usual length in minutes, used when a block is made from the entry. */
  minutes: z.number({ error: 'v.taskMinutes' }).int({ error: 'v.taskMinutes' }).min(5, { error: 'v.taskMinutes' }).max(720, { error: 'v.taskMinutes' }),
  note: z.string({ error: 'v.text' }).max(500, { error: 'v.tooLong' }),
};

function reasonWhenUnfit(t: { telework: string; reason: string | null }, ctx: z.RefinementCtx) {
  if (t.telework !== 'yes' && t.reason === null) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'v.reasonRequired' });
}

export const inventoryInputSchema = z.strictObject(inventoryShape).superRefine(reasonWhenUnfit);
export const inventoryItemSchema = z.strictObject({ id: idSchema, ...inventoryShape }).superRefine(reasonWhenUnfit);
export type InventoryInput = z.infer<typeof inventoryInputSchema>;
export type InventoryItem = z.infer<typeof inventoryItemSchema>;
