/**
 * The storage notice: what the user is told about a stored file that could not be used. Its own
 * module because two layers speak it — persistence writes notices (and keeps them across
 * restarts), the IPC contract carries them to the window — and neither should import the other.
 */
import { z } from 'zod';

/** Why a stored file is out of reach: what the user can act on (and a file another program holds). */
export const STORAGE_PROBLEM_REASONS = ['permission', 'readOnly', 'noSpace', 'busy'] as const;
export type StorageProblemReason = (typeof STORAGE_PROBLEM_REASONS)[number];

/**
 * A problem with a stored file that the user must hear about. Kept aside (never reset silently):
 * corrupt, invalid, newer_version, not_own (a link or anything not the app's own regular file).
 * Out of reach, left as it is: unreadable, unwritable, folder_unwritable (the data folder itself).
 */
export const storageNoticeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['corrupt', 'invalid', 'newer_version', 'not_own', 'unreadable', 'unwritable', 'folder_unwritable']),
  /** Which document: "settings", "days/2026-11", … ("data-folder" for the folder itself). */
  document: z.string(),
  /** Where the old file was moved to (the kinds that keep a file aside). */
  keptAt: z.string().optional(),
  /** The file or folder out of reach (the kinds that leave it where it is). */
  path: z.string().optional(),
  reason: z.enum(STORAGE_PROBLEM_REASONS).optional(),
  /** ISO timestamp of when it was found. */
  at: z.string(),
});
export type StorageNotice = z.infer<typeof storageNoticeSchema>;
