/**
 * The app's log file, for IT staff asked "why did the reminder not come?": one line per entry,
 * UTC time first, owner-only, kept in the data folder (so "export, then wipe" removes it too).
 * It never holds what staff typed — callers log kinds, counts and durations. At 1 MB the file is
 * renamed to `.1` (the previous `.1` is dropped), so it never grows without bound.
 * Writing a log line must never break the app: a failure to write is swallowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../ports/logger.js';

export const LOG_FILE = 'logs/main.log';
const MAX_BYTES = 1024 * 1024;

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}` : error === undefined ? '' : String(error));

export function createFileLogger(file: string, now: () => number = () => Date.now()): Logger {
  const write = (level: string, message: string) => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      try {
        if (fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      } catch {
        // No file yet.
      }
      fs.appendFileSync(file, `${new Date(now()).toISOString()} ${level} ${message}\n`, { mode: 0o600 });
    } catch {
      // A log that cannot be written (disk full, read-only) must not stop what it describes.
    }
  };
  return {
    info: (message) => write('INFO', message),
    error: (message, error) => write('ERROR', `${message}${error === undefined ? '' : ` ${describe(error)}`}`),
  };
}

/** Both places at once: the terminal (or Electron's stderr) and the log file. */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    info: (message) => loggers.forEach((l) => l.info(message)),
    error: (message, error) => loggers.forEach((l) => l.error(message, error)),
  };
}
