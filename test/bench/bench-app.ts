/** The real main-process app for benchmarks: real files, a fixed clock, the scheduler never started. */
import { createConfStoreFactory } from '../../main/adapters/conf-key-value-store.js';
import { type AppPorts, type MainApp, createApp } from '../../main/app/create-app.js';
import type { Clock } from '../../main/ports/clock.js';
import { silentLogger } from '../../main/ports/logger.js';
import { noNotifier, noPowerEvents } from '../../main/ports/notifier.js';

/** `ports` replaces the defaults: a PDF printer, or real timers and a recording notifier for the scheduler. */
export function benchApp(dir: string, clock: Clock, ports: Partial<AppPorts> = {}): MainApp {
  let n = 0;
  return createApp({
    stores: createConfStoreFactory(dir),
    clock,
    timers: { setTimeout: () => () => {} }, // no timers, notifications or power events
    notifier: noNotifier,
    power: noPowerEvents,
    logger: silentLogger,
    shell: 'preview',
    version: '0.0.0-bench',
    newId: () => `bench${++n}`,
    ...ports,
  });
}

/** A dispatch that must succeed (a refusal would make the figures meaningless). */
export async function call<T>(app: MainApp, channel: string, payload: unknown): Promise<T> {
  const res = await app.router.dispatch(channel, payload);
  if (!res.ok) throw new Error(`${channel} refused: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}
