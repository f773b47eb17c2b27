/**
 * The memory figures, run in a child process of their own (build/scripts/bench.mjs bundles this
 * file separately, started by memory-bench.ts with `node --expose-gc`): its bundle holds the
 * main-process app and the history generator only, not playwright-core or the other benches, so
 * the heap is what the app itself costs. Heap figures are taken after a full GC.
 */
import fs from 'node:fs';
import { benchApp, call } from './bench-app.js';
import { type Scenario, TODAY, buildScenario, clock, loadAllHistory } from './history-scenario.js';
import { collectGarbage, fmtMb, table } from './stats.js';

const HEAP_BUDGET_BYTES = 60 * 1024 * 1024;

if (!collectGarbage()) throw new Error('run with node --expose-gc');
const heap = () => (collectGarbage(), process.memoryUsage().heapUsed);

interface Figures {
  app: number;
  all: number;
  rss: number;
}

async function measure(s: Scenario): Promise<Figures> {
  const app = benchApp(s.dir, clock);
  await call(app, 'settings:get', undefined);
  await call(app, 'day:get', { date: TODAY });
  const withApp = heap();
  const all = loadAllHistory(s); // every day of the history as objects, held by the app process
  if (all.length !== s.daysStored) throw new Error(`${s.label}: read ${all.length} days, wrote ${s.daysStored}`);
  const withAll = heap();
  const rss = process.memoryUsage().rss;
  if (!app.router || all.length === 0) throw new Error('unreachable'); // both alive until measured
  return { app: withApp, all: withAll, rss };
}

const baseline = heap();
const results: [Scenario, Figures][] = [];
for (const [label, months] of [['1 month', 1], ['5 years', 60]] as const) {
  const s = buildScenario(label, months);
  try {
    results.push([s, await measure(s)]);
  } finally {
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
}

const [[small, a], [large, b]] = results as [[Scenario, Figures], [Scenario, Figures]];
const verdict = b.all <= HEAP_BUDGET_BYTES ? 'met' : 'OVER';
console.log(
  table(
    ['figure', `${small.label} (${small.daysStored} days)`, `${large.label} (${large.daysStored} days)`, 'budget (5 years)'],
    [
      ['heap used: node + app modules, no app', fmtMb(baseline), fmtMb(baseline), ''],
      ['heap used: app + today open', fmtMb(a.app), fmtMb(b.app), ''],
      ['heap used: app + all history loaded', fmtMb(a.all), fmtMb(b.all), `<= ${fmtMb(HEAP_BUDGET_BYTES)}: ${verdict}`],
      ['  of which the history (days as objects)', fmtMb(Math.max(0, a.all - a.app)), fmtMb(Math.max(0, b.all - b.app)), ''],
      ['resident set size (informative)', fmtMb(a.rss), fmtMb(b.rss), ''],
    ],
  ),
);
