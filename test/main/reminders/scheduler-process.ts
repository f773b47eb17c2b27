/** Drives scheduler-child.ts: spawn, call channels through the typed client, wait for what it says, freeze, kill. */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { build } from 'esbuild';
import { typedClient } from '../../helpers/typed-client.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface ChildEvent {
  event?: 'notify' | 'log' | 'ready';
  id?: number;
  result?: { ok: boolean; data?: unknown; error?: unknown };
  body?: string;
  date?: string;
  time?: string;
  message?: string;
}

/** Bundles the child once per test file, inside the repository so it resolves node_modules. */
export async function bundleSchedulerChild(): Promise<{ script: string; cleanup(): void }> {
  const work = fs.mkdtempSync(path.join(ROOT, 'test', '.probe-scheduler-'));
  const script = path.join(work, 'scheduler-child.mjs');
  await build({ entryPoints: [path.join(import.meta.dirname, 'scheduler-child.ts')], outfile: script, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', absWorkingDir: ROOT });
  return { script, cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}

export function startSchedulerChild(script: string, options: { dir: string; startAt: string; scale: number; localtimePath?: string }, env: NodeJS.ProcessEnv = process.env) {
  const child: ChildProcess = spawn(process.execPath, [script, JSON.stringify(options)], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const events: ChildEvent[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    events.push(JSON.parse(line) as ChildEvent);
    for (const w of waiters) w();
  });
  let nextId = 0;

  /** Resolves with the first event (from `since` on) that matches; rejects after `ms` real ms. */
  const waitFor = (match: (e: ChildEvent) => boolean, ms = 20_000, since = 0): Promise<ChildEvent> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = events.slice(since).find(match);
        if (!found) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`child: nothing matched in ${ms} ms. Events: ${JSON.stringify(events.slice(since))} stderr: ${stderr}`));
      }, ms);
      if (!check()) waiters.add(check);
    });

  const send = (message: unknown) => child.stdin!.write(`${JSON.stringify(message)}\n`);

  return {
    child,
    events,
    ready: () => waitFor((e) => e.event === 'ready'),
    waitFor,
    notifications: () => events.filter((e) => e.event === 'notify'),
    logs: () => events.filter((e) => e.event === 'log').map((e) => e.message!),
    /** The typed client over the child's stdin/stdout: `await ok(child.api.dayGet({ date }))`. */
    api: typedClient({
      async invoke(channel, payload) {
        const id = ++nextId;
        send({ id, channel, payload });
        return (await waitFor((e) => e.id === id)).result;
      },
      // The child tells of notifications and log lines (waitFor), not of the app's events.
      subscribe: () => () => {},
    }),
    jump: (ms: number) => send({ jump: ms }),
    kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
    signal: (signal: NodeJS.Signals) => child.kill(signal),
  };
}
