/**
 * The focus timer, owned by main. It stores timestamps (segments, sleeps, interruptions) and arms
 * one timer for the moment the planned focus time will be reached — recomputed after every change,
 * on resume and at least once a minute, so the end comes at the right wall-clock minute whatever
 * the window or the PC did. At the end it notifies, and adds the minutes and interruptions to the
 * block; the window then asks whether the block is 完了 or continues.
 */
import { z } from 'zod';
import type { Block, FocusStats } from '../../shared/day/day-schema.js';
import type { FocusOutcome } from '../../shared/lists/block-statuses.js';
import { INTERRUPTION_KINDS, type InterruptionKind } from '../../shared/lists/interruption-kinds.js';
import { type FocusSession, type FocusState, focusSessionSchema, focusedMs } from '../../shared/focus/focus-schema.js';
import { localMinutesOf } from '../../shared/calendar/local-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import type { EventBus } from '../ports/event-bus.js';
import { UserError } from './user-error.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { NewId } from '../ports/ids.js';
import type { Notifier, PowerEvents } from '../ports/notifier.js';
import { BlockGoneError, type DayService } from './day-service.js';

export const focusDocument: DocumentType<{ session: FocusSession | null }> = {
  version: 1,
  migrations: [],
  schema: z.strictObject({ session: focusSessionSchema.nullable() }),
  defaults: () => ({ session: null }),
};

const HEARTBEAT_MS = 60_000;
const DEFAULT_MINUTES = 90;

export interface FocusDeps {
  repo: DocumentRepository<{ session: FocusSession | null }>;
  days: DayService;
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  power: PowerEvents;
  bus: EventBus;
  newId: NewId;
  t: () => TranslateFn;
}

