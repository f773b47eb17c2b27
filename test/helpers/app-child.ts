/**
 * The app in a child process (test/main/hardening/storage-child.ts: claim the data folder,
 * createApp, start, then the IPC calls given), for what must not be tried inside the test worker:
 * a read that would block forever, or permissions that only mean something to a user who is not
 * root. Exit code 0 and a whole answer mean the app did not crash.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract.js';
import type { IpcResult } from '../../shared/ipc/result.js';
import { bundleForNode, makeProbeDir } from './child-bundle.js';
import { answeredBy } from './typed-client.js';

/**
 * One call for the child: a channel and its input, checked against the contract like the typed
 * client's (test/helpers/typed-client.ts). ["settings:rename", name] stands for settings:get then
 * settings:update with that name.
 */
export type ChildCall = { [C in Channel]: readonly [C, ChannelInput<C>] }[Channel] | readonly ['settings:rename', string];
/** The answer to each call, typed by its channel. */
export type ChildAnswers<T extends readonly ChildCall[]> = {
  [K in keyof T]: T[K] extends readonly [infer C extends Channel, unknown] ? IpcResult<ChannelOutput<C>> : IpcResult<ChannelOutput<'settings:update'>>;
};
export interface AppChildRun<T extends readonly ChildCall[]> {
  results: ChildAnswers<T>;
  logged: string[];
  locked: boolean;
}

export const isRoot = process.getuid?.() === 0;

/** The user the app runs as in the permission tests: `nobody` when the tests run as root (root ignores chmod). */
export const appUser = isRoot ? { uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })) } : undefined;

/** Bundles the app child once for the test file (removed afterwards); returns the script's path once bundled. */
export function useAppChild(): () => string {
  const probe = makeProbeDir('app-child');
  let script = '';
  beforeAll(async () => {
    script = await bundleForNode('test/main/hardening/storage-child.ts', path.join(probe, 'storage-child.mjs'));
  }, 60_000);
  afterAll(() => fs.rmSync(probe, { recursive: true, force: true }));
  return () => script;
}

export function runAppChild<const T extends readonly ChildCall[]>(script: string, dir: string, calls: T, options: { unprivileged?: boolean; timeoutMs?: number } = {}): Promise<AppChildRun<T>> {
  const node = [process.execPath, script, dir, JSON.stringify(calls)];
  const [command, ...args] = options.unprivileged && isRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...node] : node;
  return new Promise((resolve, reject) => {
    const c = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      c.kill('SIGKILL');
      reject(new Error(`the app did not answer within ${options.timeoutMs} ms (blocked?)`));
    }, options.timeoutMs ?? 15_000);
    c.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`the app ended with ${code}: ${err}`));
      // The child answered through the router, which checked every answer against the contract.
      const run = JSON.parse(out) as AppChildRun<T>;
      run.results.forEach((answer, i) => answeredBy(answer, calls[i]![0]));
      resolve(run);
    });
  });
}
