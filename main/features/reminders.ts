/** reminder:* — the scheduler that raises 始業・終業・決裁 and block reminders, and its log. */
import { reminderLogMonthDocument } from '../data/document-catalog.js';
import { openDocument } from '../persistence/document-repository.js';
import { createMonthlyRepository } from '../persistence/monthly-repository.js';
import { keepUnsavedInMemory } from '../persistence/unsaved-in-memory.js';
import type { CalendarService } from '../services/calendar-service.js';
import type { DayService } from '../services/day-service.js';
import { REMINDER_CHECKPOINT, reminderCheckpointDocument } from '../services/reminder-checkpoint.js';
import { createReminderService } from '../services/reminder-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { FeatureContext, GroupHandlers, Running } from './feature-context.js';

export function remindersFeature(ctx: FeatureContext, deps: { days: DayService; calendar: CalendarService; settings: SettingsService }) {
  const { ports, documents } = ctx;
  // The scheduler's own writes may be refused by the disk; it keeps going on what it holds in memory.
  const logs = keepUnsavedInMemory(createMonthlyRepository('reminders', reminderLogMonthDocument, documents), (log) => log.date, ports.logger);
  const reminders = createReminderService({
    ...deps,
    clock: ports.clock,
    timers: ctx.timers,
    notifier: ports.notifier,
    power: ctx.power,
    logs: logs.repo,
    checkpoint: openDocument(REMINDER_CHECKPOINT, reminderCheckpointDocument, documents),
    ...(ports.timeZone ? { zone: ports.timeZone } : {}),
    logger: ports.logger,
    bus: ctx.bus,
    t: ctx.t,
  });
  const handlers: GroupHandlers<'reminder'> = {
    'reminder:state': ({ date }) => reminders.state(date),
    'reminder:snooze': ({ id, minutes }) => logs.refuseIfUnsaved(() => reminders.snooze(id, minutes)),
    'reminder:done': ({ id }) => logs.refuseIfUnsaved(() => reminders.done(id)),
  };
  const running: Running = {
    start() {
      reminders.start();
      return () => reminders.stop();
    },
  };
  return { handlers, reminders, running };
}
