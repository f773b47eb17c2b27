/**
 * The day's reminder log: every reminder that came due, how it was shown, snoozed and done.
 * The end report and the exports read it (e.g. 電子決裁確認 done at 11:02 and 14:41).
 */
import { z } from 'zod';
import { REMINDER_EVENTS_MAX, REMINDER_LOG_MAX } from './reminder-limits.js';
import { type ReminderKind, reminderKindSchema } from '../lists/reminder-kinds.js';

export { REMINDER_EVENTS_MAX, REMINDER_LOG_MAX };

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
  events: z.array(reminderEventSchema).max(REMINDER_EVENTS_MAX),
});
export type ReminderEntry = z.infer<typeof reminderEntrySchema>;

export const reminderLogSchema = z.strictObject({
  date: z.string(),
  entries: z.array(reminderEntrySchema).max(REMINDER_LOG_MAX),
  /** How many reminders were left out of this log to keep it within its bound. */
  omitted: z.number().int().min(0).optional(),
});
export type ReminderLog = z.infer<typeof reminderLogSchema>;

/** Which reminders give way first when a log is full: block changes and breaks, then the rest. */
const GIVES_WAY: Record<ReminderKind, number> = { blockStart: 0, blockEnd: 0, break: 1, checklist: 2, approval: 3, startReport: 3, endReport: 3 };

/**
 * Keeps a log within its bounds where entries are added, so no amount of editing, snoozing or
 * catching up can ever make the stored document invalid (a throw inside the scheduler's timer
 * would stop every later reminder of the day). What gives way: the oldest finished entries of
 * the least important kinds first; each entry keeps its first event and its latest ones. The
 * number left out is kept, so the log says that it is not complete.
 */
export function boundReminderLog(log: ReminderLog): ReminderLog {
  const entries = log.entries.map((e) =>
    e.events.length <= REMINDER_EVENTS_MAX ? e : { ...e, events: [e.events[0]!, ...e.events.slice(e.events.length - (REMINDER_EVENTS_MAX - 1))] },
  );
  const excess = entries.length - REMINDER_LOG_MAX;
  if (excess <= 0) return { ...log, entries };
  const order = entries
    .map((e, index) => ({ index, rank: GIVES_WAY[e.kind] * 2 + (e.doneAt === null ? 1 : 0), due: e.due }))
    .sort((a, b) => a.rank - b.rank || a.due - b.due || a.index - b.index);
  const drop = new Set(order.slice(0, excess).map((o) => o.index));
  return { ...log, entries: entries.filter((_, i) => !drop.has(i)), omitted: (log.omitted ?? 0) + excess };
}

export const reminderStateSchema = z.strictObject({
  date: z.string(),
  /** Shown and waiting for the user: not done, not snoozed into the future. */
  due: z.array(reminderEntrySchema),
  log: z.array(reminderEntrySchema),
  /** Reminders left out of the stored log to keep it within its bound. */
  omitted: z.number().int().min(0),
});
export type ReminderState = z.infer<typeof reminderStateSchema>;
