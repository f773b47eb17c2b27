/**
 * The reminder scheduler. It keeps no clock of its own: on every wake-up it asks the Clock for the
 * local date and minute, recomputes the day's reminders from the stored plan, raises what is due,
 * and arms one timer for the nearest next one — at most a minute ahead, so a wall-clock jump or a
 * time-zone change is noticed within a minute even if the OS never says so. Everything that came
 * due while the machine slept or the app was closed is raised as ONE catch-up summary, never as a
 * burst. What was raised is stored per day, so a restart or a clock set back never raises it again.
 */
import { type LocalDate, localDateOf, localMinutesOf } from '../../shared/calendar/local-date.js';
import type { ReminderEntry, ReminderLog, ReminderState } from '../../shared/reminders/reminder-log.js';
import { type PlannedReminder, planReminders } from '../../shared/reminders/reminder-plan.js';
import { fromMinutes } from '../../shared/time/clock-time.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { EventBus } from '../ipc/event-bus.js';
import { UserError } from '../ipc/user-error.js';
import type { MonthlyRepository } from '../persistence/monthly-repository.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { Notifier, PowerEvents } from '../ports/notifier.js';
import type { CalendarService } from './calendar-service.js';
import type { DayService } from './day-service.js';
import type { SettingsService } from './settings-service.js';

/** A reminder raised within this many minutes of its time is on time; later ones are caught up. */
const GRACE_MINUTES = 1;
/** The longest the scheduler sleeps without looking at the wall clock again. */
const HEARTBEAT_MS = 60_000;

export interface ReminderDeps {
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  power: PowerEvents;
  logs: MonthlyRepository<ReminderLog>;
  days: DayService;
  calendar: CalendarService;
  settings: SettingsService;
  bus: EventBus;
  t: () => TranslateFn;
}

/** The checklist reminder opens the checklist of the telework day it is about. */
const viewOf = (e: { kind: PlannedReminder['kind']; label: string }) => (e.kind === 'checklist' ? `checklist/${e.label}` : VIEW[e.kind]);

const VIEW: Record<PlannedReminder['kind'], string> = {
  startReport: 'report/start',
  endReport: 'report/end',
  approval: 'today',
  blockStart: 'today',
  blockEnd: 'today',
  break: 'today',
  checklist: 'checklist',
};

