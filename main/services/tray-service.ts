/** Keeps the tray current: on every plan or reminder change, and once a minute for "time left". */
import { localDateOf, localMinutesOf } from '../../shared/calendar/local-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { EventBus } from '../ports/event-bus.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { TrayPort } from '../ports/tray.js';
import type { DayService } from './day-service.js';
import type { ReminderService } from './reminder-service.js';
import { trayState } from './tray-state.js';
import type { FocusState } from '../../shared/focus/focus-schema.js';

export function startTrayService(deps: { tray: TrayPort; days: DayService; reminders: ReminderService; focus: () => FocusState; clock: Clock; timers: Timers; bus: EventBus; t: () => TranslateFn }) {
  let cancel: (() => void) | undefined;
  const refresh = () => {
    const now = deps.clock.now();
    const date = localDateOf(now);
    deps.tray.update(trayState(deps.days.get(date), localMinutesOf(now), deps.reminders.state(date).due, deps.t(), deps.focus()));
  };
  const loop = () => {
    refresh();
    cancel = deps.timers.setTimeout(loop, 60_000 - (deps.clock.now() % 60_000));
  };
  const off = deps.bus.subscribe((event) => {
    if (event === 'day:changed' || event === 'reminder:changed' || event === 'settings:changed' || event === 'focus:changed') refresh();
  });
  loop();
  return () => {
    cancel?.();
    off();
  };
}
