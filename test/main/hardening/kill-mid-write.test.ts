/**
 * Data safety under faults: a writer killed at a random moment — many times — always leaves either
 * the old or the new document, never a broken one. Runs the real persistence (conf's atomic write:
 * temp file + rename) in a child process that is killed with SIGKILL mid-write. The temp files
 * such kills leave behind are removed by the next start (once it holds the data-folder lock).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';
import { claimDataFolder } from '../../../main/app/claim-data-folder.js';
import { silentLogger } from '../../../main/ports/logger.js';
import { bundleForNode } from '../../helpers/child-bundle.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const KILLS = 25;

const bundleChild = (outDir: string) => bundleForNode('test/main/hardening/write-child.ts', path.join(outDir, 'write-child.mjs'));

/** Every temp file of an interrupted write under `dir` (conf's `.tmp-<digits><hex>`, atomic-file's `.tmp-<pid>`). */
const tempFiles = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tmp-/.test(f)).sort();

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

      // The next start: what the kills left (plus a backup and a document killed the same way,
      // so there is always something to clean) is removed; a stranger's file is not.
      fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'backups', '2026-11-25T00-01-00Z_auto.json.gz.tmp-4242'), 'partial');
      fs.writeFileSync(path.join(dir, 'settings.json.tmp-4242'), '{"half');
      fs.writeFileSync(path.join(dir, 'notes.txt.tmp-1'), 'not the app\'s');
      const left = tempFiles(dir);
      expect(left.length).toBeGreaterThanOrEqual(3);
      const next = claimDataFolder(dir, 'preview', silentLogger);
      expect(next.kind).toBe('claimed');
      if (next.kind === 'claimed') {
        expect(next.removed.length).toBe(left.length - 1);
        next.lock?.release();
      }
      expect(tempFiles(dir)).toEqual(['notes.txt.tmp-1']);
      expect(createConfStoreFactory(dir).open('days/2026-11').readAll()).toMatchObject({ n: last });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
