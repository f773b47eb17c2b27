/**
 * The export of everything, saved into a folder the user picks. The wipe trusts this file, so it
 * is read back from disk and compared byte for byte before the id that allows the wipe is handed
 * out: a full disk or a sync tool that changed the file must not let the laptop be wiped.
 */
import type { ExportFolder } from '../ports/export-folder.js';
import type { FolderPicker } from '../ports/folder-picker.js';
import { UserError } from '../services/user-error.js';
import type { DataService } from './data-service.js';

export function createExportAllToFolder(deps: { data: Pick<DataService, 'exportAll'>; picker: FolderPicker | undefined; folder: ExportFolder }) {
  return async () => {
    const folder = (await deps.picker?.pick()) ?? null;
    if (!folder) return { folder: null, written: [], exportId: null, days: 0, documents: 0 };
    const { name, bytes, ...rest } = deps.data.exportAll();
    const written = deps.folder.write(folder, [{ name, bytes }]);
    if (!Buffer.from(deps.folder.read(written[0]!)).equals(Buffer.from(bytes))) throw new UserError('internal', 'data.exportUnverified');
    return { folder, written, ...rest };
  };
}
