/**
 * Memory: the heap of the main-process app holding 5 years of data. Measured in a child process
 * (memory-child.ts, bundled on its own by build/scripts/bench.mjs) so that playwright-core and
 * the other benches' data, which this process holds, do not count.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench } from './bench.js';

export const memoryBench: Bench = {
  name: 'memory: the main-process app in a child process of its own (heap after a full GC)',
  async run() {
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'memory-child.js');
    const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', child], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`memory child exited with ${r.status ?? r.signal}`);
  },
};
