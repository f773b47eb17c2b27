/**
 * What every shell (the desktop app, the browser preview) does with its data folder before it
 * opens a single document: take the one-writer lock, then clear what an interrupted run left —
 * temp files of writes that never finished, folders an older version made 0755. The read-only
 * command line does none of this: it reads without the lock and changes nothing.
 */
import { type ConfConstructor, createConfStoreFactory } from '../adapters/conf-key-value-store.js';
import { type DataFolderLock, type LockOwner, acquireDataFolderLock } from '../adapters/data-folder-lock.js';
import { removeInterruptedWrites } from '../adapters/interrupted-writes.js';
import { tightenFolderModes } from '../adapters/own-file.js';
import { readOnlyStores } from '../persistence/read-only-stores.js';
import { type KeyValueStoreFactory, StoreAccessError } from '../ports/key-value-store.js';
import type { Logger } from '../ports/logger.js';
import type { DataInUse } from './data-in-use-message.js';

export type ClaimedFolder =
  | {
      kind: 'claimed';
      stores: KeyValueStoreFactory;
      /** Undefined for a read-only folder: nobody can write there, so there is nothing to guard. */
      lock: DataFolderLock | undefined;
      /** Temp files of interrupted writes that were removed (relative paths). */
      removed: string[];
    }
  | ({ kind: 'inUse' } & DataInUse);

export function claimDataFolder(root: string, shell: LockOwner['shell'], logger: Logger, ConfClass?: ConfConstructor): ClaimedFolder {
  const outcome = acquireDataFolderLock(root, shell);
  const stores = createConfStoreFactory(root, ConfClass);
  if (outcome.kind === 'held') return { kind: 'inUse', root, lockPath: outcome.path, owner: outcome.owner, otherHost: outcome.otherHost };
  if (outcome.kind === 'readOnly') {
    // Shown, never half-written: every save is refused with the reason (and a notice says so at start).
    return { kind: 'claimed', stores: readOnlyStores(stores, (file) => new StoreAccessError(file, 'write', 'readOnly', outcome.error)), lock: undefined, removed: [] };
  }
  let removed: string[] = [];
  try {
    removed = removeInterruptedWrites(root);
    tightenFolderModes(root);
  } catch (error) {
    // A subfolder we may not look into: the documents in it get their own notice when opened.
    logger.error('tidying the data folder failed', error);
  }
  return { kind: 'claimed', stores, lock: outcome.lock, removed };
}
