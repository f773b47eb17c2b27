/**
 * Data safety for the user: daily automatic backups kept N days and restorable, the export of
 * everything as one JSON file and the import of such a file back, and "export, then wipe" for a
 * loaned laptop that goes back to IT.
 *
 * Restore and import replace the whole state, so before either one the current state is itself
 * backed up ("復元前" / "読込前"): every replacement can be undone from the same list. If writing
 * the new state fails halfway, the state before is written back. Either way the composition root
 * then builds the services afresh from disk (no stale caches or undo stacks) — see create-app.ts.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { addDays, localDateOf } from '../../shared/calendar/local-date.js';
import type { BackupInfo } from '../../shared/data/data-schema.js';
import { UserError } from '../services/user-error.js';
import { fileTimestamp } from '../persistence/file-timestamp.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { BackupFolder, DataFolder } from '../ports/data-folder.js';
import type { NewId } from '../ports/ids.js';
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';
import type { Logger } from '../ports/logger.js';
import type { PowerEvents } from '../ports/notifier.js';
import { type Archive, type ArchiveReason, archiveDigest, archiveText, collectArchive, dayCount, parseArchive } from './archive.js';
import { documentNameOf, isAppFile } from './document-catalog.js';

/** The first daily check waits a little, so start-up and first paint never pay for a backup. */
export const FIRST_CHECK_MS = 60_000;
/** Then hourly: a day change, a clock jump or a long sleep is noticed within the hour. */
export const CHECK_EVERY_MS = 60 * 60_000;

export type BackupKind = BackupInfo['kind'];
const BACKUP_FILE = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)_(auto|manual|before-restore|before-import)(?:-(\d+))?\.json\.gz$/;
const BACKUP_TEMP = /\.json\.gz\.tmp-\d+$/;

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
  /** Called after restore or import replaced the files (also after a failed one): rebuild everything from disk. */
  replaced: () => void;
  /** Called after a wipe removed the files: rebuild, but run nothing that would write again. */
  wiped: () => void;
}

function parseBackupName(name: string): { at: number; kind: BackupKind; n: number } | undefined {
  const m = BACKUP_FILE.exec(name);
  if (!m) return undefined;
  const at = Date.parse(m[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})Z/, 'T$1:$2:$3Z'));
  return Number.isNaN(at) ? undefined : { at, kind: m[2] as BackupKind, n: Number(m[3] ?? 1) };
}

