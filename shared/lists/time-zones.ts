/**
 * The organisation time zones the settings view offers, Asia/Tokyo first (the default). The
 * setting itself accepts any IANA name the system knows (shared/time/org-time-zone.ts), so a
 * 庁内共通の設定 file may name one that is not listed here.
 */
export const TIME_ZONES = [
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Taipei',
  'Asia/Hong_Kong',
  'Asia/Manila',
  'Asia/Singapore',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Paris',
  'UTC',
] as const;
export type ListedTimeZone = (typeof TIME_ZONES)[number];
export const isListedTimeZone = (zone: string): zone is ListedTimeZone => (TIME_ZONES as readonly string[]).includes(zone);
