/** The kinds of 通知 the scheduler raises; each reminder id names its kind (date/kind/time[/block]). */
import { z } from 'zod';

export const REMINDER_KINDS = ['startReport', 'endReport', 'approval', 'blockStart', 'blockEnd', 'break', 'checklist'] as const;
export const reminderKindSchema = z.enum(REMINDER_KINDS, { error: 'v.choice' });
export type ReminderKind = z.infer<typeof reminderKindSchema>;
