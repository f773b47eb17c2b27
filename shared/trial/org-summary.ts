/**
 * What 総務課's organisation view and `telework-techo org-summary` show about a telework trial (試行),
 * compiled from a folder of staff report files and anonymous answer files (issue #17). One shape for
 * the window (over IPC), the CLI, the workbook and the printable summary page.
 */
import { z } from 'zod';
import { trialSchema } from './trial-schema.js';

const count = z.number().int().min(0);
const person = z.strictObject({ staffId: z.string(), name: z.string(), department: z.string(), title: z.string() });

/** Participation of a group of staff: who is in it, who has teleworked at least once, who met the rule. */
const participationSchema = z.strictObject({ staff: count, participants: count, metRule: count });

export const orgSummarySchema = z.strictObject({
  /** The trial the figures are counted against. */
  trial: trialSchema,
  files: z.strictObject({
    reports: count,
    answerFiles: count,
    /** Staff in the reports whose 所属 is not a target 課 (not counted). */
    outsideTrial: count,
    rejected: z.array(z.strictObject({ name: z.string(), reason: z.string() })),
  }),
  all: participationSchema,
  managers: participationSchema,
  /** One row per target 課 (in the order of the trial's list; every 課 seen when the trial names none). */
  byDepartment: z.array(
    participationSchema.extend({
      department: z.string(),
      managers: participationSchema,
      teleworkDays: count,
      /** 時間外勤務 in the period, recomputed from the recorded times (all days / telework days). */
      outsideMinutes: count,
      teleworkOutsideMinutes: count,
    }),
  ),
  /** Target staff with no telework day in the period yet. */
  notYet: z.array(person.extend({ manager: z.boolean() })),
  /** 'YYYY-MM' of each month the period touches, in order. */
  months: z.array(z.string()),
  people: z.array(
    person.extend({
      manager: z.boolean(),
      teleworkDays: count,
      /** Telework days per month, in the order of `months`. */
      byMonth: z.array(count),
      outsideMinutes: count,
    }),
  ),
  /** The survey compiled: null when the trial has none. Free text is listed without names. */
  survey: z
    .strictObject({
      surveyId: z.string(),
      title: z.string(),
      responses: count,
      named: count,
      anonymous: count,
      /**
       * Anonymous answers read but not compiled (anywhere: counts, means, options, free text, the
       * split by occasion) because fewer than MIN_ANONYMOUS_RESPONSES were read; 0 when they count.
       */
      withheldAnonymous: count,
      byOccasion: z.strictObject({ firstDay: count, end: count }),
      questions: z.array(
        z.strictObject({
          id: z.string(),
          type: z.enum(['scale', 'choice', 'text']),
          text: z.string(),
          answered: count,
          /** scale: counts of 1…5; choice: counts per option, in the order of the options. */
          labels: z.array(z.string()),
          counts: z.array(count),
          /** scale only: the mean, one decimal; null when nobody answered. */
          average: z.number().nullable(),
          /** text only: every answer, in no order that follows a person. */
          texts: z.array(z.string()),
        }),
      ),
    })
    .nullable(),
});
export type OrgSummary = z.infer<typeof orgSummarySchema>;
