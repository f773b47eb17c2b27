/**
 * Exports saved into a folder the user picks (the desktop app; the preview downloads instead). The
 * files are made first, so a refused range or a missing PDF engine is said before a dialog opens.
 */
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import type { ExportFolder } from '../ports/export-folder.js';
import type { FolderPicker } from '../ports/folder-picker.js';
import type { ExportFormat } from '../../shared/lists/export-formats.js';
import type { ExportService } from './export-service.js';

export function createExportToFolder(deps: { exports: Pick<ExportService, 'build'>; picker: FolderPicker | undefined; folder: ExportFolder }) {
  return async (from: string, to: string, formats: readonly ExportFormat[], encoding: CsvEncoding) => {
    const r = await deps.exports.build(from, to, formats, encoding);
    const folder = (await deps.picker?.pick()) ?? null;
    const written = folder ? deps.folder.write(folder, r.files) : [];
    return { folder, written, lost: r.lost, days: r.days };
  };
}
