/**
 * The list of stored-file problems the user has not yet acknowledged. It is itself persisted, so a
 * notice survives a restart until the user says they have seen it.
 */
import { z } from 'zod';
import { type StorageNotice, storageNoticeSchema } from '../../shared/ipc/contract.js';
import type { Clock } from '../ports/clock.js';
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';
import { fileTimestamp } from './file-timestamp.js';

const noticesDocSchema = z.object({ notices: z.array(storageNoticeSchema) });

export interface StorageNotices {
  list(): StorageNotice[];
  add(notice: StorageNotice): void;
  dismiss(id: string): StorageNotice[];
  onAdded(listener: (notice: StorageNotice) => void): () => void;
}

export function createStorageNotices(factory: KeyValueStoreFactory, clock: Clock): StorageNotices {
  const store = factory.open('notices');
  let notices: StorageNotice[] = [];
  const listeners = new Set<(notice: StorageNotice) => void>();
  try {
    const parsed = noticesDocSchema.safeParse(store.readAll());
    if (parsed.success) notices = parsed.data.notices;
  } catch {
    // The notices file only echoes problems whose evidence (the kept-aside file) is on disk;
    // if it is unreadable itself, move it aside too and start an empty list.
    store.moveAside(`corrupt-${fileTimestamp(clock.now())}`);
  }
  const save = () => store.writeAll({ notices });
  return {
    list: () => [...notices],
    add(notice) {
      notices = [...notices, notice];
      save();
      for (const l of listeners) l(notice);
    },
    dismiss(id) {
      notices = notices.filter((n) => n.id !== id);
      save();
      return [...notices];
    },
    onAdded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
