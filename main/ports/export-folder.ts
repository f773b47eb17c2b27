/** A file an export produced: the exporter's own name (no path parts) and its bytes. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A folder the user chose for exports (Node: main/adapters/file-writer.ts). A port so the services
 * that save into it, and check what they saved, stay testable without a disk.
 */
export interface ExportFolder {
  /** Writes each file into `folder` (atomically, nothing outside it); returns the paths written. */
  write(folder: string, files: readonly ExportFile[]): string[];
  /** Reads a written file back, to check that what is on disk is what was exported. */
  read(filePath: string): Uint8Array;
}
