/** week:get — the week around a date, each day summed up. */
import type { DayService } from '../services/day-service.js';
import { createWeekService } from '../services/week-service.js';
import type { GroupHandlers } from './feature-context.js';

export function weekFeature(days: DayService) {
  const week = createWeekService(days);
  const handlers: GroupHandlers<'week'> = { 'week:get': ({ date }) => week.get(date) };
  return { handlers };
}
