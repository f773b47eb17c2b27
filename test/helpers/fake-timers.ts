import type { Timers } from '../../main/ports/clock.js';
import type { fakeClock } from './fake-clock.js';

/**
 * Timers on a fake clock. `advance(ms)` moves time forward and runs every timer that comes due,
 * in order, at its own instant. `sleep(ms)` moves the clock without running anything (a suspended
 * machine: its timers fire late, on resume). `jump(ms)` moves the wall clock alone (the user set
 * the clock), leaving armed timers to fire after their original delay.
 */
export function fakeTimers(clock: ReturnType<typeof fakeClock>) {
  let elapsed = 0; // monotonic time, which a wall-clock jump does not move
  let seq = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      const id = ++seq;
      pending.set(id, { at: elapsed + Math.max(0, ms), run: callback });
      return () => pending.delete(id);
    },
    monotonic: () => elapsed,
  };
  const runDue = () => {
    for (;;) {
      const next = [...pending.entries()].filter(([, t]) => t.at <= elapsed).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) return;
      pending.delete(next[0]);
      next[1].run();
    }
  };
  return {
    timers,
    pendingCount: () => pending.size,
    advance(ms: number) {
      const end = elapsed + ms;
      for (;;) {
        const next = [...pending.values()].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        clock.advance(next.at - elapsed);
        elapsed = next.at;
        runDue();
      }
      clock.advance(end - elapsed);
      elapsed = end;
    },
    /** The machine sleeps: wall and monotonic time pass, nothing runs until the caller resumes. */
    sleep(ms: number) {
      clock.advance(ms);
      // Timers that were due during the sleep fire on resume, all at once (as OS timers do).
      elapsed += ms;
    },
    /** Runs whatever came due during a sleep (what the OS does right after resume). */
    resume: runDue,
    jump(ms: number) {
      clock.advance(ms);
    },
  };
}
