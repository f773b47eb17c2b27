/**
 * DataFolder and BackupFolder on the file system. Backups are written owner-only and atomically
 * (atomic-file.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFolder, DataFolder } from '../ports/data-folder.js';
import { StoreAccessError } from '../ports/key-value-store.js';
import { writeFileAtomically } from './atomic-file.js';
import { ensureOwnFolders, readOwnFile } from './own-file.js';

export const BACKUP_DIR = 'backups';
const BACKUP_NAME = /^[A-Za-z0-9._-]+$/;

/** Refuses names that would leave the folder (they come from stored or imported data). */
function inside(root: string, relativePath: string): string {
  const target = path.resolve(root, ...relativePath.split('/'));
  if (!target.startsWith(path.resolve(root) + path.sep)) throw new Error(`outside the data folder: ${relativePath}`);
  return target;
}

export function createFsDataFolder(root: string): DataFolder {
  const walk = (): string[] =>
    fs.existsSync(root)
      ? fs
          .readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
          .sort()
      : [];
  return {
    root,
    files: () => walk().filter((f) => !f.startsWith(`${BACKUP_DIR}/`)),
    // Not through a link, and a file we may not read is named with the reason (StoreAccessError).
    readText(p) {
      let text: string | undefined;
      try {
        text = readOwnFile(root, inside(root, p));
      } catch (error) {
        // "days/2026-11.json" → the document the message names (「2026-11 の日々の記録」).
        if (error instanceof StoreAccessError) error.document = p.replace(/\.json$/, '');
        throw error;
      }
      if (text === undefined) throw Object.assign(new Error(`gone: ${p}`), { code: 'ENOENT' });
      return text;
    },
    // Retries: on Windows a virus scanner or the search indexer may hold a file for a moment.
    remove: (p) => fs.rmSync(inside(root, p), { force: true, maxRetries: 5 }),
    removeEmptyFolders() {
      if (!fs.existsSync(root)) return;
      const folders = fs
        .readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => path.join(e.parentPath, e.name))
        .sort((a, b) => b.length - a.length); // deepest first
      for (const folder of [...folders, root]) if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
    },
  };
}

export function createFsBackupFolder(folder: string): BackupFolder {
  const file = (name: string) => {
    if (!BACKUP_NAME.test(name) || name.startsWith('.')) throw new Error(`bad backup name: ${name}`);
    return path.join(folder, name);
  };
  return {
    path: folder,
    list: () =>
      fs.existsSync(folder)
        ? fs
            .readdirSync(folder, { withFileTypes: true })
            .filter((e) => e.isFile() && BACKUP_NAME.test(e.name))
            .map((e) => ({ name: e.name, bytes: fs.statSync(path.join(folder, e.name)).size }))
        : [],
    read: (name) => new Uint8Array(fs.readFileSync(file(name))),
    write(name, bytes) {
      // backups/ itself must be a real folder of ours, not a link carrying the archives elsewhere.
      ensureOwnFolders(path.dirname(folder), folder);
      writeFileAtomically(file(name), bytes, true);
    },
    remove: (name) => fs.rmSync(file(name), { force: true, maxRetries: 5 }),
  };
}
