import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a crash or a power cut leaves either the old or the new content: a temp
 * file beside it, fsync, then rename over the target (a rename replaces the entry itself: a link
 * there is replaced, never written through). `ownerOnly`: 0600 (folder 0700) where the OS has
 * modes; on Windows the per-user profile's ACL applies.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array, ownerOnly: boolean): void {
  fs.mkdirSync(path.dirname(target), { recursive: true, ...(ownerOnly ? { mode: 0o700 } : {}) });
  const temp = `${target}.tmp-${process.pid}`;
  // A fresh file of our own: whatever sits at the temp name (a leftover, a planted link) is
  // removed, not followed, and 'wx' fails rather than write through anything that reappears.
  fs.rmSync(temp, { force: true });
  const fd = fs.openSync(temp, 'wx', ownerOnly ? 0o600 : 0o666);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}
