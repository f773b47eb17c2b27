/** data:* — backups, the export of everything and its import, and the wipe of a returned laptop. */
import path from 'node:path';
import { fsExportFolder } from '../adapters/file-writer.js';
import { BACKUP_DIR, createFsBackupFolder, createFsDataFolder } from '../adapters/fs-data-folder.js';
import { createDataService } from '../data/data-service.js';
import { createExportAllToFolder } from '../data/export-all-to-folder.js';
import type { SettingsService } from '../services/settings-service.js';
import { base64 } from './base64.js';
import type { FeatureContext, GroupHandlers, Running } from './feature-context.js';

/** How a restore, an import or a wipe has the app rebuild its services (main/app/create-app.ts). */
export interface Regeneration {
  /** The files were replaced (restore, import): build the services afresh and run them. */
  replaced(): void;
  /** The files were removed: build the services afresh but leave them stopped (no scheduler writes anything back). */
  wiped(): void;
}

export function dataFeature(ctx: FeatureContext, deps: { settings: SettingsService; regeneration: Regeneration }) {
  const { ports } = ctx;
  const data = createDataService({
    stores: ctx.documents.factory,
    folder: ports.dataFolder ?? createFsDataFolder(ports.stores.root),
    backups: ports.backupFolder ?? createFsBackupFolder(path.join(ports.stores.root, BACKUP_DIR)),
    clock: ports.clock,
    timers: ctx.timers,
    power: ctx.power,
    newId: ports.newId,
    version: ports.version,
    logger: ports.logger,
    keepDays: () => deps.settings.get().backupKeepDays,
    wipeWord: () => ctx.t()('data.wipeWord'),
    replaced: deps.regeneration.replaced,
    wiped: () => {
      deps.regeneration.wiped();
      ports.afterWipe?.().catch((error: unknown) => ports.logger.error('clearing the shell data failed', error));
    },
  });
  const exportAllToFolder = createExportAllToFolder({ data, picker: ports.folderPicker, folder: ports.exportFolder ?? fsExportFolder });
  const handlers: GroupHandlers<'data'> = {
    'data:backups': () => data.overview(),
    'data:backupNow': () => data.backupNow(),
    'data:restore': ({ id }) => data.restore(id),
    'data:exportAll': () => {
      const { bytes, ...rest } = data.exportAll();
      return { ...rest, base64: base64(bytes) };
    },
    'data:exportAllToFolder': () => exportAllToFolder(),
    'data:import': ({ text }) => data.importText(text),
    'data:wipe': ({ exportId, confirmation }) => data.wipe(exportId, confirmation),
  };
  // The daily backups (on the Timers port and on resume).
  const running: Running = { start: () => data.start() };
  return { handlers, running };
}
