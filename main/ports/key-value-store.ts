/**
 * A small key-value port over one file on disk. Electron uses electron-store, tests and the
 * browser preview use conf; both go through main/adapters/conf-key-value-store.ts.
 */
import type { StorageProblemReason } from '../../shared/storage/storage-notice.js';

export interface KeyValueStore {
  /** Absolute path of the file behind this store. */
  readonly path: string;
  /** A store opened for reading only (the command line): migrated documents are not written back. */
  readonly readOnly?: boolean;
  /**
   * Every key and value as stored now. Throws UnreadableStoreError if the file cannot be parsed,
   * StoreAccessError if it cannot be read at all (permissions), NotOwnFileError if it (or a folder
   * on the way to it) is a link or anything else that is not the app's own regular file.
   */
  readAll(): Record<string, unknown>;
  /** Replaces the whole content in one atomic write. Throws StoreAccessError or NotOwnFileError. */
  writeAll(data: Record<string, unknown>): void;
  /**
   * Moves the file aside (it is never deleted) and returns where it went. When a folder on the way
   * to the file is not the app's own (a link), that folder is what moves: the file behind it is
   * not ours to touch.
   */
  moveAside(suffix: string): string;
}

export interface KeyValueStoreFactory {
  /** The folder all documents live under. */
  readonly root: string;
  /** `name` is a relative, slash-separated document name such as "settings" or "days/2026-11". */
  open(name: string): KeyValueStore;
  /** Why nothing can be saved in the folder at all (read-only), checked once at start; undefined when it can. */
  problem?(): StoreAccessError | undefined;
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

/** Why a file could not be read or written — the three things a user can act on, and a busy file. */
export type StoreAccessReason = StorageProblemReason;

/**
 * The OS refused to read or write a stored file. The file is left exactly as it is (never moved
 * aside, never overwritten): it is not damaged, only out of reach.
 */
export class StoreAccessError extends Error {
  /** The document name ("settings", "days/2026-11") once the persistence layer knows it. */
  document: string | undefined;
  /** A save refused because the file could not be read (it would replace content never seen). */
  saveRefused = false;
  constructor(
    readonly path: string,
    readonly operation: 'read' | 'write',
    readonly reason: StoreAccessReason,
    cause?: unknown,
  ) {
    super(`cannot ${operation} ${path} (${reason})`, { cause });
    this.name = 'StoreAccessError';
  }
}

/** A stored file (or a folder on the way to it) is a link, a device, or someone else's: never followed. */
export class NotOwnFileError extends Error {
  constructor(readonly path: string) {
    super(`not the app's own regular file: ${path}`);
    this.name = 'NotOwnFileError';
  }
}
