/**
 * DataFolder and BackupFolder on the file system. Files are written owner-only (0600, folders
 * 0700; Windows ignores the mode and the per-user profile folder's ACL applies) and atomically:
 * a temp file, fsync, then rename over the target.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFolder, DataFolder } from '../ports/data-folder.js';

export const BACKUP_DIR = 'backups';
const BACKUP_NAME = /^[A-Za-z0-9._-]+$/;

function writeAtomically(target: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.tmp-${process.pid}`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}

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
    readText: (p) => fs.readFileSync(inside(root, p), 'utf8'),
    remove: (p) => fs.rmSync(inside(root, p), { force: true }),
    wipe() {
      const count = walk().length;
      fs.rmSync(root, { recursive: true, force: true });
      return count;
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
            .filter((e) => e.isFile() && BACKUP_NAME.test(e.name) && !e.name.includes('.tmp-'))
            .map((e) => ({ name: e.name, bytes: fs.statSync(path.join(folder, e.name)).size }))
        : [],
    read: (name) => new Uint8Array(fs.readFileSync(file(name))),
    write: (name, bytes) => writeAtomically(file(name), bytes),
    remove: (name) => fs.rmSync(file(name), { force: true }),
  };
}
