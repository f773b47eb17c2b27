/** Where a 予定 stands (未着手, 実施中, 完了, 繰越し, 中止), and the two a focus session can leave it in. */
import { z } from 'zod';

export const BLOCK_STATUSES = ['planned', 'inProgress', 'done', 'carriedOver', 'cancelled'] as const;
export const blockStatusSchema = z.enum(BLOCK_STATUSES, { error: 'v.choice' });
export type BlockStatus = z.infer<typeof blockStatusSchema>;

/** After a focus session the block is 完了 or goes on (継続); nothing else is asked there. */
export const FOCUS_OUTCOMES = ['done', 'inProgress'] as const satisfies readonly BlockStatus[];
export const focusOutcomeSchema = z.enum(FOCUS_OUTCOMES, { error: 'v.choice' });
export type FocusOutcome = z.infer<typeof focusOutcomeSchema>;
