/**
 * The pre-telework checklist per telework day. Items start from the template (the organisation's
 * defaults file or the user's own); PDFs are chosen through the OS dialog and checked here, and
 * re-checked whenever the checklist is shown, so a file deleted later is flagged.
 */
import path from 'node:path';
import { z } from 'zod';
import { addDays, localDateOf } from '../../shared/calendar/local-date.js';
import {
  MAX_CHECKLIST_ENTRIES,
  type ApprovalInput,
  type ChecklistView,
  DEFAULT_CHECKLIST_ITEMS,
  checklistItemsFor,
  type DayChecklist,
  approvalConflicts,
} from '../../shared/checklist/checklist-schema.js';
import type { EventBus } from '../ports/event-bus.js';
import { UserError } from './user-error.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import type { MonthlyRepository } from '../persistence/monthly-repository.js';
import type { Clock } from '../ports/clock.js';
import type { FilePicker } from '../ports/file-picker.js';
import type { NewId } from '../ports/ids.js';
import type { PdfFileCheck } from '../ports/pdf-file-check.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { CalendarService } from './calendar-service.js';
import type { DayService } from './day-service.js';

export const checklistTemplateDocument: DocumentType<{ items: string[] }> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({ items: z.array(z.string().trim().min(1).max(100)).max(50) }),
  defaults: () => ({ items: [...DEFAULT_CHECKLIST_ITEMS] }),
};

export interface ChecklistDeps {
  lists: MonthlyRepository<DayChecklist>;
  template: DocumentRepository<{ items: string[] }>;
  days: DayService;
  calendar: CalendarService;
  clock: Clock;
  newId: NewId;
  bus: EventBus;
  filePicker: FilePicker | undefined;
  checkPdf: PdfFileCheck;
  /** The UI language: the shipped default items are offered in it. */
  language: () => Language;
}

