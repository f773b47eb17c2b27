/**
 * The reminder scheduler. It keeps no clock of its own: on every wake-up it asks the Clock for the
 * time (and the TimeZoneSource whether the OS zone changed), recomputes the reminders from the
 * stored plan, raises what came due since its previous look, and arms one timer for the nearest
 * next one — at most a minute ahead, so a wall-clock jump or a time-zone change is noticed within
 * a minute even if the OS never says so.
 *
 * What is due is decided by instants, not by "is its minute past": a reminder is raised when its
 * instant lies between the previous look and now. So a block created or moved into the past is
 * simply not due (it was already past at the previous look), while everything that came due
 * while the machine slept, the process was frozen, the clock jumped forward or the app was closed
 * (the previous look is kept on disk) is raised as ONE catch-up summary, never as a burst. What
 * was raised is stored per day, so a restart or a clock set back never raises it again.
 *
 * Nothing inside a wake-up may stop the scheduler: an error is logged and the next wake-up is
 * armed all the same; the stored log is kept within its bound where entries are added.
 */
import { type LocalDate, addDays } from '../../shared/calendar/local-date.js';
import { type ReminderEntry, type ReminderLog, type ReminderState, boundReminderLog } from '../../shared/reminders/reminder-log.js';
import { type PlannedReminder, planReminders, reminderWithdrawn } from '../../shared/reminders/reminder-plan.js';
import { fromMinutes } from '../../shared/time/clock-time.js';
import { clockText } from '../../shared/time/time-text.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { EventBus } from '../ports/event-bus.js';
import { UserError } from './user-error.js';
import type { DocumentRepository } from '../persistence/document-repository.js';
import type { MonthlyRepository } from '../persistence/monthly-repository.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Notifier, PowerEvents } from '../ports/notifier.js';
import { type TimeZoneChange, type TimeZoneSource, fixedTimeZone } from '../ports/time-zone.js';
import type { CalendarService } from './calendar-service.js';
import type { DayService } from './day-service.js';
import type { ReminderCheckpoint } from './reminder-checkpoint.js';
import type { SettingsService } from './settings-service.js';

const MINUTE = 60_000;
/** Raised before the end of the minute after its own, a reminder is on time; later ones are caught up. */
const ON_TIME_MS = 2 * MINUTE;
/** The longest the scheduler sleeps without looking at the wall clock again. */
const HEARTBEAT_MS = MINUTE;
/** The checkpoint is written at least this often while nothing else happens. */
const CHECKPOINT_EVERY_MS = 5 * MINUTE;
/** A wake-up this much later than planned is worth a line in the log (sleep, freeze, clock change). */
const NOTABLE_GAP_MS = 30_000;

export interface ReminderDeps {
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  power: PowerEvents;
  logs: MonthlyRepository<ReminderLog>;
  /** When the scheduler last looked (kept on disk, so a closed app is caught up like a sleeping one). */
  checkpoint: DocumentRepository<ReminderCheckpoint>;
  zone?: TimeZoneSource;
  logger: Logger;
  days: DayService;
  calendar: CalendarService;
  settings: SettingsService;
  bus: EventBus;
  t: () => TranslateFn;
}

type Cause = 'start' | 'timer' | 'resume' | 'change' | 'action';

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

/** A minute of a local date as a wall-clock reading (epoch ms of the same reading in UTC). */
function wallOfMinute(date: LocalDate, minute: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, Math.floor(minute / 60), minute % 60);
}

/** What the wall clock reads at an instant, in the zone the process computes in now. */
const wallOf = (ms: number) => ms - new Date(ms).getTimezoneOffset() * MINUTE;
const dateOfWall = (wall: number): LocalDate => new Date(wall).toISOString().slice(0, 10);

/** Durations for the process log (read by IT, not shown to staff). */
const span = (ms: number) => {
  const s = Math.round(Math.abs(ms) / 1000);
  return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
};

