/** What the data-safety channels (backups, export of everything, import back, wipe) answer. */
import { z } from 'zod';

/** 5 years of records are about 6 MB of JSON; anything far beyond that is not one of ours. */
export const MAX_ARCHIVE_CHARS = 40 * 1024 * 1024;
export const BACKUP_KINDS = ['auto', 'manual', 'before-restore', 'before-import'] as const;
export const KEEP_DAYS_MAX = 90;

export const backupInfoSchema = z.strictObject({
  /** The backup's file name, also its id. */
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** When it was taken (ISO). */
  at: z.string(),
  bytes: z.number(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupListSchema = z.strictObject({ folder: z.string(), keepDays: z.number(), backups: z.array(backupInfoSchema) });

export const replaceResultSchema = z.strictObject({
  /** Days of records now stored, and how many documents. */
  days: z.number(),
  documents: z.number(),
  /** The backup of the state before the replacement (null when there was nothing to keep). */
  safety: z.string().nullable(),
});

export const exportAllSchema = z.strictObject({ name: z.string(), base64: z.string(), exportId: z.string(), days: z.number(), documents: z.number() });
export const exportAllToFolderSchema = z.strictObject({
  folder: z.string().nullable(),
  written: z.array(z.string()),
  /** Null when the user cancelled the folder dialog (then nothing was exported). */
  exportId: z.string().nullable(),
  days: z.number(),
  documents: z.number(),
});
