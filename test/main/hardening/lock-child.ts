/**
 * Child process for the one-writer tests: takes the data-folder lock like a shell does, says what
 * it got on stdout, holds it for `holdMs` (or until killed), then releases it and ends.
 */
import { acquireDataFolderLock } from '../../../main/adapters/data-folder-lock.js';

const [dir, holdMs] = process.argv.slice(2);
const outcome = acquireDataFolderLock(dir!, 'preview');
process.stdout.write(`${JSON.stringify({ kind: outcome.kind, pid: process.pid })}\n`);
setTimeout(() => {
  if (outcome.kind === 'acquired') outcome.lock.release();
  process.exit(0);
}, Number(holdMs ?? 60_000));
