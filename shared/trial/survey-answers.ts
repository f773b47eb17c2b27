/**
 * The staff member's own survey answers (issue #17), kept in their data folder (survey-answers.json):
 * one entry per trial and occasion — answered (with the consent the person chose) or declined —
 * and what `survey:state` tells the window (the survey, which occasion is due, what was done).
 *
 * Where answers go: 'named' answers travel in the JSON report file (report-document `survey`);
 * 'anonymous' ones only in the separate answer file (`anonymousAnswerFileSchema`), never in a
 * report file or any other export.
 */
import { z } from 'zod';
import { type LocalDate, addDays, localDateSchema } from '../calendar/local-date.js';
import { answerFileIdSchema, shortIdSchema, surveyAnswerSchema, surveyOccasionSchema, surveySchema } from './trial-schema.js';

export const SURVEY_CONSENTS = ['named', 'anonymous'] as const;
export const surveyConsentSchema = z.enum(SURVEY_CONSENTS, { error: 'survey.consentRequired' });
export type SurveyConsent = z.infer<typeof surveyConsentSchema>;

/** How long after the period's end the 'end' occasion stays open. */
export const SURVEY_END_OPEN_DAYS = 28;

/**
 * The last day the trial concerns the staff member: the period's end + SURVEY_END_OPEN_DAYS (the
 * survey's 'end' occasion closes then). After it, the trial is no longer shown on Today, the week
 * view or 前日の準備, nor the survey offered or in the menu.
 */
export const trialShownUntil = (trial: { end: LocalDate }): LocalDate => addDays(trial.end, SURVEY_END_OPEN_DAYS);

const instant = z.iso.datetime({ offset: true });

export const surveyEntrySchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('answered'),
    trialId: shortIdSchema,
    surveyId: shortIdSchema,
    occasion: surveyOccasionSchema,
    consent: surveyConsentSchema,
    answeredAt: instant,
    answers: z.array(surveyAnswerSchema).max(20),
    /** Anonymous answers: the random id their answer file carries (the same each time it is saved). */
    fileId: answerFileIdSchema.optional(),
  }),
  z.strictObject({
    status: z.literal('declined'),
    trialId: shortIdSchema,
    surveyId: shortIdSchema,
    occasion: surveyOccasionSchema,
    declinedAt: instant,
  }),
]);
export type SurveyEntry = z.infer<typeof surveyEntrySchema>;

/** The stored document (without its schemaVersion): a few entries per trial, never growing without bound. */
export const surveyAnswersSchema = z.strictObject({ entries: z.array(surveyEntrySchema).max(200) });
export type SurveyAnswers = z.infer<typeof surveyAnswersSchema>;

export const surveyStateSchema = z.strictObject({
  /** The trial in the settings (from the organisation file), or null. */
  trial: z.strictObject({ id: shortIdSchema, name: z.string(), start: localDateSchema, end: localDateSchema }).nullable(),
  /** Its survey, or null when there is no trial or the trial has none. */
  survey: surveySchema.nullable(),
  /**
   * Whether this person is asked at all on this date: their 所属 is a target 課 of the trial (a blank
   * 所属 counts, as for trial:progress) and the survey's window (trialShownUntil) has not passed.
   * When false, nothing is due, no occasion is open, and the window shows neither the offer nor アンケート.
   */
  asked: z.boolean(),
  /** The occasion to offer now (open, neither answered nor declined), or null. */
  due: surveyOccasionSchema.nullable(),
  /** Each occasion: whether it can be answered on this date, and what was done about it. */
  occasions: z.array(z.strictObject({ occasion: surveyOccasionSchema, open: z.boolean(), entry: surveyEntrySchema.nullable() })),
});
export type SurveyState = z.infer<typeof surveyStateSchema>;

export const surveyAnswerInputSchema = z.strictObject({
  date: localDateSchema,
  occasion: surveyOccasionSchema,
  consent: surveyConsentSchema,
  answers: z.array(surveyAnswerSchema).max(20, { error: 'v.tooMany' }),
});
export type SurveyAnswerInput = z.infer<typeof surveyAnswerInputSchema>;
