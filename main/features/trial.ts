/** trial:* — the organisation's telework trial (試行) seen from the staff member's side. */
import type { CalendarService } from '../services/calendar-service.js';
import type { DayService } from '../services/day-service.js';
import type { SettingsService } from '../services/settings-service.js';
import { createTrialProgressService } from '../services/trial-progress-service.js';
import type { GroupHandlers } from './feature-context.js';

export function trialFeature(deps: { settings: SettingsService; calendar: CalendarService; days: DayService }) {
  const trial = createTrialProgressService(deps);
  const handlers: GroupHandlers<'trial'> = { 'trial:progress': ({ date }) => trial.progress(date) };
  return { handlers, trial };
}
