/**
 * The data folder as a whole — what the key-value port cannot do, because it sees one document at
 * a time: list every file (for the export of everything), delete a document (restore and import
 * replace the whole state), keep dated backups beside the documents, and wipe it all when a
 * loaned laptop is returned.
 */
export interface DataFolder {
  readonly root: string;
  /** Slash-separated paths of every file under root ("settings.json", "days/2026-11.json", …), backups/ excluded. */
  files(): string[];
  readText(relativePath: string): string;
  remove(relativePath: string): void;
  /** Removes the folders left empty under root (and root itself when it is empty). */
  removeEmptyFolders(): void;
}

export interface BackupFile {
  name: string;
  bytes: number;
}

/** Backups live in `<data folder>/backups`, one file each, written atomically and owner-only. */
export interface BackupFolder {
  readonly path: string;
  /** Every file in the backups folder (the service decides which are backups). */
  list(): BackupFile[];
  read(name: string): Uint8Array;
  /** Atomic (temp file, fsync, rename) and owner-only. */
  write(name: string, bytes: Uint8Array): void;
  remove(name: string): void;
}
