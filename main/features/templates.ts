/** template:* — a day's plan saved under a name and applied to another date. */
import { openDocument } from '../persistence/document-repository.js';
import type { DayService } from '../services/day-service.js';
import { createTemplateService, templatesDocument } from '../services/template-service.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function templatesFeature({ documents, ports }: FeatureContext, days: DayService) {
  const templates = createTemplateService(openDocument('templates', templatesDocument, documents), days, ports.newId);
  const handlers: GroupHandlers<'template'> = {
    'template:list': () => templates.list(),
    'template:save': ({ date, name }) => templates.saveFromDay(date, name),
    'template:delete': ({ id }) => templates.remove(id),
    'template:apply': ({ date, id }) => templates.apply(date, id),
  };
  return { handlers, templates };
}
