/**
 * The stores one generation of services writes through. When a restore, an import or a wipe
 * replaces the files, the old generation is retired: a handler of it still running (a webhook
 * waiting on its retries, a file dialog still open) can no longer write its cached, older month
 * over the new data — its save is refused with a message instead.
 */
import { UserError } from '../services/user-error.js';
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';

export function generationStores(inner: KeyValueStoreFactory): { stores: KeyValueStoreFactory; retire(): void } {
  let retired = false;
  const guard = () => {
    if (retired) throw new UserError('invalid_input', 'data.retired');
  };
  return {
    retire: () => void (retired = true),
    stores: {
      root: inner.root,
      open(name) {
        const store = inner.open(name);
        return {
          path: store.path,
          ...(store.readOnly ? { readOnly: true } : {}),
          readAll: () => store.readAll(),
          writeAll: (data) => (guard(), store.writeAll(data)),
          moveAside: (suffix) => (guard(), store.moveAside(suffix)),
        };
      },
    },
  };
}
