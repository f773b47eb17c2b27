import { createApp } from '../../main/app/create-app.js';
import { createConfStoreFactory } from '../../main/adapters/conf-key-value-store.js';
import type { Logger } from '../../main/ports/logger.js';
import { fakeClock } from './fake-clock.js';
import { fakeTimers } from './fake-timers.js';
import type { Notifier, NotificationRequest, PowerEvents } from '../../main/ports/notifier.js';
import type { PdfPrinter } from '../../main/ports/pdf-printer.js';
import type { HttpPoster } from '../../main/ports/http-poster.js';
import type { Timers } from '../../main/ports/clock.js';
import type { FilePicker } from '../../main/ports/file-picker.js';
import type { KeyValueStoreFactory } from '../../main/ports/key-value-store.js';
import { routerClient } from './typed-client.js';

/** A notifier that records what it was asked to show; `failing` simulates Focus Assist / denial. */
export function recordingNotifier(clock: { now(): number }, failing = false) {
  const shown: (NotificationRequest & { at: string })[] = [];
  const notifier: Notifier = {
    show(request) {
      const t = new Date(clock.now());
      shown.push({ ...request, at: `${t.getHours()}:${String(t.getMinutes()).padStart(2, '0')}` });
      return !failing;
    },
  };
  return { notifier, shown };
}

export function testPower() {
  const resume = new Set<() => void>();
  const suspend = new Set<() => void>();
  const power: PowerEvents = {
    onSuspend(listener) {
      suspend.add(listener);
      return () => suspend.delete(listener);
    },
    onResume(listener) {
      resume.add(listener);
      return () => resume.delete(listener);
    },
  };
  return { power, resume: () => resume.forEach((l) => l()), suspend: () => suspend.forEach((l) => l()) };
}

/**
 * The real main-process app on real conf files in `dir`, with a fake clock. Call it through `api`
 * (the typed client, test/helpers/typed-client.ts); `router` is there for deliberately wrong input.
 */
export function testApp(
  dir: string,
  clock = fakeClock(),
  options: { newId?: () => string; failingNotifier?: boolean; pdfPrinter?: PdfPrinter; poster?: HttpPoster; timers?: Timers; filePicker?: FilePicker; notifier?: Notifier; stores?: KeyValueStoreFactory } = {},
) {
  const time = fakeTimers(clock);
  const notes = recordingNotifier(clock, options.failingNotifier);
  const power = testPower();
  const errors: unknown[] = [];
  /** Every line main wrote to its log (errors prefixed "ERROR"). */
  const logs: string[] = [];
  const logger: Logger = {
    error: (m, e) => {
      errors.push(e);
      logs.push(`ERROR ${m}`);
    },
    info: (m) => void logs.push(m),
  };
  let n = 0;
  const app = createApp({
    stores: options.stores ?? createConfStoreFactory(dir),
    clock,
    timers: options.timers ?? time.timers,
    notifier: options.notifier ?? notes.notifier,
    power: power.power,
    logger,
    shell: 'preview',
    version: '0.0.0-test',
    newId: options.newId ?? (() => `id${++n}`),
    ...(options.pdfPrinter ? { pdfPrinter: options.pdfPrinter } : {}),
    ...(options.poster ? { poster: options.poster, retryDelayMs: 50 } : {}),
    ...(options.filePicker ? { filePicker: options.filePicker } : {}),
  });
  return { ...app, api: routerClient(app), clock, time, shown: notes.shown, resume: power.resume, suspend: power.suspend, errors, logs };
}
