/**
 * Timers and power events whose callbacks cannot end the app. A service's timer (a reminder, the
 * end of a focus session) or resume handler may write, and a write the disk refuses — read-only,
 * full — is reported to the user as a storage notice; thrown out of a timer or an OS event it
 * would be an uncaught exception that ends the process (in Electron: a crash dialog) while the
 * records on disk are fine.
 */
import type { Timers } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { PowerEvents } from '../ports/notifier.js';

const guard =
  (logger: Logger, what: string) =>
  (callback: () => void) =>
  (): void => {
    try {
      callback();
    } catch (error) {
      logger.error(`${what} failed`, error);
    }
  };

export function guardedTimers(inner: Timers, logger: Logger): Timers {
  const safe = guard(logger, 'a timer callback');
  return {
    setTimeout: (callback, ms) => inner.setTimeout(safe(callback), ms),
    // Passed through: the scheduler tells a clock change from a late timer with it.
    ...(inner.monotonic ? { monotonic: () => inner.monotonic!() } : {}),
  };
}

export function guardedPower(inner: PowerEvents, logger: Logger): PowerEvents {
  const safe = guard(logger, 'a power event handler');
  return {
    onSuspend: (listener) => inner.onSuspend(safe(listener)),
    onResume: (listener) => inner.onResume(safe(listener)),
  };
}
