/**
 * Instants (a report's sent time, a correction, a 確認) written into exports as the organisation's
 * wall clock, not the exporting machine's: the same data must give the same text on a loaned laptop
 * set to UTC and on the 所属長's PC. The organisation's zone is the setting `orgTimeZone`
 * (Asia/Tokyo unless changed in the settings or by the 庁内共通の設定 file).
 */
import { z } from 'zod';

export const DEFAULT_ORG_TIME_ZONE = 'Asia/Tokyo';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA with h23 gives zero-padded numeric parts; only the parts are used, never the whole string.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * "Asia/Tokyo", "America/Argentina/Buenos_Aires", "Etc/GMT-9" or "UTC", spelled as IANA spells them:
 * never an offset ("+09:00") or an abbreviation ("JST"), which ICU would otherwise take.
 */
const IANA_NAME = /^(?:UTC|[A-Z][A-Za-z_]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/;

/** True for an IANA time zone name ("Area/Location", or UTC) this system's time zone data knows. */
export function isKnownTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_NAME.test(name)) return false;
  if (formatters.has(name)) return true; // settings are validated on every read: ask ICU once per name
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

export const orgTimeZoneSchema = z.string({ error: 'v.timeZone' }).refine(isKnownTimeZone, { error: 'v.timeZone' });

/** The instant `iso` as the organisation's date `2026-11-25` and time `18:05`. */
export function orgWallClock(iso: string, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "2026-11-25 18:05" in the organisation's zone. */
export function orgStamp(iso: string, timeZone: string): string {
  const { date, time } = orgWallClock(iso, timeZone);
  return `${date} ${time}`;
}

/** The ISO instant of a wall-clock minute of `date` (minutes since midnight) on the organisation's clock. */
export function orgInstant(date: string, minute: number, timeZone: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  const wall = orgWallClock(new Date(guess).toISOString(), timeZone);
  const shown = Date.parse(`${wall.date}T${wall.time}:00Z`);
  return new Date(guess - (shown - guess)).toISOString();
}
