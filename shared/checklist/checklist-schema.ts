/**
 * The pre-telework checklist of one telework day: the organisation's items, the paper materials
 * turned into PDFs (path and size checked by main), and the approvals whose dates must not need
 * the office that day.
 */
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date.js';
import { idSchema } from '../ids/id-schema.js';
import type { Language } from '../settings/settings-schema.js';

const label = z.string({ error: 'v.text' }).trim().min(1, { error: 'v.required' }).max(100, { error: 'v.tooLong' });

/** Items, PDFs and approval dates a day's checklist can hold, each. */
export const MAX_CHECKLIST_ENTRIES = 50;

export const checklistItemSchema = z.strictObject({ id: idSchema, label, done: z.boolean() });
export const pdfMaterialSchema = z.strictObject({
  id: idSchema,
  title: label,
  path: z.string().max(4096).nullable(),
  size: z.number().int().min(0).nullable(),
  attachedAt: z.string().nullable(),
});
export const approvalInputSchema = z.strictObject({
  subject: label,
  approver: z.string().max(50, { error: 'v.tooLong' }),
  deadline: localDateSchema,
  plannedDate: localDateSchema,
  paper: z.boolean(),
});
export const approvalSchema = approvalInputSchema.extend({ id: idSchema });

export const dayChecklistSchema = z.strictObject({
  date: localDateSchema,
  items: z.array(checklistItemSchema).max(MAX_CHECKLIST_ENTRIES),
  pdfs: z.array(pdfMaterialSchema).max(MAX_CHECKLIST_ENTRIES),
  approvals: z.array(approvalSchema).max(MAX_CHECKLIST_ENTRIES),
  /** List what is still open in the 始業報告. */
  includeInStartReport: z.boolean(),
});
export type DayChecklist = z.infer<typeof dayChecklistSchema>;
export type ApprovalInput = z.infer<typeof approvalInputSchema>;
export type Approval = z.infer<typeof approvalSchema>;

export const DEFAULT_CHECKLIST_ITEMS = [
  'テレワーク申請',
  '予定表の更新',
  '窓口当番の交代',
  '貸与PC・Wi-Fiルーターの持ち帰り',
  'リモート接続の確認',
  '個人情報を含む資料を持ち出さない',
] as const;

/** The same items for the English UI (used while the template is still the shipped one). */
export const DEFAULT_CHECKLIST_ITEMS_EN = [
  'Telework request filed',
  'Schedule updated',
  'Counter duty handed over',
  'Loaned PC and Wi-Fi router taken home',
  'Remote connection checked',
  'No documents with personal data taken out',
] as const;

/** The template's items, or — while it is the shipped default — the default in the UI language. */
export function checklistItemsFor(items: readonly string[], language: Language): string[] {
  const shipped = [DEFAULT_CHECKLIST_ITEMS, DEFAULT_CHECKLIST_ITEMS_EN].some((d) => d.length === items.length && d.every((x, i) => x === items[i]));
  if (!shipped) return [...items];
  return [...(language === 'en' ? DEFAULT_CHECKLIST_ITEMS_EN : DEFAULT_CHECKLIST_ITEMS)];
}

export const approvalConflictSchema = z.strictObject({
  approvalId: z.string(),
  kind: z.enum(['paperOnTelework', 'deadlineOnTelework']),
  /** The latest in-office working day on or before the deadline, if any. */
  suggestedDate: z.string().nullable(),
});
export type ApprovalConflict = z.infer<typeof approvalConflictSchema>;

export const checklistViewSchema = z.strictObject({
  checklist: dayChecklistSchema,
  stored: z.boolean(),
  telework: z.boolean(),
  /** PDFs attached earlier whose file is gone (or no longer a PDF). */
  missingPdfs: z.array(z.string()),
  conflicts: z.array(approvalConflictSchema),
  done: z.number(),
  total: z.number(),
});
export type ChecklistView = z.infer<typeof checklistViewSchema>;

/** Pure: which approvals need the office on a telework day, and which day would suit instead. */
export function approvalConflicts(approvals: readonly Approval[], isTelework: (date: string) => boolean, inOfficeDayOnOrBefore: (date: string) => string | null): ApprovalConflict[] {
  const out: ApprovalConflict[] = [];
  for (const a of approvals) {
    if (a.paper && isTelework(a.plannedDate)) out.push({ approvalId: a.id, kind: 'paperOnTelework', suggestedDate: inOfficeDayOnOrBefore(a.deadline) });
    if (isTelework(a.deadline)) out.push({ approvalId: a.id, kind: 'deadlineOnTelework', suggestedDate: inOfficeDayOnOrBefore(a.deadline) });
  }
  return out;
}
