/**
 * The daily-report document: what a staff member exports and the supervisor view (and the CLI's
 * validate/aggregate) imports. Versioned; its JSON Schema is generated from this zod schema at
 * build time (dist/schemas/daily-report.schema.json) and shipped with the app.
 */
import { z } from 'zod';
import { dayInfoSchema } from '../calendar/day-kind.js';
import { blockSchema, sentReportSchema, workRecordSchema, workStyleSchema } from '../day/day-schema.js';
import { recordMetricsSchema } from '../day/day-view.js';
import { clockTimeSchema } from '../time/clock-time.js';
import { namedSurveyResponseSchema } from '../trial/trial-schema.js';

export const REPORT_FORMAT = 'telework-techo/daily-report';
/**
 * 2 (issue #17): the staff member's 役職 and the survey answers they chose to hand in with their name.
 * A version 1 file (neither) is still read.
 */
export const REPORT_VERSION = 2;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reportDaySchema = z.strictObject({
  date,
  /** 令和7年(2025年)6月2日(月) */
  wareki: z.string(),
  fiscalYear: z.number().int(),
  // Without nameEn: report files stay readable by earlier versions (the English name follows from the date).
  info: dayInfoSchema.omit({ nameEn: true }),
  telework: z.boolean(),
  workStyle: workStyleSchema,
  // Real clock times: the supervisor recomputes time outside hours from them.
  scheduled: z.strictObject({ start: clockTimeSchema, end: clockTimeSchema }),
  record: workRecordSchema,
  metrics: recordMetricsSchema,
  blocks: z.array(blockSchema),
  reports: z.array(sentReportSchema),
  /** When each 電子決裁確認 reminder was marked done (ISO instants). */
  approvalChecks: z.array(z.string()),
});
export type ReportDay = z.infer<typeof reportDaySchema>;

export const reportDocumentSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(REPORT_VERSION)]),
  // A real instant: the supervisor view shows it beside each version of a day (it never decides between them).
  generatedAt: z.iso.datetime({ offset: true }),
  generator: z.string(),
  staff: z.strictObject({ staffId: z.string(), name: z.string(), department: z.string(), title: z.string().optional() }),
  from: date,
  to: date,
  days: z.array(reportDaySchema).max(3700),
  /**
   * Survey answers of the organisation's trial the staff member agreed to hand in with their name.
   * Answers given anonymously never appear here: they travel in a separate answer file.
   */
  survey: z.array(namedSurveyResponseSchema).max(10).optional(),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
