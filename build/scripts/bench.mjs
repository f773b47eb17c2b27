// `npm run bench`: builds the renderer into dist/bench/renderer (apart from dist/renderer, so a
// concurrent `npm run build` or e2e run is not disturbed), bundles test/bench/run.ts and the memory
// child with esbuild (like bundle.mjs does for main), and runs them with `node --expose-gc`, so the
// heap figures are taken after a full garbage collection. The memory child is a bundle of its own
// so that its heap holds the app and nothing of the other benches (playwright-core above all).
// Benchmarks print figures; they never fail on a slow machine (speed targets are not tests).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const started = Date.now();

await viteBuild({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  build: { outDir: path.resolve('dist/bench/renderer'), emptyOutDir: true },
});

await build({
  entryPoints: ['test/bench/run.ts', 'test/bench/memory-child.ts'],
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});

const result = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', 'dist/bench/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) throw result.error;
console.log(`\nnpm run bench: ${((Date.now() - started) / 1000).toFixed(0)} s in all (builds included)`);
process.exit(result.status ?? 1);
