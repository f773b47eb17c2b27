/**
 * Persistence: records for 5 years of days can be stored, and opening today's plan and saving one
 * edit do not get slower as history grows. Prints the figures for 1 month vs 5 years of history.
 *
 * Every figure is measured on a FRESH app (createApp on the same data folder), so "open" includes
 * reading and validating the month file from disk. The files were just written, so they are in
 * the OS page cache: these are warm-disk figures.
 */
import fs from 'node:fs';
import type { MainApp } from '../../main/app/create-app.js';
import type { DayView } from '../../shared/day/day-view.js';
import type { Bench } from './bench.js';
import { benchApp, call as callApp } from './bench-app.js';
import { type Scenario, TODAY, buildScenario, clock, loadAllHistory } from './history-scenario.js';
import { type Summary, fmtSummary, summarize, table, timed } from './stats.js';

const REPS = 21;
const WARMUP = 3;
const HISTORY_REPS = 9;
const EDITED_BLOCK = 'b1'; // 09:00–09:50, followed by a 10-minute gap

// Budgets from the performance issue.
const OPEN_ALL_BUDGET_MS = 150;
const EDIT_BUDGET_MS = 15;
const EDIT_RATIO_BUDGET = 1.5;

const startApp = (dir: string): MainApp => benchApp(dir, clock);

/** The edited block moves by 5 minutes: forward when it sits at 09:00, back when it sits at 09:05. */
function movedBlock(view: DayView) {
  const b = view.day.blocks.find((x) => x.id === EDITED_BLOCK);
  if (!b) throw new Error(`block ${EDITED_BLOCK} missing from ${TODAY}`);
  const { id: _id, focus: _focus, ...input } = b; // the block form never sends id or focus (kept by main)
  return b.start === '09:00' ? { ...input, start: '09:05', end: '09:55' } : { ...input, start: '09:00', end: '09:50' };
}

/**
 * Saves the settings once (a real data folder has settings.json), then guards the benchmark itself:
 * a file the app refused would be moved aside and the figures would measure an empty day.
 */
async function prepare(s: Scenario): Promise<void> {
  const app = startApp(s.dir);
  await call(app, 'settings:update', await call(app, 'settings:get', undefined));
  const view = await call(app, 'day:get', { date: TODAY });
  if (!view.stored || view.day.blocks.length !== 8) throw new Error(`${s.label}: today's plan was not read from disk`);
  const info = await call<{ notices: unknown[] }>(app, 'app:info', undefined);
  if (info.notices.length > 0) throw new Error(`${s.label}: storage notices: ${JSON.stringify(info.notices)}`);
  const all = loadAllHistory(s);
  if (all.length !== s.daysStored) throw new Error(`${s.label}: read ${all.length} days, wrote ${s.daysStored}`);
}

interface Samples {
  cold: number[];
  open: number[];
  save: number[];
  history: number[];
}

/** One repetition: cold start on one fresh app; open then save on another fresh app. */
async function repetition(s: Scenario, into: Samples | undefined): Promise<void> {
  const cold = await timed(async () => {
    const app = startApp(s.dir);
    return call(app, 'day:get', { date: TODAY });
  });
  const app = startApp(s.dir);
  const open = await timed(() => call(app, 'day:get', { date: TODAY }));
  const block = movedBlock(open.value);
  const save = await timed(() => call(app, 'day:saveBlock', { date: TODAY, id: EDITED_BLOCK, block }));
  if (save.value.day.blocks.find((b) => b.id === EDITED_BLOCK)?.start !== block.start) throw new Error('the edit was not saved');
  into?.cold.push(cold.ms);
  into?.open.push(open.ms);
  into?.save.push(save.ms);
}

export const persistenceBench: Bench = {
  name: `persistence: 1 month vs 5 years of history (today ${TODAY}; median of ${REPS} fresh app instances, min–max in brackets)`,
  async run() {
    const scenarios: Scenario[] = [];
    try {
      scenarios.push(buildScenario('1 month', 1), buildScenario('5 years', 60));
      for (const s of scenarios) await prepare(s);
      const samples = new Map<Scenario, Samples>(scenarios.map((s) => [s, { cold: [], open: [], save: [], history: [] }]));
      // Interleaved so that JIT warm-up and machine drift do not favour either scenario.
      for (let i = 0; i < WARMUP + REPS; i++) {
        for (const s of scenarios) await repetition(s, i < WARMUP ? undefined : samples.get(s));
      }
      for (let i = 0; i < WARMUP + HISTORY_REPS; i++) {
        for (const s of scenarios) {
          const { ms } = await timed(() => loadAllHistory(s));
          if (i >= WARMUP) samples.get(s)!.history.push(ms);
        }
      }

      const [small, large] = scenarios as [Scenario, Scenario];
      const a = samples.get(small)!;
      const b = samples.get(large)!;
      const ratio = (x: Summary, y: Summary) => `${(y.median / x.median).toFixed(2)}`;
      const timedRow = (name: string, xs: number[], ys: number[], budget: (y: Summary, r: number) => string) => {
        const x = summarize(xs);
        const y = summarize(ys);
        return [name, fmtSummary(x), fmtSummary(y), ratio(x, y), budget(y, y.median / x.median)];
      };
      const verdict = (ok: boolean) => (ok ? 'met' : 'OVER');
      const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
      console.log(
        table(
          ['figure', small.label, large.label, '5y/1m', 'budget (5 years)'],
          [
            ['days stored (working days)', String(small.daysStored), String(large.daysStored), '', ''],
            ['month files / size on disk', `${small.files} / ${kib(small.bytes)}`, `${large.files} / ${kib(large.bytes)}`, '', ''],
            timedRow('cold start: createApp + day:get', a.cold, b.cold, () => ''),
            timedRow("open today's plan: day:get", a.open, b.open, () => ''),
            timedRow('save one edit: day:saveBlock', a.save, b.save, (y, r) =>
              `<= ${EDIT_BUDGET_MS} ms: ${verdict(y.median <= EDIT_BUDGET_MS)}; ratio <= ${EDIT_RATIO_BUDGET}: ${verdict(r <= EDIT_RATIO_BUDGET)}`,
            ),
            timedRow(`open + validate all history (n=${HISTORY_REPS})`, a.history, b.history, (y) =>
              `<= ${OPEN_ALL_BUDGET_MS} ms: ${verdict(y.median <= OPEN_ALL_BUDGET_MS)}`,
            ),
          ],
        ),
      );
      console.log(
        `\ncold start and day:get read one month file (${TODAY.slice(0, 7)}), whatever the history; "all history" reads and validates every month file` +
          ' through the day repository, the work a report over the whole history would do.',
      );
    } finally {
      for (const s of scenarios) fs.rmSync(s.dir, { recursive: true, force: true });
    }
  },
};

function call<T = DayView>(app: MainApp, channel: string, payload: unknown): Promise<T> {
  return callApp<T>(app, channel, payload);
}
