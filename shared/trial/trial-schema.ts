/**
 * The organisation's telework trial (試行) and its survey, as 総務課 writes them in the organisation
 * defaults file (issue #17). The staff app keeps the imported trial in its settings (`trial`), shows
 * how many telework days the user has had in the period, and offers the survey; 総務課's
 * organisation view and `org-summary` read the same definition to count participation.
 *
 * Strings are one line (they become headings, CSV cells and sheet cells); ids are short ASCII so a
 * survey answer can name its question without repeating the question's words.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date.js';
import { singleLine } from '../validation/single-line-text.js';

const line = (max: number) =>
  singleLine(z.string({ error: 'v.text' }).trim().min(1, { error: 'v.required' }).max(max, { error: 'v.tooLong' }));
/** A short ASCII id: letters, digits, "-" and "_" (e.g. "r8-trial", "q1"). */
export const shortIdSchema = z.string({ error: 'v.text' }).regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'v.shortId' });

/** The 5-point scale every `scale` question uses (1 = the low label … 5 = the high label). */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;
export const MAX_FREE_TEXT = 1000;

export const surveyQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('scale'),
    id: shortIdSchema,
    text: line(200),
    /** The words at each end: 「そう思わない」…「そう思う」. */
    low: line(40),
    high: line(40),
  }),
  z.strictObject({
    type: z.literal('choice'),
    id: shortIdSchema,
    text: line(200),
    options: z
      .array(line(80))
      .min(2, { error: 'v.options' })
      .max(12, { error: 'v.options' })
      .refine((o) => new Set(o).size === o.length, { error: 'v.duplicateOption' }),
    /** More than one option may be chosen. */
    multiple: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('text'),
    id: shortIdSchema,
    text: line(200),
  }),
]);
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveySchema = z
  .strictObject({
    id: shortIdSchema,
    title: line(100),
    /** A line or two shown above the questions (why 総務課 asks, how answers are used). */
    intro: z.string().trim().max(400, { error: 'v.tooLong' }).default(''),
    questions: z.array(surveyQuestionSchema).min(1, { error: 'v.required' }).max(20, { error: 'v.tooMany' }),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'v.duplicateId' });
      seen.add(q.id);
    });
  });
export type Survey = z.infer<typeof surveySchema>;

export const trialSchema = z
  .strictObject({
    id: shortIdSchema,
    /** 「令和8年度 テレワーク試行」 */
    name: line(100),
    start: localDateSchema,
    end: localDateSchema,
    /** The target 課 (as staff write 所属); empty = every 課. */
    departments: z.array(line(100)).max(200).default([]),
    /** The rule: at least this many telework days in the period. */
    minDays: z.number({ error: 'v.minDays' }).int({ error: 'v.minDays' }).min(1, { error: 'v.minDays' }).max(100, { error: 'v.minDays' }),
    /** The 役職 that count as managers (管理職), compared with each person's 役職 as written. */
    managerTitles: z.array(line(50)).max(30).default([]),
    survey: surveySchema.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.end < t.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'v.trialEnd' });
  });
export type Trial = z.infer<typeof trialSchema>;

/** One answer: a point of the scale, the chosen options (by their words), or free text. */
export const surveyAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('scale'), questionId: shortIdSchema, value: z.number().int().min(1).max(5) }),
  z.strictObject({ type: z.literal('choice'), questionId: shortIdSchema, chosen: z.array(z.string().max(80)).max(12) }),
  z.strictObject({ type: z.literal('text'), questionId: shortIdSchema, text: z.string().max(MAX_FREE_TEXT, { error: 'v.tooLong' }) }),
]);
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** When the survey is offered: after the first telework day in the period, and at the period's end. */
export const SURVEY_OCCASIONS = ['firstDay', 'end'] as const;
export const surveyOccasionSchema = z.enum(SURVEY_OCCASIONS);
export type SurveyOccasion = z.infer<typeof surveyOccasionSchema>;

/**
 * One completed survey. Inside a named report file it carries the instant it was answered; in an
 * anonymous answer file it carries nothing that could tie it to a person or a report (no name,
 * 職員番号, 所属, 役職, not even the instant).
 */
export const surveyResponseSchema = z.strictObject({
  trialId: shortIdSchema,
  surveyId: shortIdSchema,
  occasion: surveyOccasionSchema,
  answers: z.array(surveyAnswerSchema).max(20),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

export const namedSurveyResponseSchema = surveyResponseSchema.extend({ answeredAt: z.iso.datetime({ offset: true }) });
export type NamedSurveyResponse = z.infer<typeof namedSurveyResponseSchema>;

/**
 * Anonymous answers are compiled only once at least this many are read: with fewer, an answer could
 * be told from the totals minus the named answers (who answered is known from who teleworked).
 */
export const MIN_ANONYMOUS_RESPONSES = 5;

/** The id of one answer file: random, derived from nothing (not the person, the answers or the time). */
export const answerFileIdSchema = z.string({ error: 'v.text' }).regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'v.answerFileId' });

/**
 * The anonymous answer file a staff member exports and hands to 総務課 beside (not inside) the report:
 * one response, and a random id so the same file copied twice is counted once (its name carries the
 * id too, so files of different people never overwrite each other in a shared folder).
 */
export const SURVEY_ANSWERS_FORMAT = 'telework-techo/survey-answers';
export const anonymousAnswerFileSchema = z.strictObject({
  format: z.literal(SURVEY_ANSWERS_FORMAT),
  version: z.literal(1),
  id: answerFileIdSchema,
  responses: z.array(surveyResponseSchema).length(1, { error: 'v.oneResponse' }),
});
export type AnonymousAnswerFile = z.infer<typeof anonymousAnswerFileSchema>;
