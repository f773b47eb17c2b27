/**
 * Loads and saves one kind of versioned document (settings, a month of day records, …) through
 * the key-value port. On load the whole document is migrated and validated with zod; a file that
 * cannot be parsed or does not validate is moved aside as `<name>.corrupt-<timestamp>.json`, the
 * user gets a notice naming that path, and the repository starts from the defaults. Nothing is
 * ever reset without the old file being kept.
 *
 * A file the app may not read (permissions) is another matter: it is not damaged, so it stays
 * exactly where and as it is — the app shows the defaults, says why, and refuses every save of
 * that document (a save would replace content it never saw). A save the disk refuses (read-only,
 * full) is refused to the caller with the reason; the loaded state only advances once written.
 * A link or anything else not the app's own in place of the file is never followed: it is moved
 * aside (renamed, not deleted) and reported.
 */
import type { z } from 'zod';
import type { StorageNotice } from '../../shared/storage/storage-notice.js';
import type { Clock } from '../ports/clock.js';
import { type KeyValueStoreFactory, NotOwnFileError, StoreAccessError, UnreadableStoreError } from '../ports/key-value-store.js';
import { fileTimestamp } from './file-timestamp.js';
import { type Migration, migrate } from './migrations.js';
import type { StorageNotices } from './storage-notices.js';

export interface DocumentType<T> {
  /** Current schema version of the stored document. */
  version: number;
  /** migrations[i] upgrades version i+1 to i+2. */
  migrations: readonly Migration[];
  /** Validates the stored document without its `schemaVersion` key. */
  schema: z.ZodType<T>;
  defaults(): T;
}

export interface DocumentRepository<T> {
  /** A copy the caller may change: nothing changes in here until save() has written it. */
  load(): T;
  /** The loaded document itself, for reading only (no copy: months of history are read often). */
  peek(): Readonly<T>;
  /** Writes the document; throws StoreAccessError (nothing changed) when it cannot be saved. */
  save(value: T): T;
  readonly path: string;
}

export interface RepositoryDeps {
  factory: KeyValueStoreFactory;
  clock: Clock;
  notices: StorageNotices;
}

export function openDocument<T>(name: string, type: DocumentType<T>, deps: RepositoryDeps): DocumentRepository<T> {
  const store = deps.factory.open(name);
  let cached: T | undefined;
  /** Set when the file could not be read: every save is refused with it. */
  let outOfReach: StoreAccessError | undefined;
  const isoNow = () => new Date(deps.clock.now()).toISOString();

  /** Tells the user about a file out of reach (once per document and kind until dismissed). */
  const reportAccess = (error: StoreAccessError): StoreAccessError => {
    error.document = name;
    const kind = error.operation === 'read' ? 'unreadable' : 'unwritable';
    deps.notices.report({ id: `${name}:${kind}:${error.reason}`, kind, document: name, path: error.path, reason: error.reason, at: isoNow() });
    return error;
  };

  /** Renames what is in the way (never deletes it) and reports where it went. */
  const moveAside = (kind: StorageNotice['kind']): void => {
    const at = deps.clock.now();
    const prefix = kind === 'not_own' ? 'not-own' : 'corrupt';
    const keptAt = store.moveAside(`${prefix}-${fileTimestamp(at)}`);
    deps.notices.add({ id: `${name}@${at}`, kind, document: name, keptAt, at: new Date(at).toISOString() });
  };

  const writeOnce = (value: T) => store.writeAll({ schemaVersion: type.version, ...(value as Record<string, unknown>) });

  const write = (value: T) => {
    if (outOfReach) {
      const refusal = new StoreAccessError(outOfReach.path, 'read', outOfReach.reason, outOfReach);
      refusal.document = name;
      refusal.saveRefused = true;
      throw refusal;
    }
    try {
      try {
        writeOnce(value);
      } catch (error) {
        if (!(error instanceof NotOwnFileError)) throw error;
        // Someone put a link (or a folder, a pipe…) where our file goes: keep it, write our own.
        moveAside('not_own');
        writeOnce(value);
      }
    } catch (error) {
      if (error instanceof StoreAccessError) throw reportAccess(error);
      throw error;
    }
    cached = value;
  };

  const startFresh = (kind: StorageNotice['kind']): T => {
    try {
      moveAside(kind);
    } catch (error) {
      // Cannot even rename it (read-only folder): leave it untouched and save nothing over it.
      if (!(error instanceof StoreAccessError)) throw error;
      outOfReach = reportAccess(error);
      return type.defaults();
    }
    const fresh = type.defaults();
    try {
      write(fresh);
    } catch (error) {
      if (!(error instanceof StoreAccessError)) throw error;
      cached = fresh; // the old file is safe aside; the next save tries again
    }
    return fresh;
  };

  const read = (): T => {
    let raw: Record<string, unknown>;
    try {
      raw = store.readAll();
    } catch (error) {
      if (error instanceof UnreadableStoreError) return startFresh('corrupt');
      if (error instanceof NotOwnFileError) return startFresh('not_own');
      // A reader that may not change anything (the command line) must not carry on with defaults.
      if (error instanceof StoreAccessError && !store.readOnly) {
        outOfReach = reportAccess(error);
        return type.defaults();
      }
      throw error;
    }
    // No file yet: defaults, but nothing is written until the first save (browsing a month
    // must not litter the data folder with empty files).
    if (Object.keys(raw).length === 0) return type.defaults();
    const outcome = migrate(raw, type.version, type.migrations);
    if (outcome.kind === 'newer_version') return startFresh('newer_version');
    if (outcome.kind === 'invalid') return startFresh('invalid');
    const { schemaVersion: _version, ...body } = outcome.doc;
    const parsed = type.schema.safeParse(body);
    if (!parsed.success) return startFresh('invalid');
    if (outcome.migrated && !store.readOnly) {
      try {
        write(parsed.data);
      } catch (error) {
        // Reported; the migrated copy is used now and written back by the next save that can.
        if (!(error instanceof StoreAccessError)) throw error;
      }
    }
    return parsed.data;
  };

  const peek = (): T => {
    cached ??= read();
    return cached;
  };

  return {
    path: store.path,
    peek,
    load: () => structuredClone(peek()),
    save(value) {
      // Callers validate user input; this guards the file against a programming error.
      const parsed = type.schema.parse(value);
      write(parsed);
      return structuredClone(parsed);
    },
  };
}
