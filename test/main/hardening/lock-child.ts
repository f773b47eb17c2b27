/**
 * Child process for the one-writer tests: takes the data-folder lock like a shell does, says what
 * it got on stdout, holds it for `holdMs` (or until killed), then releases it and ends.
 *   node lock-child.mjs <data dir> [holdMs] [start at, epoch ms]
 */
import { acquireDataFolderLock } from '../../../main/adapters/data-folder-lock.js';

const [dir, holdMs, startAt] = process.argv.slice(2);
// Several children given the same instant start their attempt together (a race, not a queue).
while (startAt && Date.now() < Number(startAt));
const outcome = acquireDataFolderLock(dir!, 'preview');
process.stdout.write(`${JSON.stringify({ kind: outcome.kind, pid: process.pid })}\n`);
setTimeout(() => {
  if (outcome.kind === 'acquired') outcome.lock.release();
  process.exit(0);
}, Number(holdMs ?? 60_000));
