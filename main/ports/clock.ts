/** Time is a port: services never call Date.now() or setTimeout themselves (tests use a fake). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): () => void;
}
