/**
 * `npm run bench`: every benchmark, in order (build/scripts/bench.mjs bundles this file and runs
 * it with `node --expose-gc`). Add new benches to the list.
 */
import os from 'node:os';
import type { Bench } from './bench.js';
import { exportBench } from './export-bench.js';
import { persistenceBench } from './persistence-bench.js';

const benches: Bench[] = [persistenceBench, exportBench];

const cpus = os.cpus();
console.log('Telework Techo benchmarks');
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()} ${os.release()}, node ${process.version}`);
console.log(`gc: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'exposed (heap figures after a full GC)' : 'not exposed (run with --expose-gc)'}`);

for (const bench of benches) {
  console.log(`\n== ${bench.name} ==`);
  await bench.run();
}