export function createChecklistService(deps: ChecklistDeps) {
  const fresh = (date: string): DayChecklist => ({
    date,
    // Stable ids until the first change is stored: viewing a day writes nothing.
    items: checklistItemsFor(deps.template.load().items, deps.language()).map((label, i) => ({ id: `item-${i + 1}`, label, done: false })),
    pdfs: [],
    approvals: [],
    includeInStartReport: false,
  });
  const load = (date: string) => {
    const stored = deps.lists.get(date);
    return { list: stored ?? fresh(date), stored: stored !== undefined };
  };
  const isTelework = (date: string) => deps.days.get(date).telework;
  const inOfficeDayOnOrBefore = (date: string): string | null => {
    for (let d = date, i = 0; i < 31; i++, d = addDays(d, -1)) {
      if (!deps.calendar.info(d).isHoliday && !isTelework(d)) return d;
    }
    return null;
  };

  const view = (date: string): ChecklistView => {
    const { list, stored } = load(date);
    const missingPdfs = list.pdfs.filter((p) => p.path && !deps.checkPdf(p.path).ok).map((p) => p.id);
    const conflicts = approvalConflicts(list.approvals, isTelework, inOfficeDayOnOrBefore);
    const pdfsDone = list.pdfs.filter((p) => p.path && !missingPdfs.includes(p.id)).length;
    const approvalsDone = list.approvals.filter((a) => !conflicts.some((c) => c.approvalId === a.id)).length;
    return {
      checklist: list,
      stored,
      telework: isTelework(date),
      missingPdfs,
      conflicts,
      done: list.items.filter((i) => i.done).length + pdfsDone + approvalsDone,
      total: list.items.length + list.pdfs.length + list.approvals.length,
    };
  };

  const change = (date: string, fn: (list: DayChecklist) => void): ChecklistView => {
    const { list } = load(date);
    const next = structuredClone(list);
    fn(next);
    // The stored list holds at most MAX_CHECKLIST_ENTRIES of each; say so instead of failing on save.
    if ([next.items, next.pdfs, next.approvals].some((xs) => xs.length > MAX_CHECKLIST_ENTRIES)) {
      throw new UserError('invalid_input', ['checklist.tooMany', { max: MAX_CHECKLIST_ENTRIES }]);
    }
    deps.lists.put(date, next);
    deps.bus.emit('checklist:changed', { date });
    return view(date);
  };
  const find = <T extends { id: string }>(items: T[], id: string): T => {
    const found = items.find((x) => x.id === id);
    if (!found) throw new UserError('invalid_input', 'day.blockGone');
    return found;
  };

  /** The next telework day from `today` (today included), for the checklist's default date. */
  const nextTeleworkDay = (today: string): string => {
    for (let d = today, i = 0; i < 62; i++, d = addDays(d, 1)) if (isTelework(d)) return d;
    return addDays(today, 1);
  };

  return {
    view,
    /** No date: the checklist to prepare now, the next telework day's by main's clock. */
    viewOrNext: (date: string | null) => view(date ?? nextTeleworkDay(localDateOf(deps.clock.now()))),
    setItemDone: (date: string, id: string, done: boolean) => change(date, (l) => void (find(l.items, id).done = done)),
    addItem: (date: string, label: string) => change(date, (l) => void l.items.push({ id: deps.newId(), label, done: false })),
    removeItem: (date: string, id: string) =>
      change(date, (l) => {
        find(l.items, id);
        l.items = l.items.filter((i) => i.id !== id);
      }),
    setIncludeInStartReport: (date: string, include: boolean) => change(date, (l) => void (l.includeInStartReport = include)),
    /** Makes this day's item labels the template for new days. */
    saveAsTemplate(date: string): string[] {
      return deps.template.save({ items: load(date).list.items.map((i) => i.label) }).items;
    },
    replaceTemplate: (items: string[]) => deps.template.save({ items }).items,
    templateItems: () => deps.template.load().items,
    addPdf: (date: string, title: string) => change(date, (l) => void l.pdfs.push({ id: deps.newId(), title, path: null, size: null, attachedAt: null })),
    async attachPdf(date: string, id: string): Promise<ChecklistView | { cancelled: true }> {
      if (!deps.filePicker) throw new UserError('invalid_input', 'checklist.noPicker');
      const chosen = await deps.filePicker.pickPdf();
      if (!chosen) return { cancelled: true };
      const check = deps.checkPdf(chosen);
      if (!check.ok) throw new UserError('invalid_input', [`checklist.pdf.${check.reason}`, { name: path.basename(chosen) }]);
      return change(date, (l) => {
        const pdf = find(l.pdfs, id);
        pdf.path = chosen;
        pdf.size = check.size;
        pdf.attachedAt = new Date(deps.clock.now()).toISOString();
      });
    },
    removePdf: (date: string, id: string) =>
      change(date, (l) => {
        find(l.pdfs, id);
        l.pdfs = l.pdfs.filter((p) => p.id !== id);
      }),
    saveApproval: (date: string, id: string | null, input: ApprovalInput) =>
      change(date, (l) => {
        if (id === null) l.approvals.push({ ...input, id: deps.newId() });
        else Object.assign(find(l.approvals, id), input);
      }),
    removeApproval: (date: string, id: string) =>
      change(date, (l) => {
        find(l.approvals, id);
        l.approvals = l.approvals.filter((a) => a.id !== id);
      }),
    /** Open items for the start report, or [] when the user did not ask for them. */
    openItemsForReport(date: string): string[] {
      const stored = deps.lists.get(date);
      if (!stored?.includeInStartReport) return [];
      const v = view(date);
      return [
        ...stored.items.filter((i) => !i.done).map((i) => i.label),
        ...stored.pdfs.filter((p) => !p.path || v.missingPdfs.includes(p.id)).map((p) => `PDF: ${p.title}`),
      ];
    },
  };
}
export type ChecklistService = ReturnType<typeof createChecklistService>;
