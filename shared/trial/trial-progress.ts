/**
 * What `trial:progress` answers: where the user stands in the organisation's telework trial (試行)
 * on a date — telework days had in the period (counted by trial-days.ts), what is left of the rule,
 * the working days left in the period and the next day the user could telework on. Today, the week
 * view and 前日の準備 show it; main computes it (main/services/trial-progress-service.ts).
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date.js';

export const TRIAL_STATUSES = ['notStarted', 'running', 'ended'] as const;

export const trialProgressSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    start: localDateSchema,
    end: localDateSchema,
    minDays: z.number().int(),
    /** Telework days in the period, up to and including the date, on which 始業 was recorded. */
    teleworkDays: z.number().int(),
    /** How many more such days the rule asks for: max(0, minDays − teleworkDays). */
    remaining: z.number().int(),
    /** Telework days already planned from the date to the period's end that do not count yet (始業 not recorded). */
    plannedDays: z.number().int(),
    /** Working days (not a weekend, 祝日 or the organisation's day off) from the date to the period's end, the date included. */
    daysLeft: z.number().int(),
    /** 'ended': after the period, until trialShownUntil (later, trial:progress answers null). */
    status: z.enum(TRIAL_STATUSES),
    /** Whether the user's 所属 is one of the trial's target 課 (a blank 所属 counts as a target: the app cannot tell). */
    target: z.boolean(),
    /**
     * The next working day after the date, inside the period, that is not already a telework day —
     * only while the rule is not met by the days had and the days planned, and only for a target.
     */
    suggestedDate: localDateSchema.nullable(),
  })
  /** null: no trial in the settings, or its survey window after the end (trialShownUntil) has passed. */
  .nullable();
export type TrialProgress = NonNullable<z.infer<typeof trialProgressSchema>>;
