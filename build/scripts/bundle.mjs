// Bundles the main-process entry points with esbuild. The renderer is built by Vite
// (vite.config.ts); type-checking is `npm run typecheck`.
//   dist/main/electron-main.js  ESM, Electron main process
//   dist/preload/preload.cjs    one CommonJS file (sandboxed preloads cannot load ESM or npm modules)
//   dist/preview/preview.js     the browser preview server (real services in Node)
//   dist/cli/cli.js             the command line (bin: telework-techo)
//   dist/schemas/*.json         JSON Schemas generated from the zod schemas
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/electron/electron-main.ts'],
    outfile: 'dist/main/electron-main.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    minify: true, // the channel list and buildApi only (no zod): keep the sandboxed preload small
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['main/cli/cli.ts'],
    outfile: 'dist/cli/cli.js',
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: ['main/preview/preview-main.ts'],
    outfile: 'dist/preview/preview.js',
    format: 'esm',
    packages: 'external',
  }),
]);

// The published JSON Schemas (daily report, organisation defaults), generated from the zod schemas
// and shipped in dist/schemas/ — the same functions the JSON export writes beside each report.
const schemaModule = 'dist/tmp/json-schema.mjs';
await build({ ...common, sourcemap: false, entryPoints: ['main/exports/json-schema.ts'], outfile: schemaModule, format: 'esm', packages: 'external' });
const { SCHEMA_FILES } = await import(pathToFileURL(path.resolve(schemaModule)).href);
fs.mkdirSync('dist/schemas', { recursive: true });
for (const [name, make] of Object.entries(SCHEMA_FILES)) fs.writeFileSync(path.join('dist/schemas', name), `${JSON.stringify(make(), null, 2)}\n`);
fs.rmSync('dist/tmp', { recursive: true, force: true });
fs.chmodSync('dist/cli/cli.js', 0o755);
