/**
 * A data folder opened for reading only: the command line exports from a returned laptop's data
 * and must never change it — not even to move a damaged file aside.
 */
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';

export class ReadOnlyDataError extends Error {
  constructor(readonly path: string) {
    super(`read-only data folder: ${path}`);
    this.name = 'ReadOnlyDataError';
  }
}

export function readOnlyStores(inner: KeyValueStoreFactory): KeyValueStoreFactory {
  return {
    root: inner.root,
    open(name) {
      const store = inner.open(name);
      return {
        path: store.path,
        readOnly: true,
        readAll: () => store.readAll(),
        writeAll: () => {
          throw new ReadOnlyDataError(store.path);
        },
        moveAside: () => {
          throw new ReadOnlyDataError(store.path);
        },
      };
    },
  };
}
