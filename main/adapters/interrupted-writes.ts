/**
 * Temp files of writes that never finished — the process was killed (or the power cut) between
 * writing the temp file and renaming it over the real one: conf's `<file>.tmp-<10 digits><6 hex>`,
 * atomic-file's and the backups' `<file>.tmp-<pid>`. The real file is whole either way, so the
 * temp file is only litter (and a copy of personal records nobody would think of wiping).
 *
 * Removed at start, and only once this instance holds the data-folder lock: before that, a temp
 * file may be another running instance's write in progress. Only the app's own kinds of file are
 * touched (a temp of a .json document, a .json.gz backup or the lock), only regular files of its
 * own, and links are not followed into other folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isOwn } from './own-file.js';

const INTERRUPTED = /\.(json|json\.gz|lock)\.tmp-[0-9a-f]+$/;

export function removeInterruptedWrites(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const removed: string[] = [];
  // readdir's file types describe the entries themselves: a link is neither a file nor a folder here.
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !INTERRUPTED.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!isOwn(fs.lstatSync(file), 'file')) continue;
    fs.rmSync(file, { force: true });
    removed.push(path.relative(root, file));
  }
  return removed;
}
