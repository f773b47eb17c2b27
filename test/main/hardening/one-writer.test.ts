/**
 * One writer per data folder, in the browser preview (issue #14): two previews on one folder — as
 * `npm start` twice would make, random port and the same default folder — each kept its own copy
 * in memory and silently lost the other's saves. Now the second is refused before it opens a
 * single store, says where the running one is, and writes nothing. The real preview entry
 * (main/preview/preview-main.ts) and `npm start`'s script run as separate processes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../main/adapters/data-folder-lock.js';
import { bundleForNode, makeProbeDir, repoRoot } from '../../helpers/child-bundle.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
// A copy of the dist/ layout: dist/preview/preview.js, build/scripts/start.mjs (which imports
// ../../dist/preview/preview.js) and the package.json the preview reads its version from. No
// node_modules/electron here, so start.mjs always takes the preview path.
const probe = makeProbeDir('one-writer');
const running: ChildProcess[] = [];

beforeAll(async () => {
  await bundleForNode('main/preview/preview-main.ts', path.join(probe, 'dist/preview/preview.js'));
  fs.mkdirSync(path.join(probe, 'build/scripts'), { recursive: true });
  for (const f of ['start.mjs', 'electron-binary.mjs']) fs.copyFileSync(path.join(repoRoot, 'build/scripts', f), path.join(probe, 'build/scripts', f));
  fs.writeFileSync(path.join(probe, 'package.json'), JSON.stringify({ version: '0.0.0-test', type: 'module' }));
}, 60_000);
afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
  fs.rmSync(probe, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  out: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const child = spawn(process.execPath, [path.join(probe, script), ...args], { cwd: probe, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, out: () => out, exit };
}

/** Waits until the preview printed its URL; returns it. */
async function urlOf(r: Run): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const m = /開く \/ open: (\S+)/.exec(r.out());
    if (m) return m[1]!;
    if (r.child.exitCode !== null) throw new Error(`the preview ended: ${r.out()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no URL printed: ${r.out()}`);
}

/** Every file under dir with its bytes, to show a refused instance changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.lstatSync(path.join(dir, f)).isFile()).sort();
  return Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'base64')]));
}

const lockPid = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid;

describe('one writer per data folder: the browser preview', () => {
  it('refuses a second preview on the same folder: it names the running one, prints its URL, and writes nothing', async () => {
    const dir = path.join(tempDir(), 'data');
    const first = run('dist/preview/preview.js', ['--data-dir', dir]);
    const url = await urlOf(first);
    expect(lockPid(dir)).toBe(first.child.pid);
    const before = snapshot(dir);

    const second = run('dist/preview/preview.js', ['--data-dir', dir]);
    expect((await second.exit).code).toBe(1);
    const said = second.out();
    expect(said).toContain('テレワーク手帳のデータは別の画面で開かれています');
    expect(said).toContain('already open elsewhere');
    expect(said).toContain(`ブラウザプレビュー、プロセス番号 ${first.child.pid}`);
    expect(said).toContain(`開いているブラウザプレビューはこの URL です: ${url}`);
    expect(said).toContain(`The browser preview that has it open is at: ${url}`);
    expect(said).not.toContain('開く / open:'); // it never started a server
    expect(snapshot(dir)).toEqual(before); // never opened a store, never took over the lock
    expect(first.child.exitCode).toBeNull(); // the first one is untouched
    first.child.kill('SIGTERM');
    expect(await first.exit).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('`npm start` twice (no Electron binary: the preview on the default folder): the second is refused with the URL', async () => {
    const home = tempDir(); // os.homedir() follows HOME: the default folder lands in this temp dir
    const env = { ...process.env, HOME: home, USERPROFILE: home };
    const first = run('build/scripts/start.mjs', [], env);
    const url = await urlOf(first);
    const dir = path.join(home, '.telework-techo-preview');
    expect(lockPid(dir)).toBe(first.child.pid);
    const second = run('build/scripts/start.mjs', [], env);
    expect((await second.exit).code).toBe(1);
    expect(second.out()).toContain(`開いているブラウザプレビューはこの URL です: ${url}`);
    first.child.kill('SIGINT');
    expect((await first.exit).code).toBe(0);
  }, 60_000);

  it('releases the folder on a normal end (Ctrl+C), and a crashed preview (kill -9) does not lock the user out', async () => {
    const dir = path.join(tempDir(), 'data');
    const first = run('dist/preview/preview.js', ['--data-dir', dir]);
    await urlOf(first);
    first.child.kill('SIGINT');
    expect((await first.exit).code).toBe(0);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const crashed = run('dist/preview/preview.js', ['--data-dir', dir]);
    await urlOf(crashed);
    crashed.child.kill('SIGKILL');
    expect((await crashed.exit).signal).toBe('SIGKILL');
    expect(lockPid(dir)).toBe(crashed.child.pid); // left behind by the crash

    const next = run('dist/preview/preview.js', ['--data-dir', dir]);
    await urlOf(next);
    expect(lockPid(dir)).toBe(next.child.pid);
    next.child.kill('SIGTERM');
    expect((await next.exit).code).toBe(0);
  }, 60_000);
});
