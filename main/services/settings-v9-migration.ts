/**
 * Settings v8 → v9 (issue #17), pure:
 * - `profile.title` (''): the 役職 the organisation's trial uses to count managers; nobody had one yet.
 * - `trial` (null): no 試行 until the organisation defaults file brings one.
 */
import type { Migration } from '../persistence/migrations.js';

export const addSettingsV9: Migration = (doc) => {
  const profile = doc.profile;
  const withTrial = { ...doc, trial: null };
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) return withTrial; // invalid either way
  return { ...withTrial, profile: { ...(profile as Record<string, unknown>), title: '' } };
};
