/**
 * A small key-value port over one file on disk. Electron uses electron-store, tests and the
 * browser preview use conf; both go through main/adapters/conf-key-value-store.ts.
 */
export interface KeyValueStore {
  /** Absolute path of the file behind this store. */
  readonly path: string;
  /** A store opened for reading only (the command line): migrated documents are not written back. */
  readonly readOnly?: boolean;
  /** Every key and value as stored now. Throws UnreadableStoreError if the file cannot be parsed. */
  readAll(): Record<string, unknown>;
  /** Replaces the whole content in one atomic write. */
  writeAll(data: Record<string, unknown>): void;
  /** Moves the file aside (it is never deleted) and returns where it went. */
  moveAside(suffix: string): string;
}

export interface KeyValueStoreFactory {
  /** The folder all documents live under. */
  readonly root: string;
  /** `name` is a relative, slash-separated document name such as "settings" or "days/2026-11". */
  open(name: string): KeyValueStore;
}

export class UnreadableStoreError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`cannot parse ${path}`, { cause });
    this.name = 'UnreadableStoreError';
  }
}
