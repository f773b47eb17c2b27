/**
 * Where a 予定 stands (未着手, 実施中, 完了, 未完了, 繰越し, 繰越済み, 中止), and the two a focus session can leave it in.
 * 未完了 and 繰越し are what the user marks at the end of the day: carry-over (day:carryOver) moves
 * exactly those to the next working day and marks each moved one 繰越済み on its own day, a status
 * of its own so a report, an export or the 所属長 never counts a moved 予定 as one left undone.
 */
import { z } from 'zod';

export const BLOCK_STATUSES = ['planned', 'inProgress', 'done', 'unfinished', 'carriedOver', 'carried', 'cancelled'] as const;
export const blockStatusSchema = z.enum(BLOCK_STATUSES, { error: 'v.choice' });
export type BlockStatus = z.infer<typeof blockStatusSchema>;

/** After a focus session the block is 完了 or goes on (継続); nothing else is asked there. */
export const FOCUS_OUTCOMES = ['done', 'inProgress'] as const satisfies readonly BlockStatus[];
export const focusOutcomeSchema = z.enum(FOCUS_OUTCOMES, { error: 'v.choice' });
export type FocusOutcome = z.infer<typeof focusOutcomeSchema>;

/** The statuses carry-over takes when no blocks are named: 未完了 and 繰越し. */
export const TO_CARRY: readonly BlockStatus[] = ['unfinished', 'carriedOver'];

/**
 * Whether a 予定 is still part of its day's plan: not 中止, and not moved to the next working day
 * (繰越済み — its copy there is the one planned). Counts, calendars and the now strip use this.
 */
export const onThePlan = (status: BlockStatus): boolean => status !== 'cancelled' && status !== 'carried';
