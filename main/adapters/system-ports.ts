/**
 * The ports every real shell (the desktop app, the browser preview) gives the app the same way:
 * the system clock and timers, ids, the network (used only by an integration the user turned on),
 * the OS time zone followed while running, and the log — the console plus the app's log file in
 * the data folder (so "export, then wipe" removes it too).
 */
import path from 'node:path';
import type { AppPorts } from '../ports/app-ports.js';
import type { Logger } from '../ports/logger.js';
import { LOG_FILE, createFileLogger, teeLogger } from './file-logger.js';
import { createNodeHttpPoster } from './node-http-poster.js';
import { randomId, systemClock, systemTimers } from './system-clock.js';
import { createSystemTimeZone } from './system-time-zone.js';

export function systemPorts(dataDir: string, console: Logger): Pick<AppPorts, 'clock' | 'timers' | 'poster' | 'newId' | 'logger' | 'timeZone'> {
  return {
    clock: systemClock,
    timers: systemTimers,
    poster: createNodeHttpPoster(),
    newId: randomId,
    logger: teeLogger(console, createFileLogger(path.join(dataDir, LOG_FILE))),
    timeZone: createSystemTimeZone(),
  };
}
