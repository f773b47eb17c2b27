/** Time is a port: services never call Date.now() or setTimeout themselves (tests use a fake). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): () => void;
  /**
   * Milliseconds on a clock that setting the wall clock does not move (the one timers run on).
   * Lets the scheduler tell a clock change from a late timer when it writes its log; optional
   * because nothing else needs it.
   */
  monotonic?(): number;
}
