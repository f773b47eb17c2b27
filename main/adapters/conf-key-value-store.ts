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
        // Read directly: conf's constructor and its `store` getter each read and parse the file
        // (and deep-compare it with the defaults), which tripled the cost of opening 5 years of
        // months. The files are plain JSON; conf still does every write.
        readAll() {
          let text: string;
          try {
            text = fs.readFileSync(filePath, 'utf8');
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ENOENT') return {};
            // A folder where the file should be is damage; a file held by a virus scanner or
            // not readable right now (EBUSY, EPERM, EACCES) is not — it must not be moved aside.
            if (code === 'EISDIR') throw new UnreadableStoreError(filePath, error);
            throw error;
          }
          let value: unknown;
          try {
            value = JSON.parse(text.replace(/^\uFEFF/, '')); // saved once in Notepad: still ours
          } catch (error) {
            throw new UnreadableStoreError(filePath, error);
          }
          if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UnreadableStoreError(filePath, new Error('not a JSON object'));
          return value as Record<string, unknown>;
        },
        writeAll(data) {
          // The data folder owner-only too (conf creates missing folders with the default mode).
          if (!fs.existsSync(root)) fs.mkdirSync(root, { recursive: true, mode: 0o700 });
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
