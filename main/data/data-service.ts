/**
 * Data safety for the user: daily automatic backups kept N days and restorable, the export of
 * everything as one JSON file and the import of such a file back, and "export, then wipe" for a
 * loaned laptop that goes back to IT.
 *
 * Restore and import replace the whole state, so before either one the current state is itself
 * backed up ("復元前" / "読込前"): every replacement can be undone from the same list. After the
 * files are replaced the composition root builds the services afresh (no stale caches or undo
 * stacks) — see create-app.ts.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { type LocalDate, addDays, localDateOf } from '../../shared/calendar/local-date.js';
import type { BackupInfo } from '../../shared/data/data-schema.js';
import { UserError } from '../ipc/user-error.js';
import { fileTimestamp } from '../persistence/file-timestamp.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { BackupFolder, DataFolder } from '../ports/data-folder.js';
import type { NewId } from '../ports/ids.js';
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';
import type { Logger } from '../ports/logger.js';
import type { PowerEvents } from '../ports/notifier.js';
import { type Archive, type ArchiveReason, collectArchive, dayCount, parseArchive } from './archive.js';
import { documentNameOf } from './document-catalog.js';

/** The first daily check waits a little, so start-up and first paint never pay for a backup. */
export const FIRST_CHECK_MS = 60_000;
/** Then hourly: a day change, a clock jump or a long sleep is noticed within the hour. */
export const CHECK_EVERY_MS = 60 * 60_000;

export type BackupKind = BackupInfo['kind'];
const BACKUP_FILE = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)_(auto|manual|before-restore|before-import)(?:-(\d+))?\.json\.gz$/;

export interface DataServiceDeps {
  stores: KeyValueStoreFactory;
  folder: DataFolder;
  backups: BackupFolder;
  clock: Clock;
  timers: Timers;
  power: PowerEvents;
  newId: NewId;
  version: string;
  logger: Logger;
  keepDays: () => number;
  /** The typed word that confirms a wipe, in the user's language (「消去」 / "ERASE"). */
  wipeWord: () => string;
  /** Called after restore or import replaced the files: rebuild everything from disk. */
  replaced: () => void;
  /** Called after a wipe removed the data folder. */
  wiped: () => void;
}

function parseBackupName(name: string): { at: number; kind: BackupKind } | undefined {
  const m = BACKUP_FILE.exec(name);
  if (!m) return undefined;
  const at = Date.parse(m[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})Z/, 'T$1:$2:$3Z'));
  return Number.isNaN(at) ? undefined : { at, kind: m[2] as BackupKind };
}

export function createDataService(deps: DataServiceDeps) {
  const exportIds = new Set<string>();
  const meta = (reason: ArchiveReason) => ({ createdAt: new Date(deps.clock.now()).toISOString(), appVersion: deps.version, reason });
  const hasDocuments = () => deps.folder.files().some((f) => documentNameOf(f) !== undefined);

  const list = (): BackupInfo[] =>
    deps.backups
      .list()
      .flatMap((f) => {
        const parsed = parseBackupName(f.name);
        return parsed ? [{ id: f.name, kind: parsed.kind, at: new Date(parsed.at).toISOString(), bytes: f.bytes }] : [];
      })
      .sort((a, b) => b.id.localeCompare(a.id));

  const backupNow = (kind: BackupKind): BackupInfo => {
    const archive = collectArchive(deps.folder, meta(kind));
    const taken = new Set(deps.backups.list().map((f) => f.name));
    const stamp = fileTimestamp(deps.clock.now());
    let name = `${stamp}_${kind}.json.gz`;
    for (let i = 2; taken.has(name); i++) name = `${stamp}_${kind}-${i}.json.gz`;
    deps.backups.write(name, gzipSync(JSON.stringify(archive)));
    return list().find((b) => b.id === name)!;
  };

  /** Backups older than the kept days go; the newest one always stays. */
  const prune = (today: LocalDate) => {
    const oldest = addDays(today, -(deps.keepDays() - 1));
    const all = list();
    for (const b of all.slice(1)) if (localDateOf(Date.parse(b.at)) < oldest) deps.backups.remove(b.id);
  };

  /** Once a day: today's automatic backup if there is anything to keep, then pruning. */
  const dailyCheck = () => {
    const today = localDateOf(deps.clock.now());
    if (!hasDocuments()) return;
    const doneToday = list().some((b) => b.kind === 'auto' && localDateOf(Date.parse(b.at)) === today);
    if (!doneToday) backupNow('auto');
    prune(today);
  };

  const replaceWith = (archive: Archive, safetyKind: BackupKind) => {
    const safety = hasDocuments() ? backupNow(safetyKind) : null;
    for (const [name, doc] of Object.entries(archive.documents)) deps.stores.open(name).writeAll(doc);
    for (const file of deps.folder.files()) {
      const name = documentNameOf(file);
      if (name && !Object.hasOwn(archive.documents, name)) deps.folder.remove(file);
    }
    deps.replaced();
    return { days: dayCount(archive), documents: Object.keys(archive.documents).length, safety: safety?.id ?? null };
  };

  const readBackup = (id: string): Archive => {
    if (!list().some((b) => b.id === id)) throw new UserError('invalid_input', 'data.noSuchBackup');
    let text: string;
    try {
      text = gunzipSync(deps.backups.read(id)).toString('utf8');
    } catch {
      throw new UserError('invalid_input', 'data.backupUnreadable');
    }
    return parseArchive(text);
  };

  return {
    list,
    backupNow: () => backupNow('manual'),
    dailyCheck,
    restore(id: string) {
      return { ...replaceWith(readBackup(id), 'before-restore'), restored: id };
    },
    importText(text: string) {
      return replaceWith(parseArchive(text), 'before-import');
    },
    /** The export of everything; its id lets a wipe check that this export happened first. */
    exportAll() {
      const archive = collectArchive(deps.folder, meta('export'));
      const exportId = deps.newId();
      exportIds.add(exportId);
      const date = localDateOf(deps.clock.now());
      return {
        name: `telework-techo-all-${date}.json`,
        bytes: new TextEncoder().encode(JSON.stringify(archive, null, 1)),
        exportId,
        days: dayCount(archive),
        documents: Object.keys(archive.documents).length,
      };
    },
    wipe(exportId: string, confirmation: string) {
      if (!exportIds.has(exportId)) throw new UserError('invalid_input', 'data.exportFirst');
      if (confirmation.trim() !== deps.wipeWord()) {
        throw new UserError('invalid_input', ['data.confirmMismatch', { word: deps.wipeWord() }], {
          confirmation: ['data.confirmMismatch', { word: deps.wipeWord() }],
        });
      }
      const removed = deps.folder.wipe();
      deps.wiped();
      return { removed };
    },
    /** Daily checks on the Timers port and on resume; returns stop. */
    start() {
      // A failed backup (disk full, folder locked) is logged and tried again at the next check.
      const check = () => {
        try {
          dailyCheck();
        } catch (error) {
          deps.logger.error('daily backup failed', error);
        }
      };
      let cancel = deps.timers.setTimeout(function tick() {
        check();
        cancel = deps.timers.setTimeout(tick, CHECK_EVERY_MS);
      }, FIRST_CHECK_MS);
      const offResume = deps.power.onResume(check);
      return () => {
        cancel();
        offResume();
      };
    },
  };
}

export type DataService = ReturnType<typeof createDataService>;
