/** The tray (no channels): kept current while the app runs, when the shell has one. */
import type { DayService } from '../services/day-service.js';
import type { FocusService } from '../services/focus-service.js';
import type { ReminderService } from '../services/reminder-service.js';
import { startTrayService } from '../services/tray-service.js';
import type { FeatureContext, Running } from './feature-context.js';

export function trayFeature({ ports, timers, bus, t }: FeatureContext, deps: { days: DayService; reminders: ReminderService; focus: FocusService }): { running: Running } {
  return {
    running: {
      start(tray) {
        if (!tray) return () => {};
        return startTrayService({ tray, days: deps.days, reminders: deps.reminders, focus: deps.focus.state, clock: ports.clock, timers, bus, t });
      },
    },
  };
}
