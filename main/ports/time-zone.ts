/**
 * The machine's time zone, as a port. Node reads the zone once and caches it, so a laptop taken
 * from Tokyo to a 出張先 abroad (or a zone changed in the OS settings) would keep raising reminders
 * on the old wall clock. The scheduler asks this port on every wake-up (at least once a minute);
 * the adapter compares the OS setting with the zone the process computes in and, when they
 * differ, makes the process follow. Tests and shells without such a notion use `fixedTimeZone`.
 */
export interface TimeZoneChange {
  from: string;
  to: string;
}

export interface TimeZoneSource {
  /** Brings local-time arithmetic in line with the OS zone; returns the change when there was one. */
  sync(): TimeZoneChange | undefined;
}

/** The zone never changes (tests with a fake clock, the read-only CLI). */
export const fixedTimeZone: TimeZoneSource = { sync: () => undefined };
