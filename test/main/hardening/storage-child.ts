/**
 * Child process for the storage tests: starts the app the way a shell does (claim the data
 * folder, createApp, start) at a fixed time, makes the IPC calls given on the command line and
 * prints every answer as JSON. The test runs it as an unprivileged user, so that chmod 000 and a
 * read-only folder mean for it what they mean for a user (root ignores them).
 *   node storage-child.mjs <data dir> '<JSON list of [channel, payload]>'
 * ["settings:rename", name] stands for settings:get then settings:update with that name.
 */
import { claimDataFolder } from '../../../main/app/claim-data-folder.js';
import { createApp } from '../../../main/app/create-app.js';
import type { Logger } from '../../../main/ports/logger.js';
import { noNotifier, noPowerEvents } from '../../../main/ports/notifier.js';
import { changeSettings } from '../../helpers/settings.js';
import { routerClient } from '../../helpers/typed-client.js';

const [dir, callsJson] = process.argv.slice(2);
const logged: string[] = [];
const logger: Logger = { error: (m, e) => void logged.push(`${m}: ${e instanceof Error ? e.message : String(e ?? '')}`), info() {} };
const claimed = claimDataFolder(dir!, 'preview', logger);
if (claimed.kind !== 'claimed') throw new Error(`data folder in use: ${JSON.stringify(claimed)}`);
let n = 0;
const app = createApp({
  stores: claimed.stores,
  clock: { now: () => Date.parse('2026-11-25T10:00:00+09:00') },
  timers: { setTimeout: () => () => {} },
  notifier: noNotifier,
  power: noPowerEvents,
  logger,
  shell: 'preview',
  version: '0.0.0-test',
  newId: () => `child${++n}`,
});
const api = routerClient(app);
const stop = app.start();
const results: unknown[] = [];
for (const [channel, payload] of JSON.parse(callsJson!) as [string, unknown][]) {
  // The calls arrive as JSON (typed by the parent, test/helpers/app-child.ts): the router takes them as they come.
  if (channel === 'settings:rename') results.push(await changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, name: String(payload) } })));
  else results.push(await app.router.dispatch(channel, payload ?? undefined)); // JSON has no undefined
}
stop();
claimed.lock?.release();
process.stdout.write(JSON.stringify({ results, logged, locked: claimed.lock !== undefined }));