export function createReminderService(deps: ReminderDeps) {
  let cancelTimer: (() => void) | undefined;
  /** The date of the previous wake-up: a sleep across midnight also catches up the day before. */
  let lastDate: LocalDate | undefined;

  const iso = (ms: number) => new Date(ms).toISOString();
  const logOf = (date: LocalDate): ReminderLog => deps.logs.get(date) ?? { date, entries: [] };

  const plan = (date: LocalDate): PlannedReminder[] => {
    const view = deps.days.get(date);
    const next = deps.calendar.nextWorkday(date);
    const nextView = deps.days.get(next);
    return planReminders({
      day: view.day,
      info: view.info,
      settings: deps.settings.get().reminders,
      nextTeleworkDay: nextView.telework ? next : undefined,
    });
  };

  /** Short text for the OS notification: the kind and the time, never a block title. */
  const text = (r: { kind: PlannedReminder['kind']; due: number }) => deps.t()(`reminders.notify.${r.kind}`, { time: fromMinutes(r.due) });

  const isDue = (e: ReminderEntry, now: number) => e.doneAt === null && (e.snoozedUntil === null || e.snoozedUntil <= now);

  const state = (date: LocalDate): ReminderState => {
    const now = deps.clock.now();
    const log = logOf(date);
    return { date, due: log.entries.filter((e) => isDue(e, now)), log: log.entries };
  };

  const tick = () => {
    if (!started) return;
    const now = deps.clock.now();
    const date = localDateOf(now);
    const minute = localMinutesOf(now);
    const log = logOf(date);
    let changed = false;
    const onTime: ReminderEntry[] = [];
    const missed: ReminderEntry[] = [];
    const newEntry = (r: PlannedReminder): ReminderEntry => ({ id: r.id, kind: r.kind, due: r.at, label: r.label, span: r.span, missed: false, snoozedUntil: null, doneAt: null, events: [] });

    // The day before, when the machine slept (or the clock jumped) across midnight.
    const previous = lastDate !== undefined && lastDate < date ? lastDate : undefined;
    lastDate = date;
    const previousMissed: ReminderEntry[] = [];
    if (previous) {
      const prevLog = logOf(previous);
      const prevKnown = new Set(prevLog.entries.map((e) => e.id));
      for (const r of plan(previous)) if (!prevKnown.has(r.id)) previousMissed.push(newEntry(r));
    }

    const known = new Set(log.entries.map((e) => e.id));
    for (const r of plan(date)) {
      if (known.has(r.id) || r.at > minute) continue;
      (minute - r.at <= GRACE_MINUTES ? onTime : missed).push(newEntry(r));
    }

    for (const entry of onTime) {
      const shown = deps.notifier.show({ title: deps.t()('app.title'), body: text(entry), view: viewOf(entry) });
      entry.events.push({ type: shown ? 'shown' : 'notificationFailed', at: iso(now) });
      log.entries.push(entry);
      changed = true;
    }
    if (missed.length + previousMissed.length > 0) {
      const first = (previousMissed[0] ?? missed[0])!;
      const shown = deps.notifier.show({
        title: deps.t()('app.title'),
        body: deps.t()(missed.length + previousMissed.length === 1 ? 'reminders.notify.catchUpOne' : 'reminders.notify.catchUp', {
          count: missed.length + previousMissed.length,
          first: text(first),
        }),
        view: 'today',
      });
      const mark = (entry: ReminderEntry) => {
        entry.missed = true;
        entry.events.push({ type: 'caughtUp', at: iso(now) });
        if (!shown) entry.events.push({ type: 'notificationFailed', at: iso(now) });
      };
      for (const entry of missed) {
        mark(entry);
        log.entries.push(entry);
      }
      if (previous && previousMissed.length > 0) {
        const prevLog = logOf(previous);
        for (const entry of previousMissed) mark(entry);
        prevLog.entries.push(...previousMissed);
        prevLog.entries.sort((a, b) => a.due - b.due);
        deps.logs.put(previous, prevLog);
        deps.bus.emit('reminder:changed', { date: previous });
      }
      changed = true;
    }
    // Snoozed ones whose time has come are shown again.
    for (const entry of log.entries) {
      if (entry.snoozedUntil !== null && entry.snoozedUntil <= now && entry.doneAt === null) {
        entry.snoozedUntil = null;
        const shown = deps.notifier.show({ title: deps.t()('app.title'), body: text(entry), view: viewOf(entry) });
        entry.events.push({ type: shown ? 'shown' : 'notificationFailed', at: iso(now) });
        changed = true;
      }
    }
    if (changed) {
      log.entries.sort((a, b) => a.due - b.due);
      deps.logs.put(date, log);
      deps.bus.emit('reminder:changed', { date });
    }
    arm(now, date, minute, log);
  };

  const arm = (now: number, date: LocalDate, minute: number, log: ReminderLog) => {
    cancelTimer?.();
    const fired = new Set(log.entries.map((e) => e.id));
    const nextPlanned = plan(date).find((r) => r.at > minute && !fired.has(r.id));
    const candidates = [now + HEARTBEAT_MS];
    if (nextPlanned) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      candidates.push(new Date(y, m - 1, d, Math.floor(nextPlanned.at / 60), nextPlanned.at % 60).getTime());
    }
    for (const e of log.entries) if (e.snoozedUntil !== null && e.doneAt === null) candidates.push(e.snoozedUntil);
    const wait = Math.max(0, Math.min(...candidates) - now);
    cancelTimer = deps.timers.setTimeout(tick, wait);
  };

  const update = (id: string, change: (e: ReminderEntry, now: number) => void): ReminderState => {
    const now = deps.clock.now();
    const date = id.slice(0, 10);
    const log = logOf(date);
    const entry = log.entries.find((e) => e.id === id);
    if (!entry) throw new UserError('invalid_input', 'reminders.gone');
    change(entry, now);
    deps.logs.put(date, log);
    deps.bus.emit('reminder:changed', { date });
    if (started) tick();
    return state(date);
  };

  let unsubscribe: (() => void)[] = [];
  let started = false;

  return {
    /** Begins scheduling: recomputes on plan and settings changes, on resume, and by its own timer. */
    start() {
      if (started) return;
      started = true;
      unsubscribe = [
        deps.bus.subscribe((event) => {
          if (event === 'day:changed' || event === 'settings:changed') tick();
        }),
        deps.power.onResume(tick),
      ];
      tick();
    },
    /** Recompute now (used by the shells on wake-ups they learn about, and by tests). */
    recompute: tick,
    state,
    snooze: (id: string, minutes: number) =>
      update(id, (e, now) => {
        e.snoozedUntil = now + minutes * 60_000;
        e.events.push({ type: 'snoozed', at: iso(now), minutes });
      }),
    done: (id: string) =>
      update(id, (e, now) => {
        e.doneAt ??= iso(now);
        e.snoozedUntil = null;
        e.events.push({ type: 'done', at: iso(now) });
      }),
    stop() {
      started = false;
      cancelTimer?.();
      for (const off of unsubscribe) off();
      unsubscribe = [];
    },
  };
}
export type ReminderService = ReturnType<typeof createReminderService>;
