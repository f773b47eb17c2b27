// `npm run bench`: bundles test/bench/run.ts with esbuild (like bundle.mjs does for main) and runs
// it with `node --expose-gc`, so the heap figures are taken after a full garbage collection.
// Benchmarks print figures; they never fail on a slow machine (speed targets are not tests).
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outfile = 'dist/bench/run.js';

await build({
  entryPoints: ['test/bench/run.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});

const result = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile], { stdio: 'inherit' });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
