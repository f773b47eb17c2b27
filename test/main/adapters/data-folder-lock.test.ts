/**
 * The data-folder lock itself (main/adapters/data-folder-lock.ts): who holds it, when a lock is
 * stale and may be taken over, and that instances starting together never both get it. The shells
 * using it are tested in test/main/hardening/one-writer.test.ts and test/main/electron/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireDataFolderLock } from '../../../main/adapters/data-folder-lock.js';
import { dataInUseMessage } from '../../../main/app/data-in-use-message.js';
import { bundleForNode, makeProbeDir } from '../../helpers/child-bundle.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const probe = makeProbeDir('lock');
let child = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  child = await bundleForNode('test/main/hardening/lock-child.ts', path.join(probe, 'lock-child.mjs'));
}, 60_000);
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(probe, { recursive: true, force: true });
});

/** Starts a child that tries to take the lock; resolves with what it got (the child keeps running for holdMs). */
function lockInChild(dir: string, holdMs: number, startAt?: number): Promise<{ kind: string; pid: number; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [child, dir, String(holdMs), ...(startAt ? [String(startAt)] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(c);
    let err = '';
    c.stderr.on('data', (d) => (err += d));
    c.stdout.once('data', (d) => resolve({ ...(JSON.parse(String(d)) as { kind: string; pid: number }), child: c }));
    c.on('exit', (code) => code !== 0 && reject(new Error(`lock child failed: ${err}`)));
  });
}

const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())));
const lockInfo = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>;

describe('data-folder lock', () => {
  it('records the owner (pid, host, shell) in an owner-only file and removes it on release', () => {
    const dir = path.join(tempDir(), 'data');
    const outcome = acquireDataFolderLock(dir, 'electron');
    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(lockInfo(dir)).toMatchObject({ pid: process.pid, hostname: os.hostname(), shell: 'electron' });
    if (process.platform !== 'win32') {
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(outcome.lock.path).mode & 0o777).toBe(0o600);
    }
    outcome.lock.setUrl('http://127.0.0.1:41235/?token=abc');
    expect(lockInfo(dir)).toMatchObject({ pid: process.pid, url: 'http://127.0.0.1:41235/?token=abc' });
    if (process.platform !== 'win32') expect(fs.statSync(outcome.lock.path).mode & 0o777).toBe(0o600);
    // Held by this very process: a second attempt here is refused too.
    expect(acquireDataFolderLock(dir, 'preview').kind).toBe('held');
    outcome.lock.release();
    expect(fs.existsSync(outcome.lock.path)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('is refused while another live process holds it, and taken once that process is gone (even killed with SIGKILL)', async () => {
    const dir = tempDir();
    const holder = await lockInChild(dir, 60_000);
    expect(holder.kind).toBe('acquired');
    const refused = acquireDataFolderLock(dir, 'preview');
    expect(refused).toMatchObject({ kind: 'held', owner: { pid: holder.pid, shell: 'preview' }, otherHost: false });
    holder.child.kill('SIGKILL');
    await exited(holder.child);
    expect(lockInfo(dir).pid).toBe(holder.pid); // the crashed owner's lock is still there…
    const taken = acquireDataFolderLock(dir, 'preview'); // …and does not lock the user out
    expect(taken.kind).toBe('acquired');
    expect(lockInfo(dir).pid).toBe(process.pid);
    if (taken.kind === 'acquired') taken.lock.release();
  });

  it('takes over a lock left by an earlier process that had this same pid, and one whose pid was reused by another program (Linux)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, hostname: os.hostname(), shell: 'preview', startedAt: '2026-11-25T00:00:00.000Z' }));
    const first = acquireDataFolderLock(dir, 'preview');
    expect(first.kind).toBe('acquired');
    if (first.kind === 'acquired') first.lock.release();
    if (process.platform !== 'linux') return;
    // The parent process is alive, but it is not the process that wrote this lock (another start time).
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, hostname: os.hostname(), shell: 'preview', startedAt: '2026-11-25T00:00:00.000Z', processStart: '1' }));
    const second = acquireDataFolderLock(dir, 'preview');
    expect(second.kind).toBe('acquired');
    if (second.kind === 'acquired') second.lock.release();
  });

  it('is refused for a lock from another computer (a network drive), naming it and the file to remove if it is certainly not running', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999_999, hostname: 'other-pc', shell: 'electron', startedAt: '2026-11-25T00:30:00.000Z' }));
    const outcome = acquireDataFolderLock(dir, 'preview');
    expect(outcome).toMatchObject({ kind: 'held', otherHost: true, owner: { hostname: 'other-pc' } });
    if (outcome.kind !== 'held') return;
    const text = dataInUseMessage({ root: dir, lockPath: outcome.path, owner: outcome.owner, otherHost: true });
    expect(text.title).toBe('テレワーク手帳のデータは別の画面で開かれています / The Telework Techo data is already open elsewhere');
    const body = text.lines.join('\n');
    expect(body).toContain('ほかのコンピューター(other-pc)');
    expect(body).toContain('another computer (other-pc)');
    expect(body).toContain(outcome.path);
  });

  it('treats a lock file still being written as held, and one left empty by an owner that died then as stale', () => {
    const dir = tempDir();
    const lock = path.join(dir, LOCK_FILE);
    fs.writeFileSync(lock, '');
    expect(acquireDataFolderLock(dir, 'preview')).toMatchObject({ kind: 'held', owner: undefined });
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    const outcome = acquireDataFolderLock(dir, 'preview');
    expect(outcome.kind).toBe('acquired');
    if (outcome.kind === 'acquired') outcome.lock.release();
  });

  it('a stale lock is taken over by exactly one of six instances started at the same instant', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999_999, hostname: os.hostname(), shell: 'preview', startedAt: '2026-11-25T00:00:00.000Z' }));
    const startAt = Date.now() + 1_500; // every child loaded and waiting by then
    const results = await Promise.all(Array.from({ length: 6 }, () => lockInChild(dir, 3_000, startAt)));
    expect(results.filter((r) => r.kind === 'acquired')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'held')).toHaveLength(5);
    const winner = results.find((r) => r.kind === 'acquired')!;
    expect(lockInfo(dir).pid).toBe(winner.pid);
    await Promise.all(results.map((r) => exited(r.child)));
  }, 30_000);
});
