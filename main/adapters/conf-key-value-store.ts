/**
 * KeyValueStore on conf (and electron-store, which extends conf and takes the same options).
 * conf writes atomically (write to a temp file, then rename), so a crash mid-write leaves either
 * the old or the new file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { type KeyValueStore, type KeyValueStoreFactory, UnreadableStoreError } from '../ports/key-value-store.js';

type ConfLike = { readonly path: string; store: Record<string, unknown> };
export type ConfConstructor = new (options: Record<string, unknown>) => ConfLike;

const DOCUMENT_NAME = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export function createConfStoreFactory(root: string, ConfClass: ConfConstructor = Conf as unknown as ConfConstructor): KeyValueStoreFactory {
  return {
    root,
    open(name) {
      if (!DOCUMENT_NAME.test(name)) throw new Error(`invalid document name: ${name}`);
      const parts = name.split('/');
      const filePath = path.join(root, ...parts) + '.json';
      let conf: ConfLike | undefined;
      const instance = (): ConfLike => {
        conf ??= new ConfClass({
          cwd: path.dirname(filePath),
          configName: parts[parts.length - 1],
          // Owner-only: these files hold one employee's working times.
          configFileMode: 0o600,
          accessPropertiesByDotNotation: false,
          clearInvalidConfig: false, // never reset silently; the repository moves bad files aside
          watch: false,
        });
        return conf;
      };
      const store: KeyValueStore = {
        path: filePath,
        readAll() {
          try {
            return { ...instance().store };
          } catch (error) {
            throw new UnreadableStoreError(filePath, error);
          }
        },
        writeAll(data) {
          instance().store = data;
        },
        moveAside(suffix) {
          const target = filePath.replace(/\.json$/, `.${suffix}.json`);
          fs.renameSync(filePath, target);
          conf = undefined;
          return target;
        },
      };
      return store;
    },
  };
}
