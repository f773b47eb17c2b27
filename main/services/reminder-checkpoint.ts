/**
 * When the scheduler last looked at the clock, kept on disk. Reminders that come due between two
 * looks are raised; the span since the last look decides what was really missed. Keeping it on
 * disk makes a closed app the same as a sleeping one: at start, the time since the last look
 * (across midnight too) gives one catch-up — and a fresh install, with no last look, none at all.
 */
import { z } from 'zod';
import type { DocumentType } from '../persistence/document-repository.js';

export interface ReminderCheckpoint {
  /**
   * The scheduler's last look at the clock, or null before its first one: `at` in epoch ms (to
   * explain gaps in the log) and `wall`, the local wall-clock time then, as epoch ms of that same
   * reading in UTC. Reminders are due by the wall clock, so a time-zone change or a clock set
   * forward catches up what the wall clock skipped, and one set back raises nothing twice.
   */
  lastCheck: { at: number; wall: number } | null;
}

export const reminderCheckpointDocument: DocumentType<ReminderCheckpoint> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({ lastCheck: z.strictObject({ at: z.number().int(), wall: z.number().int() }).nullable() }),
  defaults: () => ({ lastCheck: null }),
};

/** The file name (without .json) in the data folder. Machine-local like the notices: not exported. */
export const REMINDER_CHECKPOINT = 'scheduler';
