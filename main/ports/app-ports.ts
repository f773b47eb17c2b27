/**
 * Everything a shell (Electron, the browser preview, the CLI, a test) hands the main-process app.
 * The optional ones are what some shells lack; each feature says what it does without them.
 */
import type { AppInfo } from '../../shared/ipc/contract.js';
import type { Clock, Timers } from './clock.js';
import type { BackupFolder, DataFolder } from './data-folder.js';
import type { ExportFolder } from './export-folder.js';
import type { FilePicker } from './file-picker.js';
import type { FolderPicker } from './folder-picker.js';
import type { HttpPoster } from './http-poster.js';
import type { NewId } from './ids.js';
import type { KeyValueStoreFactory } from './key-value-store.js';
import type { Logger } from './logger.js';
import type { Notifier, PowerEvents } from './notifier.js';
import type { PdfFileCheck } from './pdf-file-check.js';
import type { PdfPrinter } from './pdf-printer.js';
import type { TimeZoneSource } from './time-zone.js';

export interface AppPorts {
  stores: KeyValueStoreFactory;
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  power: PowerEvents;
  logger: Logger;
  /** Follows the OS time zone while running (absent: the zone the process started in). */
  timeZone?: TimeZoneSource;
  shell: AppInfo['shell'];
  version: string;
  newId: NewId;
  /** The OS folder dialog for exports (absent in the browser preview: it downloads instead). */
  folderPicker?: FolderPicker;
  /** Where exports chosen with the folder dialog are written (default: the disk, main/adapters/file-writer.ts). */
  exportFolder?: ExportFolder;
  /** Prints the report HTML to PDF (absent: the PDF format says it is unavailable). */
  pdfPrinter?: PdfPrinter;
  /** The network, used only by integrations the user turned on (absent: none can be used). */
  poster?: HttpPoster;
  /** Wait between webhook retries (tests shorten it). */
  retryDelayMs?: number;
  /** The OS file dialog for checklist PDFs (absent in the browser preview). */
  filePicker?: FilePicker;
  /** Checks a chosen PDF on disk (default: main/adapters/pdf-file-check.ts). */
  pdfFileCheck?: PdfFileCheck;

  /** The backups folder (default: `backups/` in the data folder) and the data folder as a whole. */
  dataFolder?: DataFolder;
  backupFolder?: BackupFolder;
  /**
   * After a wipe: the shell clears what else it keeps (Electron: the session's storage and caches)
   * and ends the app once the user could read the confirmation.
   */
  afterWipe?: () => Promise<void>;
}
