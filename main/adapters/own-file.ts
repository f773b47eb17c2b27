/**
 * The data folder is the app's alone: what it reads and replaces must be its own regular files in
 * its own folders — never a symbolic link (it would carry a save to a file outside, or a read
 * from one), a device or pipe (a read would hang), or a file of another user. Checked with lstat,
 * which looks at the entry itself, before every read and every replace. The data folder itself
 * may be a link (a profile redirected to another disk); only what lies below it is checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NotOwnFileError, StoreAccessError, type StoreAccessReason } from '../ports/key-value-store.js';

/** Owner-only: one employee's working times. Windows has no modes; the profile's ACL applies there. */
export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

const ownUid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** A regular file (or a real folder) owned by the user the app runs as (Windows has no uid to compare). */
export function isOwn(stat: fs.Stats, kind: 'file' | 'folder'): boolean {
  const rightType = kind === 'file' ? stat.isFile() : stat.isDirectory();
  return rightType && (ownUid === undefined || stat.uid === ownUid);
}

function lstatOrUndefined(entry: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(entry);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The entries from just below root down to `target` itself. */
function entriesBelow(root: string, target: string): string[] {
  const parts = path.relative(root, target).split(path.sep);
  return parts.map((_, i) => path.join(root, ...parts.slice(0, i + 1)));
}

/**
 * The first entry below root on the way to `target` (target included) that exists and is not the
 * app's own, or undefined when all are (a missing one ends the walk: nothing beyond it exists).
 */
export function firstNotOwn(root: string, target: string): string | undefined {
  const entries = entriesBelow(root, target);
  for (const [i, entry] of entries.entries()) {
    const stat = lstatOrUndefined(entry);
    if (!stat) return undefined;
    if (!isOwn(stat, i === entries.length - 1 ? 'file' : 'folder')) return entry;
  }
  return undefined;
}

/**
 * Folders an older version created with the default mode (days/ and reminders/ were 0755): made
 * owner-only. Only real folders of the app's own; a link is not followed.
 */
export function tightenFolderModes(root: string): void {
  if (ownUid === undefined || !fs.existsSync(root)) return; // Windows: the profile's ACL applies
  const folders = [root, ...fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name))];
  for (const folder of folders) {
    const stat = fs.lstatSync(folder);
    if (isOwn(stat, 'folder') && (stat.mode & 0o077) !== 0) fs.chmodSync(folder, FOLDER_MODE);
  }
}

/** Creates the folders from root down to `folder` owner-only, refusing any that is not the app's own. */
export function ensureOwnFolders(root: string, folder: string): void {
  if (!fs.existsSync(root)) fs.mkdirSync(root, { recursive: true, mode: FOLDER_MODE });
  if (path.resolve(folder) === path.resolve(root)) return;
  for (const entry of entriesBelow(root, folder)) {
    const stat = lstatOrUndefined(entry);
    if (!stat) fs.mkdirSync(entry, { mode: FOLDER_MODE });
    else if (!isOwn(stat, 'folder')) throw new NotOwnFileError(entry);
  }
}

/**
 * The text of `file`, or undefined when there is none. Opened without following a link
 * (O_NOFOLLOW where the OS has it) and checked again on the open descriptor, so a link swapped in
 * after the lstat is not read through either.
 */
export function readOwnFile(root: string, file: string): string | undefined {
  let notOwn: string | undefined;
  try {
    notOwn = firstNotOwn(root, file);
  } catch (error) {
    throw asAccessError(error, file, 'read') ?? error; // a folder on the way that we may not look into
  }
  if (notOwn) throw new NotOwnFileError(notOwn);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new NotOwnFileError(file);
    throw asAccessError(error, file, 'read') ?? error;
  }
  try {
    if (!isOwn(fs.fstatSync(fd), 'file')) throw new NotOwnFileError(file);
    return fs.readFileSync(fd, 'utf8');
  } catch (error) {
    throw asAccessError(error, file, 'read') ?? error;
  } finally {
    fs.closeSync(fd);
  }
}

function writable(entry: string): boolean {
  try {
    fs.accessSync(entry, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file or folder the OS marks read-only (no owner write bit; Windows' read-only attribute shows as such). */
function markedReadOnly(entry: string): boolean {
  const stat = lstatOrUndefined(entry);
  return stat !== undefined && (stat.mode & 0o200) === 0;
}

/** The reason a user can act on, for an OS error while reading or writing `file`; undefined for anything else. */
export function accessReasonOf(error: unknown, file: string, operation: 'read' | 'write'): StoreAccessReason | undefined {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'noSpace';
    case 'EROFS':
      return 'readOnly';
    case 'EBUSY':
      return 'busy';
    case 'EACCES':
    case 'EPERM':
      if (operation === 'read') return 'permission';
      return !writable(path.dirname(file)) || markedReadOnly(file) ? 'readOnly' : 'permission';
    default:
      return undefined;
  }
}

export function asAccessError(error: unknown, file: string, operation: 'read' | 'write'): StoreAccessError | undefined {
  if (error instanceof StoreAccessError) return error;
  const reason = accessReasonOf(error, file, operation);
  return reason ? new StoreAccessError(file, operation, reason, error) : undefined;
}

/** Why nothing can be written in `folder` (or, while it does not exist yet, in the nearest folder above it). */
export function folderProblem(folder: string): StoreAccessError | undefined {
  let existing = path.resolve(folder);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    fs.accessSync(existing, fs.constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason: StoreAccessReason = code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'readOnly' : 'permission';
    return new StoreAccessError(folder, 'write', reason, error);
  }
}
