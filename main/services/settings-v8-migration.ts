/**
 * Settings v7 → v8 (issue #12). Each field this step adds, with its default; the step is pure.
 * - `reminders.onOfficeDays` (false): report and 電子決裁・供覧の確認 reminders follow the day's
 *   勤務形態 — telework days only unless the user turns this on.
 */
import type { Migration } from '../persistence/migrations.js';

export const addSettingsV8: Migration = (doc) => {
  const reminders = doc.reminders;
  if (typeof reminders !== 'object' || reminders === null || Array.isArray(reminders)) return doc; // invalid either way
  return { ...doc, reminders: { ...(reminders as Record<string, unknown>), onOfficeDays: false } };
};
