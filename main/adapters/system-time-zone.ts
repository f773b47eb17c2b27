/**
 * Follows the OS time zone while the app runs. V8 caches the zone it read at start-up and never
 * looks again, but it does drop that cache when `process.env.TZ` is assigned (Node re-reads the
 * zone on every such assignment). So: read what the OS says now, and when it is not the zone the
 * process computes in, assign it. A zone the user pinned with TZ at launch is respected.
 *
 * Where the OS keeps the zone: Linux and macOS link /etc/localtime into a zoneinfo tree (Debian
 * also writes /etc/timezone); Windows answers `tzutil /g` with a Windows zone name, mapped to IANA
 * by windows-iana. tzutil is a process start, so it runs in the background at most every 30 s
 * (paced on the monotonic clock: setting the wall clock back must not silence it) and its answer
 * is applied as soon as it comes; the change is reported on the next sync.
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
  /** Monotonic ms, only to pace the Windows query. */
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
  const now = options.now ?? (() => performance.now());
  let lastQuery = -Infinity;
  /** A change applied by a tzutil answer between two syncs, reported by the next one. */
  let applied: TimeZoneChange | undefined;

  /** Makes the process compute in `zone` when it does not already; returns the change. */
  const follow = (zone: string | undefined): TimeZoneChange | undefined => {
    const current = processTimeZone();
    if (!zone || canonical(zone) === canonical(current)) return undefined;
    // Assigning TZ makes V8 drop its cached zone: every Date from now on is in the new zone.
    env.TZ = zone;
    return { from: current, to: zone };
  };

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

  const queryWindows = () => {
    if (now() - lastQuery < 30_000) return;
    lastQuery = now();
    (options.readWindowsZone ?? defaultWindowsQuery)((name) => {
      const change = name ? follow(windowsToIana(name)) : undefined;
      if (change) applied = { from: applied?.from ?? change.from, to: change.to };
    });
  };

  return {
    sync(): TimeZoneChange | undefined {
      if (pinned) return undefined;
      if (platform !== 'win32') return follow(readUnixZone());
      queryWindows();
      const change = applied;
      applied = undefined;
      return change;
    },
  };
}
