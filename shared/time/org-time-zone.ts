/**
 * Instants (a report's sent time, a correction, a 確認) written into exports as the organisation's
 * wall clock, not the exporting machine's: the same data must give the same text on a loaned laptop
 * set to UTC and on the 所属長's PC. The organisation's zone defaults to Asia/Tokyo.
 */
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

/** The instant `iso` as the organisation's date `2026-11-25` and time `18:05`. */
export function orgWallClock(iso: string, timeZone: string = DEFAULT_ORG_TIME_ZONE): { date: string; time: string } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "2026-11-25 18:05" in the organisation's zone. */
export function orgStamp(iso: string, timeZone: string = DEFAULT_ORG_TIME_ZONE): string {
  const { date, time } = orgWallClock(iso, timeZone);
  return `${date} ${time}`;
}