export function createFocusService(deps: FocusDeps) {
  let cancel: (() => void) | undefined;
  let unsubscribe: (() => void)[] = [];

  const session = () => deps.repo.load().session;
  const save = (s: FocusSession | null) => {
    deps.repo.save({ session: s });
    deps.bus.emit('focus:changed', { at: deps.clock.now() });
  };

  const state = (): FocusState => {
    const now = deps.clock.now();
    const s = session();
    const focused = s ? Math.min(focusedMs(s, s.finishedAt ?? now), s.plannedMs) : 0;
    return { session: s, asOf: now, focusedMs: focused, remainingMs: s ? Math.max(0, s.plannedMs - focused) : 0 };
  };

  const need = (...statuses: FocusSession['status'][]): FocusSession => {
    const s = session();
    if (!s || !statuses.includes(s.status)) throw new UserError('invalid_input', s ? 'focus.wrongState' : 'focus.none');
    return s;
  };

  /** Closes open segments and sleeps at `at`. */
  const close = (s: FocusSession, at: number) => {
    for (const g of s.segments) g.end ??= at;
    for (const p of s.sleeps) p.end ??= at;
  };

  const finish = (s: FocusSession, endedBy: 'time' | 'stop') => {
    const now = deps.clock.now();
    close(s, now);
    s.status = 'finished';
    s.endedBy = endedBy;
    s.finishedAt = now;
    const minutes = Math.round(Math.min(focusedMs(s, now), s.plannedMs) / 60_000);
    if (s.blockId) {
      const counts = Object.fromEntries(INTERRUPTION_KINDS.map((k) => [k, s.interruptions.filter((i) => i.kind === k).length])) as FocusStats['interruptions'];
      try {
        deps.days.addFocus(s.date, s.blockId, minutes, counts);
      } catch (error) {
        // The block was deleted meanwhile: the session still ends; nothing to add the minutes to.
        // Anything else (a disk that refuses the write, a generation retired by a restore) is not
        // ended here: the session stays as it was, so its minutes are added once the write can be made.
        if (!(error instanceof BlockGoneError)) throw error;
      }
    }
    if (endedBy === 'time') deps.notifier.show({ title: deps.t()('app.title'), body: deps.t()('focus.notifyEnd', { minutes }), view: 'today' });
    save(s);
  };

  const tick = () => {
    cancel?.();
    const s = session();
    if (!s || s.status !== 'running') return;
    const remaining = s.plannedMs - focusedMs(s, deps.clock.now());
    if (remaining <= 0) {
      try {
        return finish(s, 'time');
      } catch (error) {
        // The end could not be stored (see finish): try again in a minute rather than never.
        cancel = deps.timers.setTimeout(tick, HEARTBEAT_MS);
        throw error;
      }
    }
    cancel = deps.timers.setTimeout(tick, Math.min(remaining, HEARTBEAT_MS));
  };

  const change = (fn: (s: FocusSession, now: number) => void, ...statuses: FocusSession['status'][]) => {
    const s = need(...statuses);
    fn(s, deps.clock.now());
    save(s);
    tick();
    return state();
  };

  return {
    state,
    start(input: { date: string; blockId: string | null; minutes: number | null; countSleep: boolean }): FocusState {
      const current = session();
      if (current && current.status !== 'finished') throw new UserError('invalid_input', 'focus.alreadyRunning');
      const now = deps.clock.now();
      const view = deps.days.get(input.date);
      const block: Block | undefined = input.blockId ? view.day.blocks.find((b) => b.id === input.blockId) : undefined;
      if (input.blockId && !block) throw new UserError('invalid_input', 'day.blockGone');
      // Default length: what is left of the block now, else 90 minutes.
      const left = block ? toMinutes(block.end) - Math.max(localMinutesOf(now), toMinutes(block.start)) : 0;
      const minutes = input.minutes ?? (left >= 5 ? left : DEFAULT_MINUTES);
      const s: FocusSession = {
        id: deps.newId(),
        date: input.date,
        blockId: block?.id ?? null,
        title: block?.title ?? deps.t()('focus.free'),
        plannedMs: minutes * 60_000,
        countSleep: input.countSleep,
        segments: [{ start: now, end: null }],
        sleeps: [],
        interruptions: [],
        status: 'running',
        endedBy: null,
        finishedAt: null,
      };
      save(s);
      tick();
      return state();
    },
    pause: () => change((s, now) => ((s.status = 'paused'), close(s, now)), 'running'),
    resume: () => change((s, now) => ((s.status = 'running'), s.segments.push({ start: now, end: null })), 'paused'),
    extend: (minutes: number) => change((s) => (s.plannedMs += minutes * 60_000), 'running', 'paused'),
    interrupt: (kind: InterruptionKind) => change((s, now) => s.interruptions.push({ kind, at: now }), 'running', 'paused'),
    stop(): FocusState {
      finish(need('running', 'paused'), 'stop');
      return state();
    },
    /** After the end: the block is 完了 or continues (継続), with a note; the session is cleared. */
    complete(input: { status: FocusOutcome; note: string }): FocusState {
      const s = need('finished');
      if (s.blockId) deps.days.setBlockOutcome(s.date, s.blockId, input.status, input.note);
      save(null);
      return state();
    },
    /** Begins watching sleep/resume and arms the timer for a session that survived a restart. */
    startScheduling: () => {
      if (unsubscribe.length > 0) return;
      unsubscribe = [
        deps.power.onSuspend(() => {
          const s = session();
          if (s?.status === 'running') {
            s.sleeps.push({ start: deps.clock.now(), end: null });
            save(s);
          }
        }),
        deps.power.onResume(() => {
          const s = session();
          const open = s?.sleeps.find((p) => p.end === null);
          if (s && open) {
            open.end = deps.clock.now();
            save(s);
          }
          tick();
        }),
      ];
      tick();
    },
    stopScheduling: () => {
      cancel?.();
      for (const off of unsubscribe) off();
      unsubscribe = [];
    },
  };
}
export type FocusService = ReturnType<typeof createFocusService>;
