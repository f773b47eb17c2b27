/**
 * A data folder opened for reading only. The command line exports from a returned laptop's data
 * and must never change it — not even to move a damaged file aside. The app opens a folder it
 * cannot write to (read-only, so it could not take the one-writer lock either) the same way: it
 * shows what is stored and refuses every save with the reason, instead of half-writing.
 */
import type { KeyValueStoreFactory, StoreAccessError } from '../ports/key-value-store.js';

export class ReadOnlyDataError extends Error {
  constructor(readonly path: string) {
    super(`read-only data folder: ${path}`);
    this.name = 'ReadOnlyDataError';
  }
}

/** `refusal`: why the app may not write here (the read-only folder); absent for the command line. */
export function readOnlyStores(inner: KeyValueStoreFactory, refusal?: (path: string) => StoreAccessError): KeyValueStoreFactory {
  const refuse = (path: string): never => {
    throw refusal ? refusal(path) : new ReadOnlyDataError(path);
  };
  return {
    root: inner.root,
    ...(refusal ? { problem: () => refusal(inner.root) } : {}),
    open(name) {
      const store = inner.open(name);
      return {
        path: store.path,
        // The command line: nothing migrated is written back, and a file it cannot read stops it.
        ...(refusal ? {} : { readOnly: true }),
        readAll: () => store.readAll(),
        writeAll: () => refuse(store.path),
        moveAside: () => refuse(store.path),
      };
    },
  };
}
