/**
 * A child process running the real main-process app (real conf files, real timers, the real
 * time-zone adapter) so the reminder tests can do to it what happens to a laptop: freeze it
 * (SIGSTOP), kill it (SIGKILL), move its wall clock, change its time zone. Bundled by the test
 * with esbuild and run with node.
 *
 * Time is scaled: one real millisecond is `scale` app milliseconds, for the clock and the timers
 * alike, so an app minute passes in a couple of real seconds and the whole suite stays short.
 *
 * Protocol: one JSON object per line. In: {id, channel, payload} → out {id, result};
 * in: {jump: ms} moves the wall clock alone. Out, unasked: {event:'notify', body, date, time},
 * {event:'log', message}, {event:'ready'}.
 */
import readline from 'node:readline';
import { createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';
import { createSystemTimeZone } from '../../../main/adapters/system-time-zone.js';
import { createApp } from '../../../main/app/create-app.js';
import { noPowerEvents } from '../../../main/ports/notifier.js';

interface ChildOptions {
  dir: string;
  /** The app clock's reading at start, ISO. */
  startAt: string;
  scale: number;
  /** A link standing in for /etc/localtime (absent: the zone never changes). */
  localtimePath?: string;
}

const options = JSON.parse(process.argv[2]!) as ChildOptions;
const out = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
const t0 = performance.now();
let jumped = 0;
const clock = { now: () => Math.round(Date.parse(options.startAt) + (performance.now() - t0) * options.scale + jumped) };
const pad = (n: number) => String(n).padStart(2, '0');
const local = (ms: number) => {
  const d = new Date(ms);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${d.getHours()}:${pad(d.getMinutes())}` };
};

const app = createApp({
  stores: createConfStoreFactory(options.dir),
  clock,
  timers: {
    setTimeout(callback, ms) {
      const handle = setTimeout(callback, ms / options.scale);
      return () => clearTimeout(handle);
    },
    monotonic: () => performance.now() * options.scale,
  },
  notifier: {
    show(request) {
      out({ event: 'notify', body: request.body, ...local(clock.now()) });
      return true;
    },
  },
  power: noPowerEvents,
  logger: {
    info: (message) => out({ event: 'log', message }),
    error: (message, error) => out({ event: 'log', message: `ERROR ${message} ${String(error)}` }),
  },
  ...(options.localtimePath ? { timeZone: createSystemTimeZone({ localtimePath: options.localtimePath, timezoneFilePath: '/nonexistent' }) } : {}),
  shell: 'preview',
  version: '0.0.0-test',
  newId: () => Math.random().toString(36).slice(2, 12),
});

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const message = JSON.parse(line) as { id?: number; channel?: string; payload?: unknown; jump?: number };
  if (message.jump !== undefined) {
    jumped += message.jump;
    return;
  }
  void app.router.dispatch(message.channel as never, message.payload as never).then((result) => out({ id: message.id, result }));
});
app.start();
out({ event: 'ready' });
