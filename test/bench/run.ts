/**
 * `npm run bench`: every benchmark, in order (build/scripts/bench.mjs bundles this file and runs
 * it with `node --expose-gc`). Add new benches to the list. `npm run bench -- renderer memory`
 * runs only the benches whose names start with those words.
 */
import os from 'node:os';
import type { Bench } from './bench.js';
import { exportBench } from './export-bench.js';
import { floorBench } from './floor-bench.js';
import { memoryBench } from './memory-bench.js';
import { orgSummaryBench } from './org-summary-bench.js';
import { persistenceBench } from './persistence-bench.js';
import { rendererBench } from './renderer-bench.js';
import { schedulerBench } from './scheduler-bench.js';

const benches: Bench[] = [floorBench, rendererBench, persistenceBench, schedulerBench, exportBench, orgSummaryBench, memoryBench];

const cpus = os.cpus();
console.log('Telework Techo benchmarks');
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()}, node ${process.version}`);
// Other work on the machine (a test run beside the bench) moves the figures: say how busy it was.
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`load average (1, 5, 15 min) at start: ${load()}`);
console.log(`gc: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'exposed (heap figures after a full GC)' : 'not exposed (run with --expose-gc)'}`);

const only = process.argv.slice(2);
for (const bench of benches.filter((b) => only.length === 0 || only.some((w) => b.name.startsWith(w)))) {
  console.log(`\n== ${bench.name} ==`);
  await bench.run();
}
console.log(`\nload average (1, 5, 15 min) at the end: ${load()}`);
