/** Day templates (templates.json): save a day's plan under a name, apply it to another date. */
import type { LocalDate } from '../../shared/calendar/local-date.js';
import type { DayView } from '../../shared/day/day-view.js';
import { type DayTemplate, templateSchema } from '../../shared/templates/template-schema.js';
import { emptyFocus } from '../../shared/day/day-schema.js';
import { UserError } from './user-error.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import { listDocument } from '../persistence/list-document.js';
import type { NewId } from '../ports/ids.js';
import type { DayService } from './day-service.js';

type Templates = { templates: DayTemplate[] };

export const templatesDocument: DocumentType<Templates> = listDocument('templates', templateSchema, 100);

export function createTemplateService(repo: DocumentRepository<Templates>, days: DayService, newId: NewId) {
  const find = (id: string) => {
    const t = repo.load().templates.find((x) => x.id === id);
    if (!t) throw new UserError('invalid_input', 'day.templateGone');
    return t;
  };
  return {
    list: () => repo.load().templates,
    /** Saves the plan of `date` as a template; a template with the same name is replaced. */
    saveFromDay(date: LocalDate, name: string): DayTemplate[] {
      const { day } = days.get(date);
      const template: DayTemplate = {
        id: newId(),
        name: name.trim(),
        hours: day.hours,
        blocks: day.blocks.map(({ start, end, title, kind, inventoryId }) => ({ start, end, title, kind, inventoryId })),
      };
      const others = repo.load().templates.filter((t) => t.name !== template.name);
      return repo.save({ templates: [...others, template] }).templates;
    },
    /** Replaces every template at once (organisation defaults import). */
    replaceAll(list: Omit<DayTemplate, 'id'>[]): DayTemplate[] {
      return repo.save({ templates: list.map((t) => ({ ...t, id: newId() })) }).templates;
    },
    remove(id: string): DayTemplate[] {
      find(id);
      return repo.save({ templates: repo.load().templates.filter((t) => t.id !== id) }).templates;
    },
    /** Replaces the date's plan with the template's (undoable like any edit). */
    apply(date: LocalDate, id: string): DayView {
      const t = find(id);
      return days.replaceBlocks(
        date,
        t.blocks.map((b) => ({ ...b, id: newId(), status: 'planned', note: '', focus: emptyFocus() })),
        t.hours,
      );
    },
  };
}
export type TemplateService = ReturnType<typeof createTemplateService>;
