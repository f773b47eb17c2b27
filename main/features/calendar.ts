/** calendar:* — national holidays, 年末年始 and the organisation's own days off. */
import { openDocument } from '../persistence/document-repository.js';
import { calendarDocument, createCalendarService } from '../services/calendar-service.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function calendarFeature({ documents }: FeatureContext) {
  const calendar = createCalendarService(openDocument('calendar', calendarDocument, documents));
  const handlers: GroupHandlers<'calendar'> = {
    'calendar:get': ({ year }) => calendar.year(year),
    'calendar:setOrgDays': ({ orgDays }) => calendar.setOrgDays(orgDays),
  };
  return { handlers, calendar };
}
