/**
 * Data safety under faults: a writer killed at a random moment — many times — always leaves either
 * the old or the new document, never a broken one. Runs the real persistence (conf's atomic write:
 * temp file + rename) in a child process that is killed with SIGKILL mid-write.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const KILLS = 25;

async function bundleChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'write-child.mjs');
  await build({ entryPoints: [path.join(import.meta.dirname, 'write-child.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', absWorkingDir: path.resolve(import.meta.dirname, '../../..') });
  return outfile;
}

function runAndKill(script: string, dir: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir], { cwd: path.resolve(import.meta.dirname, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed: ${err}`))));
  });
}

describe('data safety under faults', () => {
  it(`a writer killed ${KILLS} times mid-write always leaves a whole, valid document`, async () => {
    // Inside the repository (git-ignored) so the child resolves conf from node_modules.
    const work = fs.mkdtempSync(path.resolve(import.meta.dirname, '../../.probe-fault-'));
    const dir = tempDir();
    const script = await bundleChild(work);
    try {
      let last = 0;
      for (let i = 0; i < KILLS; i++) {
        await runAndKill(script, dir, 1 + ((i * 7) % 23));
        const file = path.join(dir, 'days', '2026-11.json');
        const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { n: number; payload: string; check: number };
        expect(doc.payload.endsWith(String(doc.n))).toBe(true);
        expect(doc.check).toBe(doc.n * 7);
        // The real adapter reads it back too (no UnreadableStoreError).
        expect(createConfStoreFactory(dir).open('days/2026-11').readAll()).toMatchObject({ n: doc.n });
        last = doc.n;
      }
      expect(last).toBeGreaterThan(0);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
