/** day:* — the day's plan: blocks, hours, work style, undo and carry-over. */
import { createDayRepository } from '../persistence/day-repository.js';
import type { CalendarService } from '../services/calendar-service.js';
import { createDayService } from '../services/day-service.js';
import type { InventoryLookup } from '../services/inventory-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function dayFeature({ documents, ports, bus }: FeatureContext, deps: { calendar: CalendarService; settings: SettingsService; inventory: InventoryLookup }) {
  const days = createDayService({ days: createDayRepository(documents), ...deps, clock: ports.clock, newId: ports.newId, bus });
  const handlers: GroupHandlers<'day'> = {
    'day:get': ({ date }) => days.get(date),
    'day:saveBlock': ({ date, id, block }) => days.saveBlock(date, id, block),
    'day:deleteBlock': ({ date, id }) => days.deleteBlock(date, id),
    'day:setHours': ({ date, hours }) => days.setHours(date, hours),
    'day:setWorkStyle': ({ date, workStyle }) => days.setWorkStyle(date, workStyle),
    'day:undo': ({ date }) => days.undo(date),
    'day:carryOver': ({ date, blockIds }) => days.carryOver(date, blockIds),
  };
  return { handlers, days };
}
