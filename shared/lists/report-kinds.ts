/** The reports to the 所属長 (始業報告 / 終業報告 / 中断報告 / 再開報告) and the ways one is sent. */
import { z } from 'zod';

export const REPORT_KINDS = ['start', 'end', 'pause', 'resume'] as const;
export const reportKindSchema = z.enum(REPORT_KINDS, { error: 'v.choice' });
export type ReportKind = z.infer<typeof reportKindSchema>;

export const SEND_METHODS = ['clipboard', 'mail', 'eml', 'webhook'] as const;
export const sendMethodSchema = z.enum(SEND_METHODS, { error: 'v.choice' });
export type SendMethod = z.infer<typeof sendMethodSchema>;
