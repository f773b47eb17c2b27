// The first step of `npm test`: finds (or, as root on Debian/Ubuntu, installs) the browser and system
// packages the tests need, or stops at once saying what to run. The logic is TypeScript shared with
// the app (build/test-setup/, main/browser/); Node 20 cannot run TypeScript, so it is bundled here
// with esbuild first (~0.1 s). Packages stay outside the bundle, resolved to absolute paths so the
// bundle runs from the temp folder whoever the user is (the tests run it as `nobody`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  console.error('npm test: 先に npm ci を実行してください / run `npm ci` first (node_modules is missing or incomplete).');
  process.exit(1);
}

const externalsByPath = {
  name: 'packages-by-absolute-path',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      // ESM resolution from this file (inside the project): playwright-core's ESM entry, not its CommonJS one.
      return { path: import.meta.resolve(args.path), external: true };
    });
  },
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-test-setup-'));
try {
  const outfile = path.join(dir, 'run-test-setup.mjs');
  await build({
    entryPoints: [path.join(root, 'build/test-setup/run-test-setup.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    plugins: [externalsByPath],
    logLevel: 'error',
  });
  const { runTestSetup } = await import(pathToFileURL(outfile).href);
  process.exitCode = runTestSetup();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
