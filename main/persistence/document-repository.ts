/**
 * Loads and saves one kind of versioned document (settings, a month of day records, …) through
 * the key-value port. On load the whole document is migrated and validated with zod; a file that
 * cannot be parsed or does not validate is moved aside as `<name>.corrupt-<timestamp>.json`, the
 * user gets a notice naming that path, and the repository starts from the defaults. Nothing is
 * ever reset without the old file being kept.
 */
import type { z } from 'zod';
import type { StorageNotice } from '../../shared/ipc/contract.js';
import type { Clock } from '../ports/clock.js';
import { type KeyValueStoreFactory, UnreadableStoreError } from '../ports/key-value-store.js';
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
  load(): T;
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

  const keepAside = (kind: StorageNotice['kind']): T => {
    const at = deps.clock.now();
    const keptAt = store.moveAside(`corrupt-${fileTimestamp(at)}`);
    deps.notices.add({ id: `${name}@${at}`, kind, document: name, keptAt, at: new Date(at).toISOString() });
    const fresh = type.defaults();
    write(fresh);
    return fresh;
  };

  const write = (value: T) => {
    store.writeAll({ schemaVersion: type.version, ...(value as Record<string, unknown>) });
    cached = value;
  };

  const read = (): T => {
    let raw: Record<string, unknown>;
    try {
      raw = store.readAll();
    } catch (error) {
      if (error instanceof UnreadableStoreError) return keepAside('corrupt');
      throw error;
    }
    // No file yet: defaults, but nothing is written until the first save (browsing a month
    // must not litter the data folder with empty files).
    if (Object.keys(raw).length === 0) return type.defaults();
    const outcome = migrate(raw, type.version, type.migrations);
    if (outcome.kind === 'newer_version') return keepAside('newer_version');
    if (outcome.kind === 'invalid') return keepAside('invalid');
    const { schemaVersion: _version, ...body } = outcome.doc;
    const parsed = type.schema.safeParse(body);
    if (!parsed.success) return keepAside('invalid');
    if (outcome.migrated && !store.readOnly) write(parsed.data);
    return parsed.data;
  };

  return {
    path: store.path,
    load() {
      cached ??= read();
      return cached;
    },
    save(value) {
      // Callers validate user input; this guards the file against a programming error.
      const parsed = type.schema.parse(value);
      write(parsed);
      return parsed;
    },
  };
}
