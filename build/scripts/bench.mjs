// `npm run bench`: builds the renderer into dist/bench/renderer (apart from dist/renderer, so a
// concurrent `npm run build` or e2e run is not disturbed), bundles test/bench/run.ts and the memory
// child with esbuild (like bundle.mjs does for main), and runs them with `node --expose-gc`, so the
// heap figures are taken after a full garbage collection. The memory child is a bundle of its own
// so that its heap holds the app and nothing of the other benches (playwright-core above all).
// Benchmarks print figures; they never fail on a slow machine (speed targets are not tests).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const started = Date.now();

await viteBuild({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  build: { outDir: path.resolve('dist/bench/renderer'), emptyOutDir: true },
});

// The floor (issue #16): a bare Vite + React page of one component, built with the same Vite,
// React and target as the renderer, to be measured beside it in the same run.
const floorSrc = path.resolve('dist/bench/floor-src');
fs.rmSync(floorSrc, { recursive: true, force: true });
fs.mkdirSync(floorSrc, { recursive: true });
fs.writeFileSync(
  path.join(floorSrc, 'index.html'),
  '<!doctype html>\n<html lang="ja">\n  <head>\n    <meta charset="UTF-8" />\n    <title>floor</title>\n  </head>\n  <body>\n    <div id="root"></div>\n    <script type="module" src="./main.jsx"></script>\n  </body>\n</html>\n',
);
fs.writeFileSync(
  path.join(floorSrc, 'main.jsx'),
  [
    "import { StrictMode, useState } from 'react';",
    "import { createRoot } from 'react-dom/client';",
    'function App() {',
    '  const [count, setCount] = useState(0);',
    '  return (',
    '    <main data-floor-ui>',
    '      <h1>Vite + React</h1>',
    '      <button type="button" onClick={() => setCount((c) => c + 1)}>count is {count}</button>',
    '    </main>',
    '  );',
    '}',
    "createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);",
    '',
  ].join('\n'),
);
await viteBuild({
  configFile: false,
  root: floorSrc,
  base: './',
  logLevel: 'error',
  plugins: [react()],
  build: { outDir: path.resolve('dist/bench/floor'), emptyOutDir: true, target: 'chrome130' },
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
