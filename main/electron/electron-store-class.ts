/**
 * electron-store as the ConfConstructor the conf adapter expects.
 *
 * Why not pass ElectronStore directly: electron-store overwrites conf's `configName` with its own
 * `name` option (default "config"), so every document would land in a file called config.json —
 * "settings" and every month of "days/…" in the same folder would share one file. This subclass
 * maps configName to name before electron-store sees the options.
 */
import ElectronStore from 'electron-store';
import type { ConfConstructor } from '../adapters/conf-key-value-store.js';

type ElectronStoreOptions = NonNullable<ConstructorParameters<typeof ElectronStore>[0]>;

class DocumentElectronStore extends ElectronStore {
  constructor(options: Record<string, unknown>) {
    const { configName, ...rest } = options;
    if (typeof configName !== 'string' || configName === '') throw new Error('configName is required');
    super({ ...rest, name: configName } as ElectronStoreOptions);
  }
}

export const ElectronStoreClass: ConfConstructor = DocumentElectronStore;
