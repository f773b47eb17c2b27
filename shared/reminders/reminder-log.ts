/**
 * The day's reminder log: every reminder that came due, how it was shown, snoozed and done.
 * The end report and the exports read it (e.g. 電子決裁確認 done at 11:02 and 14:41).
 */
import { z } from 'zod';
import { reminderKindSchema } from './reminder-plan.js';

export const reminderEventSchema = z.strictObject({
  type: z.enum(['shown', 'caughtUp', 'notificationFailed', 'snoozed', 'done']),
  /** ISO instant. */
  at: z.string(),
  /** Snooze length in minutes. */
  minutes: z.number().int().optional(),
});
export type ReminderEvent = z.infer<typeof reminderEventSchema>;

export const reminderEntrySchema = z.strictObject({
  id: z.string().max(200),
  kind: reminderKindSchema,
  /** Minutes since midnight it was due. */
  due: z.number().int().min(0).max(1439),
  label: z.string().max(200),
  span: z.string().max(20),
  /** Raised late, as part of one catch-up summary (after sleep, a clock jump, or a closed app). */
  missed: z.boolean(),
  /** Epoch ms until which it is snoozed, or null. */
  snoozedUntil: z.number().nullable(),
  doneAt: z.string().nullable(),
  events: z.array(reminderEventSchema).max(100),
});
export type ReminderEntry = z.infer<typeof reminderEntrySchema>;

export const reminderLogSchema = z.strictObject({
  date: z.string(),
  entries: z.array(reminderEntrySchema).max(500),
});
export type ReminderLog = z.infer<typeof reminderLogSchema>;

export const reminderStateSchema = z.strictObject({
  date: z.string(),
  /** Shown and waiting for the user: not done, not snoozed into the future. */
  due: z.array(reminderEntrySchema),
  log: z.array(reminderEntrySchema),
});
export type ReminderState = z.infer<typeof reminderStateSchema>;