export function createDataService(deps: DataServiceDeps) {
  /** Export id → fingerprint of what that export held; a wipe needs the data to be unchanged since. */
  const exports = new Map<string, string>();
  const meta = (reason: ArchiveReason) => ({ createdAt: new Date(deps.clock.now()).toISOString(), appVersion: deps.version, reason });
  const collect = (reason: ArchiveReason) => collectArchive(deps.folder, meta(reason));
  const isEmpty = (a: Archive) => Object.keys(a.documents).length === 0 && Object.keys(a.keptAside).length === 0;

  /** Newest first, by the time in the name (then the -2, -3 … of backups in the same second). */
  const list = (): BackupInfo[] =>
    deps.backups
      .list()
      .flatMap((f) => {
        const p = parseBackupName(f.name);
        return p ? [{ info: { id: f.name, kind: p.kind, at: new Date(p.at).toISOString(), bytes: f.bytes }, at: p.at, n: p.n }] : [];
      })
      .sort((a, b) => b.at - a.at || b.n - a.n)
      .map((b) => b.info);

  const writeBackup = (archive: Archive, kind: BackupKind): BackupInfo => {
    const taken = new Set(deps.backups.list().map((f) => f.name));
    const stamp = fileTimestamp(deps.clock.now());
    let name = `${stamp}_${kind}.json.gz`;
    for (let i = 2; taken.has(name); i++) name = `${stamp}_${kind}-${i}.json.gz`;
    deps.backups.write(name, gzipSync(archiveText(archive)));
    return list().find((b) => b.id === name)!;
  };

  /**
   * A backup goes when it is older than the kept days AND at least that many newer ones exist:
   * after three weeks away (or a clock set far forward) the old backups are still there, not
   * replaced by one copy of a state that may already be damaged.
   */
  const prune = () => {
    const keep = deps.keepDays();
    const oldest = addDays(localDateOf(deps.clock.now()), -(keep - 1));
    list().forEach((b, i) => {
      if (i >= keep && localDateOf(Date.parse(b.at)) < oldest) deps.backups.remove(b.id);
    });
  };

  /** Once a day: today's automatic backup if there is anything to keep, then pruning. */
  const dailyCheck = () => {
    const today = localDateOf(deps.clock.now());
    const doneToday = list().some((b) => b.kind === 'auto' && localDateOf(Date.parse(b.at)) === today);
    if (!doneToday) {
      const archive = collect('auto');
      if (isEmpty(archive)) return;
      writeBackup(archive, 'auto');
    }
    prune();
  };

  /** Writes an archive's documents and removes the other documents (files carried as kept-aside text stay). */
  const apply = (archive: Archive) => {
    for (const [name, doc] of Object.entries(archive.documents)) deps.stores.open(name).writeAll(doc);
    for (const file of deps.folder.files()) {
      const name = documentNameOf(file);
      if (name && !Object.hasOwn(archive.documents, name) && !Object.hasOwn(archive.keptAside, file)) deps.folder.remove(file);
    }
  };

  const replaceWith = (archive: Archive, safetyKind: BackupKind) => {
    const before = collect(safetyKind);
    const safety = isEmpty(before) ? null : writeBackup(before, safetyKind);
    try {
      apply(archive);
    } catch (error) {
      deps.logger.error('replacing the data failed; writing the state before back', error);
      try {
        apply(before);
      } catch (again) {
        deps.logger.error('writing the state before back failed too', again);
      }
      throw new UserError('internal', ['data.replaceFailed', { backup: safety?.id ?? '—' }]);
    } finally {
      deps.replaced();
    }
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
    /** The backups page: where they are, how long they are kept, and each one. */
    overview: () => ({ folder: deps.backups.path, keepDays: deps.keepDays(), backups: list() }),
    backupNow: () => writeBackup(collect('manual'), 'manual'),
    dailyCheck,
    restore(id: string) {
      return { ...replaceWith(readBackup(id), 'before-restore'), restored: id };
    },
    importText(text: string) {
      return replaceWith(parseArchive(text), 'before-import');
    },
    /**
     * The export of everything. The text is read back through the import's own checks before it
     * is handed out, and its id (good for this session) lets a wipe check that exactly this data
     * was exported.
     */
    exportAll() {
      const archive = collect('export');
      const text = archiveText(archive, 1);
      parseArchive(text);
      const exportId = deps.newId();
      exports.set(exportId, archiveDigest(archive));
      return {
        name: `telework-techo-all-${localDateOf(deps.clock.now())}.json`,
        bytes: new TextEncoder().encode(text),
        exportId,
        days: dayCount(archive),
        documents: Object.keys(archive.documents).length,
      };
    },
    /** Removes the app's files (documents, kept-aside copies, backups) and nothing else. */
    wipe(exportId: string, confirmation: string) {
      const exported = exports.get(exportId);
      if (exported === undefined) throw new UserError('invalid_input', 'data.exportFirst');
      if (archiveDigest(collect('export')) !== exported) throw new UserError('invalid_input', 'data.changedSinceExport');
      if (confirmation.trim() !== deps.wipeWord()) {
        const mismatch = ['data.confirmMismatch', { word: deps.wipeWord() }] as const;
        throw new UserError('invalid_input', mismatch, { confirmation: mismatch });
      }
      let removed = 0;
      try {
        for (const file of deps.folder.files().filter(isAppFile)) {
          deps.folder.remove(file);
          removed++;
        }
        for (const f of deps.backups.list().filter((f) => BACKUP_FILE.test(f.name) || BACKUP_TEMP.test(f.name))) {
          deps.backups.remove(f.name);
          removed++;
        }
        deps.folder.removeEmptyFolders();
      } finally {
        deps.wiped();
      }
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