export function createReminderService(deps: ReminderDeps) {
  const zone = deps.zone ?? fixedTimeZone;
  let cancelTimer: (() => void) | undefined;
  /** The previous look at the clock (loaded from disk at start). */
  let lastCheck: ReminderCheckpoint['lastCheck'] = null;
  /** What the checkpoint file holds. */
  let persisted: ReminderCheckpoint['lastCheck'] = null;
  /** The armed wake-up: when (wall and monotonic) and for how long, to explain a late one. */
  let armed: { wall: number; mono: number | undefined; wait: number } | undefined;
  let started = false;

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
  const text = (r: { kind: PlannedReminder['kind']; due: number }) => deps.t()(`reminders.notify.${r.kind}`, { time: clockText(fromMinutes(r.due)) });

  /**
   * A reminder the day's state no longer wants (its report sent, 終業 recorded, an 出勤 day): it
   * leaves the banner and is not shown again after a snooze. Its log entry stays as it was (a
   * withdrawn 電子決裁・供覧の確認 is not a check made).
   */
  const withdrawnOn = (date: LocalDate) => {
    // The day is read once per date, not once per entry (a log can hold hundreds).
    const day = deps.days.get(date).day;
    const settings = deps.settings.get().reminders;
    return (e: ReminderEntry) => reminderWithdrawn(e.kind, day, settings);
  };

  /**
   * What of a day decides which reminders are withdrawn (reports sent, 終業 recorded, 勤務形態), as
   * text: a day change that leaves it alone (a 予定 moved, a key held down) changes no banner.
   */
  const withdrawingFacts = new Map<LocalDate, string>();
  const withdrawingChanged = (date: LocalDate) => {
    const day = deps.days.get(date).day;
    const facts = JSON.stringify([day.reports.map((r) => r.kind), day.record.end !== null, day.workStyle]);
    const changed = withdrawingFacts.get(date) !== facts;
    withdrawingFacts.set(date, facts);
    return changed;
  };

  const dueOn = (date: LocalDate, entries: readonly ReminderEntry[], now: number) => {
    const waiting = entries.filter((e) => e.doneAt === null && (e.snoozedUntil === null || e.snoozedUntil <= now));
    if (waiting.length === 0) return waiting;
    const withdrawn = withdrawnOn(date);
    return waiting.filter((e) => !withdrawn(e));
  };

  const state = (date: LocalDate): ReminderState => {
    const now = deps.clock.now();
    const log = logOf(date);
    // Today's banner also holds yesterday's unfinished ones (a catch-up at 0:03 for 23:58 shows them).
    const yesterday = addDays(date, -1);
    const carried = date === dateOfWall(wallOf(now)) ? dueOn(yesterday, logOf(yesterday).entries, now) : [];
    return { date, due: [...carried, ...dueOn(date, log.entries, now)], log: log.entries, omitted: log.omitted ?? 0 };
  };

  /**
   * Why this look comes when it does, for the process log (no titles, no personal data), and the
   * reason a catch-up gets. The wall clock is compared with the monotonic one the timers run on:
   * wall time that passed beyond monotonic time is a clock set forward (or, where the monotonic
   * clock stops in suspend, a sleep the OS did not announce); monotonic time beyond the armed wait
   * is a late wake-up (a sleep, or a frozen process).
   */
  const explain = (cause: Cause, now: number, previous: number | null, zoneChange: TimeZoneChange | undefined) => {
    const lines: string[] = [];
    let reason: string | undefined;
    const note = (line: string, why: string) => {
      lines.push(`reminders: ${line}`);
      reason ??= why;
    };
    if (zoneChange) note(`time zone changed from ${zoneChange.from} to ${zoneChange.to}`, `the time zone changed (${zoneChange.from} → ${zoneChange.to})`);
    if (cause === 'start') {
      if (previous === null) note('first start, nothing before now is reminded', 'first start');
      else note(`started; the last check on record was ${span(now - previous)} ago (${iso(previous)})`, 'the app was closed');
      return { lines, reason };
    }
    if (cause === 'resume' && previous !== null) note(`resumed after sleep; ${span(now - previous)} since the last check`, 'sleep');
    if (previous !== null && now < previous - NOTABLE_GAP_MS) {
      note(`wall clock moved back by ${span(previous - now)}`, 'the clock moved back');
    } else if (armed && cause !== 'resume') {
      const mono = deps.timers.monotonic?.();
      const wallElapsed = now - armed.wall;
      const monoElapsed = mono !== undefined && armed.mono !== undefined ? mono - armed.mono : wallElapsed;
      if (wallElapsed - monoElapsed >= NOTABLE_GAP_MS) note(`wall clock moved forward by ${span(wallElapsed - monoElapsed)} (or the machine was suspended)`, 'the clock moved forward');
      if (cause === 'timer' && monoElapsed - armed.wait >= NOTABLE_GAP_MS) note(`woke ${span(monoElapsed - armed.wait)} late (the machine slept or the process was frozen)`, 'a late wake-up');
    }
    return { lines, reason };
  };

  const check = (cause: Cause) => {
    const now = deps.clock.now();
    const why = explain(cause, now, lastCheck?.at ?? null, zone.sync());
    for (const line of why.lines) deps.logger.info(line);
    const wall = wallOf(now);
    const previous = lastCheck;
    // Due: what the wall clock passed since the previous look. Nothing before the first look (a
    // fresh install), nothing twice after the clock or the zone moved back; at most since yesterday.
    // The first look covers its own minute: a reminder due this very minute is not "before".
    const from = previous === null ? wall - (wall % MINUTE) - 1 : Math.min(previous.wall, wall);
    const today = dateOfWall(wall);
    const yesterday = addDays(today, -1);
    const firstDate = dateOfWall(from) < yesterday ? yesterday : dateOfWall(from);

    const newEntry = (r: PlannedReminder): ReminderEntry => ({ id: r.id, kind: r.kind, due: r.at, label: r.label, span: r.span, missed: false, snoozedUntil: null, doneAt: null, events: [] });
    const touched = new Map<LocalDate, ReminderLog>();
    const onTime: { date: LocalDate; entry: ReminderEntry }[] = [];
    const missed: { date: LocalDate; entry: ReminderEntry }[] = [];
    for (let date = firstDate; date <= today; date = addDays(date, 1)) {
      const log = logOf(date);
      const known = new Set(log.entries.map((e) => e.id));
      for (const r of plan(date)) {
        const at = wallOfMinute(date, r.at);
        if (known.has(r.id) || at <= from || at > wall) continue;
        (wall - at < ON_TIME_MS ? onTime : missed).push({ date, entry: newEntry(r) });
      }
      touched.set(date, log);
    }
    // Yesterday's log too: a reminder snoozed across midnight comes back.
    for (const date of [yesterday, today]) if (!touched.has(date)) touched.set(date, logOf(date));
    const changed = new Set<LocalDate>();

    // Each reminder goes into the log of its own day (one due at 23:59 and raised at 0:00 too).
    for (const { date, entry } of onTime) {
      const shown = deps.notifier.show({ title: deps.t()('app.title'), body: text(entry), view: viewOf(entry) });
      entry.events.push({ type: shown ? 'shown' : 'notificationFailed', at: iso(now) });
      touched.get(date)!.entries.push(entry);
      changed.add(date);
    }
    if (missed.length > 0) {
      const first = missed[0]!.entry;
      const shown = deps.notifier.show({
        title: deps.t()('app.title'),
        body: deps.t()(missed.length === 1 ? 'reminders.notify.catchUpOne' : 'reminders.notify.catchUp', { count: missed.length, first: text(first) }),
        view: 'today',
      });
      for (const { date, entry } of missed) {
        entry.missed = true;
        entry.events.push({ type: 'caughtUp', at: iso(now) });
        if (!shown) entry.events.push({ type: 'notificationFailed', at: iso(now) });
        touched.get(date)!.entries.push(entry);
        changed.add(date);
      }
      const kinds = [...new Set(missed.map((m) => m.entry.kind))].join(', ');
      deps.logger.info(`reminders: caught up ${missed.length} in one notification (${kinds}); cause: ${why.reason ?? 'a late wake-up'}`);
    }
    // Snoozed ones whose time has come are shown again.
    for (const date of [yesterday, today]) {
      let withdrawn: ((e: ReminderEntry) => boolean) | undefined;
      for (const entry of touched.get(date)!.entries) {
        if (entry.snoozedUntil !== null && entry.snoozedUntil <= now && entry.doneAt === null) {
          entry.snoozedUntil = null;
          changed.add(date);
          withdrawn ??= withdrawnOn(date);
          if (withdrawn(entry)) continue; // e.g. its report was sent meanwhile: back in the log, not on screen
          const shown = deps.notifier.show({ title: deps.t()('app.title'), body: text(entry), view: viewOf(entry) });
          entry.events.push({ type: shown ? 'shown' : 'notificationFailed', at: iso(now) });
          changed.add(date);
        }
      }
    }
    for (const date of changed) save(date, touched.get(date)!);
    lastCheck = { at: now, wall };
    // On disk: after anything was raised, a plan change (a block moved into the past must not
    // look missed after a restart), a clock set back, and otherwise every few minutes — not on
    // every heartbeat. A slightly older checkpoint only widens the span looked at after a
    // restart, and whatever came due in it is already in the log.
    const stale = persisted === null || wall < persisted.wall || now - persisted.at >= CHECKPOINT_EVERY_MS;
    if (changed.size > 0 || cause !== 'timer' || stale) {
      deps.checkpoint.save({ lastCheck });
      persisted = lastCheck;
    }
  };

  /** Every write of a log goes through the bound, so no amount of use makes it invalid. */
  const save = (date: LocalDate, log: ReminderLog) => {
    log.entries.sort((a, b) => a.due - b.due);
    const bounded = boundReminderLog(log);
    if (bounded.omitted !== log.omitted) deps.logger.info(`reminders: the log of ${date} reached its bound; ${bounded.omitted} older entries left out`);
    deps.logs.put(date, bounded);
    deps.bus.emit('reminder:changed', { date });
  };

  const arm = () => {
    cancelTimer?.();
    const now = deps.clock.now();
    const candidates = [now + HEARTBEAT_MS];
    try {
      const wall = wallOf(now);
      const date = dateOfWall(wall);
      const minute = Math.floor((wall - wallOfMinute(date, 0)) / MINUTE);
      const log = logOf(date);
      const fired = new Set(log.entries.map((e) => e.id));
      const nextPlanned = plan(date).find((r) => r.at > minute && !fired.has(r.id));
      if (nextPlanned) candidates.push(now + (wallOfMinute(date, nextPlanned.at) - wall));
      for (const e of [...logOf(addDays(date, -1)).entries, ...log.entries]) if (e.snoozedUntil !== null && e.doneAt === null) candidates.push(e.snoozedUntil);
    } catch (error) {
      deps.logger.error('reminders: could not work out the next reminder; looking again in a minute', error);
    }
    const wait = Math.max(0, Math.min(...candidates) - now);
    armed = { wall: now, mono: deps.timers.monotonic?.(), wait };
    cancelTimer = deps.timers.setTimeout(() => tick('timer'), wait);
  };

  const tick = (cause: Cause) => {
    if (!started) return;
    try {
      check(cause);
    } catch (error) {
      // A damaged plan, a full disk, a bug: say so, and keep every later reminder of the day.
      deps.logger.error(`reminders: a check (${cause}) failed; the scheduler keeps running`, error);
    }
    arm();
  };

  const update = (id: string, change: (e: ReminderEntry, now: number) => void): ReminderState => {
    const now = deps.clock.now();
    const date = id.slice(0, 10);
    const log = logOf(date);
    const entry = log.entries.find((e) => e.id === id);
    if (!entry) throw new UserError('invalid_input', 'reminders.gone');
    change(entry, now);
    save(date, log);
    tick('action');
    // The banner shows today's state, which carries yesterday's unfinished ones: answering with the
    // entry's own day (yesterday) would replace today's banner with yesterday's.
    const today = dateOfWall(wallOf(deps.clock.now()));
    if (date !== today) deps.bus.emit('reminder:changed', { date: today });
    return state(today);
  };

  /**
   * An app updated from a version without the checkpoint file: the latest event in the logs of
   * today and yesterday is the last time it certainly looked, so the morning's reminders missed
   * while it was closed are still caught up. No such event: a fresh start.
   */
  const lastLookFromLogs = (): ReminderCheckpoint['lastCheck'] => {
    const today = dateOfWall(wallOf(deps.clock.now()));
    const times = [addDays(today, -1), today].flatMap((d) => logOf(d).entries.flatMap((e) => e.events.map((ev) => Date.parse(ev.at))));
    const at = Math.max(...times.filter((t) => Number.isFinite(t)));
    return Number.isFinite(at) ? { at, wall: wallOf(at) } : null;
  };

  let unsubscribe: (() => void)[] = [];

  return {
    /** Begins scheduling: recomputes on plan and settings changes, on resume, and by its own timer. */
    start() {
      if (started) return;
      started = true;
      try {
        lastCheck = deps.checkpoint.load().lastCheck ?? lastLookFromLogs();
        persisted = lastCheck;
      } catch (error) {
        deps.logger.error('reminders: the last check time could not be read; starting from now', error);
      }
      unsubscribe = [
        deps.bus.subscribe((event, payload) => {
          if (event === 'day:changed' || event === 'settings:changed') tick('change');
          // A report sent, 終業 recorded or the work style changed may withdraw shown reminders:
          // the banners of that day (and of the next, which also shows its eve's) look again.
          if (event === 'day:changed') {
            const { date } = payload as { date: LocalDate };
            if (withdrawingChanged(date)) for (const d of [date, addDays(date, 1)]) deps.bus.emit('reminder:changed', { date: d });
          }
        }),
        deps.power.onResume(() => tick('resume')),
      ];
      tick('start');
    },
    /** Recompute now (used by the shells on wake-ups they learn about, and by tests). */
    recompute: () => tick('resume'),
    state,
    snooze: (id: string, minutes: number) =>
      update(id, (e, now) => {
        e.snoozedUntil = now + minutes * MINUTE;
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
