/**
 * The reminder scheduler: how long recomputing a busy day's reminders takes, and how late a due
 * reminder reaches the notifier with REAL timers (Node's setTimeout through systemTimers).
 *
 * Reminders are due on the minute, so waiting for a real one could take up to a minute. Instead
 * the app's clock runs a constant offset ahead of the machine's (real time passing, real timers),
 * placed so that a block starts LEAD_MS after the app starts: the scheduler arms its own timer and
 * the bench records when the notifier is called.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemTimers } from '../../main/adapters/system-clock.js';
import type { NotificationRequest } from '../../main/ports/notifier.js';
import type { Clock } from '../../main/ports/clock.js';
import { planReminders } from '../../shared/reminders/reminder-plan.js';
import type { Settings } from '../../shared/settings/settings-schema.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import type { Bench } from './bench.js';
import { benchApp, call } from './bench-app.js';
import { type Summary, fmtSummary, summarize, table } from './stats.js';
import { BUSY_DATE, BUSY_STARTS, storeBusyDay } from './twelve-block-day.js';

const PLAN_BATCH = 100; // calls per sample: one call takes microseconds, below the timer's useful resolution
const PLAN_SAMPLES = 201;
const WAKE_SAMPLES = 101;
const WARMUP = 20;
/** Block starts to wait for (09:00, 09:45, 10:00, 10:45, 11:30), one app each. */
const DELIVERY_REPS = 5;
const LEAD_MS = 1500;

// Budgets from the performance issue.
const RECOMPUTE_BUDGET_MS = 1;
const LATE_BUDGET_MS = 1000;

const verdict = (ok: boolean) => (ok ? 'met' : 'OVER');
const fixed = (hh: number, mm: number): Clock => ({ now: () => localTime(hh * 60 + mm) });
/** Local wall-clock time on the busy day, as the scheduler reads it (the process's time zone). */
const localTime = (minutes: number) => {
  const [y, m, d] = BUSY_DATE.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60).getTime();
};
const fmtUs = (s: Summary) => `${(s.median * 1000).toFixed(1)} µs (${(s.min * 1000).toFixed(1)}–${(s.max * 1000).toFixed(1)})`;

async function recomputeFigures(dir: string, rows: string[][]): Promise<void> {
  const app = benchApp(dir, fixed(10, 50));
  const view = await storeBusyDay(app);
  const settings = await call<Settings>(app, 'settings:get', undefined);
  const input = { day: view.day, info: view.info, settings: settings.reminders, nextTeleworkDay: '2026-11-26' };
  const planned = planReminders(input).length;

  // The pure recompute: what every scheduler wake-up does for the day (per call, from batches).
  const plan: number[] = [];
  let sink = 0;
  for (let i = 0; i < WARMUP + PLAN_SAMPLES; i++) {
    const t0 = performance.now();
    for (let j = 0; j < PLAN_BATCH; j++) sink += planReminders(input).length;
    if (i >= WARMUP) plan.push((performance.now() - t0) / PLAN_BATCH);
  }
  if (sink !== (WARMUP + PLAN_SAMPLES) * PLAN_BATCH * planned) throw new Error('the plan changed between runs');

  // A whole wake-up as the running app does it on a plan change: the bus event, reading the
  // stored day and the reminder log, planning today and arming the next timer (timers are no-ops).
  const stop = app.start();
  const wake: number[] = [];
  try {
    for (let i = 0; i < WARMUP + WAKE_SAMPLES; i++) {
      const t0 = performance.now();
      app.bus.emit('day:changed', { date: BUSY_DATE });
      if (i >= WARMUP) wake.push(performance.now() - t0);
    }
  } finally {
    stop();
  }
  const p = summarize(plan);
  rows.push(
    [`recompute a 12-block day's reminders: planReminders (${planned} reminders; n=${PLAN_SAMPLES} batches of ${PLAN_BATCH})`, fmtUs(p), `<= ${RECOMPUTE_BUDGET_MS} ms: ${verdict(p.median <= RECOMPUTE_BUDGET_MS)}`],
    [`scheduler wake-up on day:changed, app running (n=${WAKE_SAMPLES})`, fmtSummary(summarize(wake)), '(informative: includes reading the day and the reminder log)'],
  );
}

/** Starts an app whose clock is LEAD_MS before `start`, and measures how late the reminder is raised. */
async function lateness(dir: string, start: string): Promise<number> {
  const due = localTime(toMinutes(start));
  let offset = 0;
  let armed = false;
  let delivered: (at: number) => void = () => {};
  const arrived = new Promise<number>((resolve, reject) => {
    delivered = resolve;
    setTimeout(() => reject(new Error(`no reminder for ${start} within 10 s`)), LEAD_MS + 10_000).unref();
  });
  const notifier = {
    show(_: NotificationRequest) {
      if (armed) delivered(Date.now() + offset);
      return true;
    },
  };
  offset = due - LEAD_MS - Date.now();
  const app = benchApp(dir, { now: () => Date.now() + offset }, { timers: systemTimers, notifier });
  const stop = app.start(); // raises earlier reminders as one catch-up at once, then arms the timer
  armed = true;
  try {
    return (await arrived) - due;
  } finally {
    stop();
  }
}

async function deliveryFigures(dir: string, rows: string[][]): Promise<void> {
  await storeBusyDay(benchApp(dir, fixed(8, 0))); // a folder of its own: no reminder of the day raised yet
  const late: number[] = [];
  for (const start of BUSY_STARTS.slice(1, 1 + DELIVERY_REPS)) late.push(await lateness(dir, start));
  const s = summarize(late);
  rows.push([
    `due reminder delivered late by, real timers (n=${DELIVERY_REPS}; block starts ${LEAD_MS} ms after app start)`,
    `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`,
    `<= ${LATE_BUDGET_MS} ms (worst): ${verdict(s.max <= LATE_BUDGET_MS)}`,
  ]);
}

export const schedulerBench: Bench = {
  name: `scheduler: reminders of a 12-block day (${BUSY_DATE}), median (min–max)`,
  async run() {
    const dirs = [1, 2].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'techo-bench-scheduler-')));
    try {
      const rows: string[][] = [];
      await recomputeFigures(dirs[0]!, rows);
      await deliveryFigures(dirs[1]!, rows);
      console.log(table(['figure', 'median (min–max)', 'budget'], rows));
      console.log(
        '\nplanReminders is the recompute every wake-up does (plan change, resume, heartbeat); the wake-up row adds the reads around it.' +
          ' Lateness: the time the notifier was called minus the reminder\'s minute, on Node\'s own timers.',
      );
    } finally {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
