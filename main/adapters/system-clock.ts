import type { Clock, Timers } from '../ports/clock.js';

/** The real clock and timers, for the Electron shell and the browser preview only. */
export const systemClock: Clock = { now: () => Date.now() };

export const systemTimers: Timers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
  monotonic: () => performance.now(),
};

/** Short random ids for blocks, interruptions, templates (not secrets; collisions are checked). */
export const randomId = (): string => globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16);
