/**
 * KeyValueStore on conf (and electron-store, which extends conf and takes the same options).
 * conf writes atomically (write to a temp file, then rename), so a crash mid-write leaves either
 * the old or the new file. Everything it reads and replaces is checked to be the app's own
 * regular file first (own-file.ts): conf itself would follow a link out of the data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { type KeyValueStore, type KeyValueStoreFactory, NotOwnFileError, UnreadableStoreError } from '../ports/key-value-store.js';
import { FILE_MODE, asAccessError, ensureOwnFolders, firstNotOwn, folderProblem, readOwnFile } from './own-file.js';

type ConfLike = { readonly path: string; store: Record<string, unknown> };
export type ConfConstructor = new (options: Record<string, unknown>) => ConfLike;

const DOCUMENT_NAME = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export function createConfStoreFactory(root: string, ConfClass: ConfConstructor = Conf as unknown as ConfConstructor): KeyValueStoreFactory {
  return {
    root,
    problem: () => folderProblem(root),
    open(name) {
      if (!DOCUMENT_NAME.test(name)) throw new Error(`invalid document name: ${name}`);
      const parts = name.split('/');
      const filePath = path.join(root, ...parts) + '.json';
      let conf: ConfLike | undefined;
      const instance = (): ConfLike => {
        conf ??= new ConfClass({
          cwd: path.dirname(filePath),
          configName: parts[parts.length - 1],
          configFileMode: FILE_MODE,
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
          let text: string | undefined;
          try {
            text = readOwnFile(root, filePath);
          } catch (error) {
            // A folder where the file should be is not ours to read; a file held by a virus
            // scanner or not readable by us (EBUSY, EPERM, EACCES) is not damaged — it must not
            // be moved aside: readOwnFile reports those as StoreAccessError.
            if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new NotOwnFileError(filePath);
            throw error;
          }
          if (text === undefined) return {};
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
          try {
            // Every folder owner-only (conf would create days/ with the default 0755), and
            // nothing written through a link: conf resolves links and writes to their target.
            ensureOwnFolders(root, path.dirname(filePath));
            const notOwn = firstNotOwn(root, filePath);
            if (notOwn) throw new NotOwnFileError(notOwn);
            instance().store = data;
          } catch (error) {
            conf = undefined; // built on a file that may have been replaced meanwhile
            throw asAccessError(error, filePath, 'write') ?? error;
          }
        },
        moveAside(suffix) {
          const inTheWay = firstNotOwn(root, filePath);
          const source = inTheWay && inTheWay !== filePath ? inTheWay : filePath;
          const target = source === filePath ? filePath.replace(/\.json$/, `.${suffix}.json`) : `${source}.${suffix}`;
          try {
            fs.renameSync(source, target); // renames a link itself, never what it points to
          } catch (error) {
            throw asAccessError(error, filePath, 'write') ?? error;
          }
          conf = undefined;
          return target;
        },
      };
      return store;
    },
  };
}
