import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from './atomic-file.js';
import type { ExportFile, ExportFolder } from '../ports/export-folder.js';

/**
 * Writes export files into a folder the user chose. Names are the exporter's own (no path parts),
 * each file is written atomically (temp, fsync, rename), and nothing outside `folder` is touched.
 */
export function writeExportFiles(folder: string, files: readonly ExportFile[]): string[] {
  fs.mkdirSync(folder, { recursive: true });
  return files.map((f) => {
    if (path.basename(f.name) !== f.name) throw new Error(`bad export file name: ${f.name}`);
    const target = path.join(folder, f.name);
    writeFileAtomically(target, f.bytes, false);
    return target;
  });
}

export const fsExportFolder: ExportFolder = {
  write: writeExportFiles,
  read: (filePath) => fs.readFileSync(filePath),
};
