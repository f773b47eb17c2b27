/**
 * Settings v7 → v8. Each field this step adds, with its default; the step is pure.
 * - `orgTimeZone` ('Asia/Tokyo', issue #13): instants in exports and reports on the organisation's clock.
 * - `firstRun` ('done', issue #12): a file from v7 belongs to someone already using the app, so it counts
 *   as set up; only a new data folder (no file: the defaults, 'pending') shows the first-run setup.
 * - `reminders.onOfficeDays` (false): report and 電子決裁・供覧の確認 reminders follow the day's
 *   勤務形態 — telework days only unless the user turns this on.
 */
import type { Migration } from '../persistence/migrations.js';
import { DEFAULT_ORG_TIME_ZONE } from '../../shared/time/org-time-zone.js';

export const addSettingsV8: Migration = (doc) => {
  const withZone = { ...doc, orgTimeZone: DEFAULT_ORG_TIME_ZONE, firstRun: 'done' };
  const reminders = doc.reminders;
  if (typeof reminders !== 'object' || reminders === null || Array.isArray(reminders)) return withZone; // invalid either way
  return { ...withZone, reminders: { ...(reminders as Record<string, unknown>), onOfficeDays: false } };
};
