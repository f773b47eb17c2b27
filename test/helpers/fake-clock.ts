import type { Clock } from '../../main/ports/clock.js';

/** A clock the test moves by hand. */
export function fakeClock(start = Date.parse('2026-11-25T09:00:00+09:00')): Clock & { set(ms: number): void; advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
