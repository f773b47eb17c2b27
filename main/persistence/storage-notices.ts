/**
 * The list of stored-file problems the user has not yet acknowledged. A file kept aside is
 * remembered across restarts (the list is itself persisted) until the user says they have seen
 * it. A file out of reach right now (no permission, read-only, disk full) is reported for this run
 * only: the next start finds it again if it still is, and the list may not be writable either.
 */
import { z } from 'zod';
import { type StorageNotice, storageNoticeSchema } from '../../shared/storage/storage-notice.js';
import type { Clock } from '../ports/clock.js';
import { type KeyValueStoreFactory, NotOwnFileError, StoreAccessError } from '../ports/key-value-store.js';
import { fileTimestamp } from './file-timestamp.js';

const noticesDocSchema = z.object({ notices: z.array(storageNoticeSchema) });

export interface StorageNotices {
  list(): StorageNotice[];
  /** A file kept aside: shown until dismissed, across restarts. */
  add(notice: StorageNotice): void;
  /** A file out of reach now: shown until dismissed in this run (again if it happens again). */
  report(notice: StorageNotice): void;
  dismiss(id: string): StorageNotice[];
  onAdded(listener: (notice: StorageNotice) => void): () => void;
}

export function createStorageNotices(factory: KeyValueStoreFactory, clock: Clock): StorageNotices {
  const store = factory.open('notices');
  let kept: StorageNotice[] = [];
  let current: StorageNotice[] = [];
  /** The list file could not be read: writing ours over it would lose the notices in it. */
  let leaveFileAlone = false;
  const listeners = new Set<(notice: StorageNotice) => void>();
  try {
    const parsed = noticesDocSchema.safeParse(store.readAll());
    if (parsed.success) kept = parsed.data.notices;
  } catch (error) {
    if (error instanceof StoreAccessError) leaveFileAlone = true;
    else {
      // The notices file only echoes problems whose evidence (the kept-aside file) is on disk;
      // if it is unreadable itself, move it aside too and start an empty list.
      try {
        store.moveAside(`${error instanceof NotOwnFileError ? 'not-own' : 'corrupt'}-${fileTimestamp(clock.now())}`);
      } catch {
        leaveFileAlone = true; // a read-only folder: the list lives in memory for this run
      }
    }
  }
  const save = () => {
    if (leaveFileAlone) return;
    try {
      store.writeAll({ notices: kept });
    } catch (error) {
      // The folder refuses writes (the notices say so themselves): they are shown from memory.
      if (!(error instanceof StoreAccessError || error instanceof NotOwnFileError)) throw error;
    }
  };
  const announce = (notice: StorageNotice) => {
    for (const l of listeners) l(notice);
  };
  return {
    list: () => [...kept, ...current],
    add(notice) {
      kept = [...kept, notice];
      save();
      announce(notice);
    },
    report(notice) {
      if (current.some((n) => n.id === notice.id)) return;
      current = [...current, notice];
      announce(notice);
    },
    dismiss(id) {
      current = current.filter((n) => n.id !== id);
      if (kept.some((n) => n.id === id)) {
        kept = kept.filter((n) => n.id !== id);
        save();
      }
      return [...kept, ...current];
    },
    onAdded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
