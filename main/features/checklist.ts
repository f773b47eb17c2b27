/** checklist:* — the pre-telework checklist: items, PDFs to take home, approvals to settle first. */
import { checkPdfFile } from '../adapters/pdf-file-check.js';
import { checklistMonthDocument } from '../data/document-catalog.js';
import { openDocument } from '../persistence/document-repository.js';
import { createMonthlyRepository } from '../persistence/monthly-repository.js';
import type { CalendarService } from '../services/calendar-service.js';
import { checklistTemplateDocument, createChecklistService } from '../services/checklist-service.js';
import type { DayService } from '../services/day-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function checklistFeature({ documents, ports, bus }: FeatureContext, deps: { days: DayService; calendar: CalendarService; settings: SettingsService }) {
  const checklists = createChecklistService({
    lists: createMonthlyRepository('checklists', checklistMonthDocument, documents),
    template: openDocument('checklist-template', checklistTemplateDocument, documents),
    days: deps.days,
    calendar: deps.calendar,
    clock: ports.clock,
    newId: ports.newId,
    bus,
    filePicker: ports.filePicker,
    checkPdf: ports.pdfFileCheck ?? checkPdfFile,
    language: () => deps.settings.get().language,
  });
  const handlers: GroupHandlers<'checklist'> = {
    'checklist:get': ({ date }) => checklists.viewOrNext(date),
    'checklist:setItemDone': ({ date, id, done }) => checklists.setItemDone(date, id, done),
    'checklist:addItem': ({ date, label }) => checklists.addItem(date, label),
    'checklist:removeItem': ({ date, id }) => checklists.removeItem(date, id),
    'checklist:setIncludeInStartReport': ({ date, include }) => checklists.setIncludeInStartReport(date, include),
    'checklist:saveAsTemplate': ({ date }) => checklists.saveAsTemplate(date),
    'checklist:addPdf': ({ date, title }) => checklists.addPdf(date, title),
    'checklist:attachPdf': ({ date, id }) => checklists.attachPdf(date, id),
    'checklist:removePdf': ({ date, id }) => checklists.removePdf(date, id),
    'checklist:saveApproval': ({ date, id, approval }) => checklists.saveApproval(date, id, approval),
    'checklist:removeApproval': ({ date, id }) => checklists.removeApproval(date, id),
  };
  return { handlers, checklists };
}
