/**
 * Follows the OS time zone while the app runs. V8 caches the zone it read at start-up and never
 * looks again, but it does drop that cache when `process.env.TZ` is assigned (Node re-reads the
 * zone on every such assignment). So: read what the OS says now, and when it is not the zone the
 * process computes in, assign it. A zone the user pinned with TZ at launch is respected.
 *
 * Where the OS keeps the zone: Linux and macOS link /etc/localtime into a zoneinfo tree (Debian
 * also writes /etc/timezone); Windows answers `tzutil /g` with a Windows zone name, mapped to IANA
 * by windows-iana. tzutil is a process start, so it runs in the background at most once a minute
 * and its answer is applied on the next sync.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { findIana } from 'windows-iana';
import type { TimeZoneChange, TimeZoneSource } from '../ports/time-zone.js';

export interface SystemTimeZoneOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Where the zone link lives (tests point it at a link of their own). */
  localtimePath?: string;
  timezoneFilePath?: string;
  /** Windows: asks the OS for its zone name (default: `tzutil /g`). */
  readWindowsZone?: (done: (name: string | undefined) => void) => void;
  /** Wall-clock ms, only to pace the Windows query. */
  now?: () => number;
}

/** The canonical name of a zone ("Etc/UTC" → "UTC", "Japan" → "Asia/Tokyo"), or undefined if unknown. */
const canonical = (name: string): string | undefined => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};
const isZone = (name: string): boolean => canonical(name) !== undefined;

/** "/usr/share/zoneinfo/Asia/Tokyo", "../usr/share/zoneinfo/Asia/Tokyo", "/var/db/timezone/zoneinfo/Asia/Tokyo" → "Asia/Tokyo". */
export function zoneFromLink(target: string): string | undefined {
  const at = target.lastIndexOf('zoneinfo/');
  if (at < 0) return undefined;
  const name = target.slice(at + 'zoneinfo/'.length).replace(/^(posix|right)\//, '');
  return name && isZone(name) ? name : undefined;
}

export function windowsToIana(windowsName: string): string | undefined {
  const name = findIana(windowsName.trim())[0];
  return name && isZone(name) ? name : undefined;
}

const defaultWindowsQuery = (done: (name: string | undefined) => void) =>
  execFile('tzutil', ['/g'], { windowsHide: true, timeout: 10_000 }, (error, stdout) => done(error ? undefined : String(stdout)));

/** The zone the process computes local times in right now. */
export const processTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function createSystemTimeZone(options: SystemTimeZoneOptions = {}): TimeZoneSource {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const pinned = env.TZ !== undefined && env.TZ !== '';
  const now = options.now ?? (() => Date.now());
  let windowsZone: string | undefined;
  let lastQuery = -Infinity;

  const readUnixZone = (): string | undefined => {
    try {
      const fromLink = zoneFromLink(fs.readlinkSync(options.localtimePath ?? '/etc/localtime'));
      if (fromLink) return fromLink;
    } catch {
      // Not a link (some distributions copy the file): fall back to /etc/timezone.
    }
    try {
      const name = fs.readFileSync(options.timezoneFilePath ?? '/etc/timezone', 'utf8').trim();
      return name && isZone(name) ? name : undefined;
    } catch {
      return undefined;
    }
  };

  const readOsZone = (): string | undefined => {
    if (platform !== 'win32') return readUnixZone();
    if (now() - lastQuery >= 60_000) {
      lastQuery = now();
      (options.readWindowsZone ?? defaultWindowsQuery)((name) => {
        if (name) windowsZone = windowsToIana(name);
      });
    }
    return windowsZone;
  };

  return {
    sync(): TimeZoneChange | undefined {
      if (pinned) return undefined;
      const os = readOsZone();
      const current = processTimeZone();
      if (!os || canonical(os) === canonical(current)) return undefined;
      // Assigning TZ makes V8 drop its cached zone: every Date from now on is in the new zone.
      env.TZ = os;
      return { from: current, to: os };
    },
  };
}
