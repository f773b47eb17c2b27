/**
 * Builds every main-process service on the ports and wires the IPC handlers to them. create-app.ts
 * calls this once at start and again after a restore, an import or a wipe replaced the stored
 * files, so no service keeps a stale cache. Nothing here touches Electron.
 */
import { type LocalDate, addDays, localDateOf, localMinutesOf, weekStart } from '../../shared/calendar/local-date.js';
import type { AppInfo } from '../../shared/ipc/contract.js';
import { createI18n, translateWith } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../ipc/user-error.js';
import { generationStores } from './generation-stores.js';
import { guardedPower, guardedTimers } from './guarded-callbacks.js';
import { keepUnsavedInMemory } from './unsaved-in-memory.js';
import type { EventBus } from '../ipc/event-bus.js';
import { type Router, createRouter } from '../ipc/router.js';
import { createDayRepository } from '../persistence/day-repository.js';
import { openDocument } from '../persistence/document-repository.js';
import { createStorageNotices } from '../persistence/storage-notices.js';
import type { Clock, Timers } from '../ports/clock.js';
import type { Notifier, PowerEvents } from '../ports/notifier.js';
import type { TrayPort } from '../ports/tray.js';
import { startTrayService } from '../services/tray-service.js';
import { createReportService } from '../services/report-service.js';
import { createExportService } from '../services/export-service.js';
import { checksDocument, createSupervisorService } from '../services/supervisor-service.js';
import { writeExportFiles } from '../adapters/file-writer.js';
import type { FolderPicker } from '../ports/folder-picker.js';
import type { PdfPrinter } from '../ports/pdf-printer.js';
import type { HttpPoster } from '../ports/http-poster.js';
import { createWebhookService } from '../services/webhook-service.js';
import { createFocusService, focusDocument } from '../services/focus-service.js';
import { checklistTemplateDocument, createChecklistService } from '../services/checklist-service.js';
import type { FilePicker } from '../ports/file-picker.js';
import type { NewId } from '../ports/ids.js';
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';
import type { Logger } from '../ports/logger.js';
import { calendarDocument, createCalendarService } from '../services/calendar-service.js';
import { createDayService } from '../services/day-service.js';
import { createInventoryService, inventoryDocument } from '../services/inventory-service.js';
import { applyOrgDefaults, parseOrgDefaults } from '../services/org-import.js';
import { createSettingsService, settingsDocument } from '../services/settings-service.js';
import { createTemplateService, templatesDocument } from '../services/template-service.js';
import { createReminderService } from '../services/reminder-service.js';
import { REMINDER_CHECKPOINT, reminderCheckpointDocument } from '../services/reminder-checkpoint.js';
import type { TimeZoneSource } from '../ports/time-zone.js';
import { createMonthlyRepository } from '../persistence/monthly-repository.js';
import { checklistMonthDocument, reminderLogMonthDocument } from '../data/document-catalog.js';
import { createDataService } from '../data/data-service.js';
import { BACKUP_DIR, createFsBackupFolder, createFsDataFolder } from '../adapters/fs-data-folder.js';
import type { BackupFolder, DataFolder } from '../ports/data-folder.js';

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
  /** Prints the report HTML to PDF (absent: the PDF format says it is unavailable). */
  pdfPrinter?: PdfPrinter;
  /** The network, used only by integrations the user turned on (absent: none can be used). */
  poster?: HttpPoster;
  /** Wait between webhook retries (tests shorten it). */
  retryDelayMs?: number;
  /** The OS file dialog for checklist PDFs (absent in the browser preview). */
  filePicker?: FilePicker;

  /** The backups folder (default: `backups/` in the data folder) and the data folder as a whole. */
  dataFolder?: DataFolder;
  backupFolder?: BackupFolder;
  /**
   * After a wipe: the shell clears what else it keeps (Electron: the session's storage and caches)
   * and ends the app once the user could read the confirmation.
   */
  afterWipe?: () => Promise<void>;
}

/** One generation of the services: replaced as a whole when the stored files are replaced. */
export interface ComposedApp {
  router: Router;
  /** From now on this generation writes nothing (its replacement has been built). */
  retire(): void;
  /** Tells the shell and the windows the settings of this generation (after a rebuild). */
  announce(): void;
  /** Starts the scheduler, the daily backups (and the tray updates, when the shell has a tray); returns stop. */
  start(tray?: TrayPort): () => void;
}

export interface Regeneration {
  /** The files were replaced (restore, import): build the services afresh and run them. */
  replaced(): void;
  /** The files were removed: build the services afresh but leave them stopped (no scheduler writes anything back). */
  wiped(): void;
}

/** Sets a value and returns how to put the old one back (for all-or-nothing imports). */
function replaceWith<T>(get: () => T, set: (value: T) => unknown) {
  return (next: T) => {
    const before = get();
    set(next);
    return () => void set(before);
  };
}

export function composeApp(ports: AppPorts, bus: EventBus, regeneration: Regeneration): ComposedApp {
  const { clock, newId } = ports;
  const timers = guardedTimers(ports.timers, ports.logger);
  const power = guardedPower(ports.power, ports.logger);
  const generation = generationStores(ports.stores);
  const notices = createStorageNotices(generation.stores, clock);
  notices.onAdded((notice) => bus.emit('storage:notice', notice));
  // A read-only data folder: say so at once, not only when the first save fails.
  const folderProblem = ports.stores.problem?.();
  if (folderProblem) {
    const { path: folderPath, reason } = folderProblem;
    notices.report({ id: 'data-folder:unwritable', kind: 'folder_unwritable', document: 'data-folder', path: folderPath, reason, at: new Date(clock.now()).toISOString() });
  }
  const deps = { factory: generation.stores, clock, notices };
  const settings = createSettingsService(openDocument('settings', settingsDocument, deps), bus);
  const calendar = createCalendarService(openDocument('calendar', calendarDocument, deps));
  const inventory = createInventoryService(openDocument('inventory', inventoryDocument, deps), newId);
  const days = createDayService({ days: createDayRepository(deps), calendar, settings, inventory, clock, newId, bus });
  const templates = createTemplateService(openDocument('templates', templatesDocument, deps), days, newId);

  const translators = new Map<Language, ReturnType<typeof createI18n>>();
  const t = () => {
    const language = settings.get().language;
    let i18n = translators.get(language);
    if (!i18n) {
      i18n = createI18n(language);
      translators.set(language, i18n);
    }
    return translateWith(i18n);
  };

  // Load at start-up so a damaged file is found (and reported) before the window asks for it.
  settings.get();

  const reminderLogs = keepUnsavedInMemory(createMonthlyRepository('reminders', reminderLogMonthDocument, deps), (log) => log.date, ports.logger);
  const reminders = createReminderService({
    clock,
    timers,
    notifier: ports.notifier,
    power,
    logs: reminderLogs.repo,
    checkpoint: openDocument(REMINDER_CHECKPOINT, reminderCheckpointDocument, deps),
    ...(ports.timeZone ? { zone: ports.timeZone } : {}),
    logger: ports.logger,
    days,
    calendar,
    settings,
    bus,
    t,
  });

  const week = (date: LocalDate) => {
    const start = weekStart(date);
    return {
      start,
      days: Array.from({ length: 7 }, (_, i) => {
        const v = days.get(addDays(start, i));
        return {
          date: v.day.date,
          info: v.info,
          workStyle: v.day.workStyle,
          telework: v.telework,
          blockCount: v.day.blocks.filter((b) => b.kind !== 'break').length,
          plannedMinutes: v.day.blocks.filter((b) => b.kind !== 'break').reduce((sum, b) => sum + toMinutes(b.end) - toMinutes(b.start), 0),
          stored: v.stored,
        };
      }),
    };
  };

  const router = createRouter({
    t,
    logger: ports.logger,
    handlers: {
      'app:info': () => ({
        name: 'telework-techo',
        version: ports.version,
        shell: ports.shell,
        dataDir: ports.stores.root,
        notices: notices.list(),
        canPickFolder: ports.folderPicker !== undefined,
        canPickFiles: ports.filePicker !== undefined,
      }),
      'app:dismissNotice': ({ id }) => notices.dismiss(id),
      'app:now': () => {
        const now = clock.now();
        return { date: localDateOf(now), minutes: localMinutesOf(now), iso: new Date(now).toISOString() };
      },
      'settings:get': () => settings.get(),
      'settings:update': (input) => settings.update(input),
      'day:get': ({ date }) => days.get(date),
      'day:saveBlock': ({ date, id, block }) => days.saveBlock(date, id, block),
      'day:deleteBlock': ({ date, id }) => days.deleteBlock(date, id),
      'day:setHours': ({ date, hours }) => days.setHours(date, hours),
      'day:setWorkStyle': ({ date, workStyle }) => days.setWorkStyle(date, workStyle),
      'day:undo': ({ date }) => days.undo(date),
      'day:carryOver': ({ date }) => days.carryOver(date),
      'record:clock': ({ date, field, reason }) => days.clockNow(date, field, reason),
      'record:setTime': ({ date, field, minutes, reason }) => days.setRecordTime(date, field, minutes, reason),
      'record:saveInterruption': ({ date, interruption, reason }) => days.saveInterruption(date, interruption, reason),
      'record:deleteInterruption': ({ date, id, reason }) => days.deleteInterruption(date, id, reason),
      'record:setPermission': ({ date, permissionRef }) => days.setPermission(date, permissionRef),
      'week:get': ({ date }) => week(date),
      'template:list': () => templates.list(),
      'template:save': ({ date, name }) => templates.saveFromDay(date, name),
      'template:delete': ({ id }) => templates.remove(id),
      'template:apply': ({ date, id }) => templates.apply(date, id),
      'inventory:list': () => inventory.list(),
      'inventory:save': ({ id, item }) => inventory.save(id, item),
      'inventory:delete': ({ id }) => inventory.remove(id),
      'calendar:get': ({ year }) => {
        const holidays = [];
        for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
          const info = calendar.info(d);
          if (info.kind === 'national' || info.kind === 'yearEnd' || info.kind === 'organisation') holidays.push(info);
        }
        return { holidays, orgDays: calendar.orgDays() };
      },
      'reminder:state': ({ date }) => reminders.state(date),
      'reminder:snooze': ({ id, minutes }) => reminderLogs.refuseIfUnsaved(() => reminders.snooze(id, minutes)),
      'reminder:done': ({ id }) => reminderLogs.refuseIfUnsaved(() => reminders.done(id)),
      'calendar:setOrgDays': ({ orgDays }) => calendar.setOrgDays(orgDays),
      'report:compose': ({ date, kind }) => reports.compose(date, kind),
      'report:markSent': ({ date, kind, via, text }) => reports.markSent(date, kind, via, text),
      'export:files': async ({ from, to, formats, encoding }) => {
        const r = await exportsService.build(from, to, formats, encoding);
        return { files: r.files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })), lost: r.lost, days: r.days };
      },
      'export:toFolder': async ({ from, to, formats, encoding }) => {
        const r = await exportsService.build(from, to, formats, encoding);
        const folder = (await ports.folderPicker?.pick()) ?? null;
        const written = folder ? writeExportFiles(folder, r.files) : [];
        return { folder, written, lost: r.lost, days: r.days };
      },
      'supervisor:import': ({ files }) => supervisor.import(files),
      'supervisor:view': ({ date }) => supervisor.view(date),
      'supervisor:check': ({ staffId, date }) => supervisor.check(staffId, date),
      'supervisor:clear': () => (supervisor.clear(), { cleared: true }),
      'supervisor:exportCsv': ({ encoding }) => {
        const csv = supervisor.csv(encoding);
        return { name: `team_${localDateOf(clock.now())}.csv`, base64: Buffer.from(csv.bytes).toString('base64'), lost: csv.lost };
      },
      'report:sendWebhook': async ({ date, kind, subject, text }) => {
        await webhook.send(webhookMessage(date, kind, subject, text));
        return reports.markSent(date, kind, 'webhook', text);
      },
      'webhook:test': async () => {
        await webhook.send(webhookMessage(localDateOf(clock.now()), 'test', t()('webhook.testSubject'), t()('webhook.testText')));
        return { sent: true };
      },
      'focus:get': () => focus.state(),
      'focus:start': (input) => focus.start(input),
      'focus:pause': () => focus.pause(),
      'focus:resume': () => focus.resume(),
      'focus:stop': () => focus.stop(),
      'focus:extend': ({ minutes }) => focus.extend(minutes),
      'focus:interrupt': ({ kind }) => focus.interrupt(kind),
      'focus:complete': (input) => focus.complete(input),
      'checklist:get': ({ date }) => checklists.view(date ?? checklists.nextTeleworkDay(localDateOf(clock.now()))),
      'checklist:setItemDone': ({ date, id, done }) => checklists.setItemDone(date, id, done),
      'checklist:addItem': ({ date, label }) => checklists.addItem(date, label),
      'checklist:removeItem': ({ date, id }) => checklists.removeItem(date, id),
      'checklist:setIncludeInStartReport': ({ date, include }) => checklists.setIncludeInStartReport(date, include),
      'checklist:saveAsTemplate': ({ date }) => checklists.saveAsTemplate(date),
      'checklist:addPdf': ({ date, title }) => checklists.addPdf(date, title),
      'checklist:attachPdf': ({ date, id }) => checklists.attachPdf(date, id),
      'checklist:removePdf': ({ date, id }) => checklists.removePdf(date, id),
      'checklist:saveApproval': ({ date, id, approval }) => checklists.saveApproval(date, id, approval),
      'checklist:removeApproval': ({ date, id }) => checklists.removeApproval(date, id),
      'data:backups': () => ({ folder: backupFolder.path, keepDays: settings.get().backupKeepDays, backups: data.list() }),
      'data:backupNow': () => data.backupNow(),
      'data:restore': ({ id }) => data.restore(id),
      'data:exportAll': () => {
        const { bytes, ...rest } = data.exportAll();
        return { ...rest, base64: Buffer.from(bytes).toString('base64') };
      },
      'data:exportAllToFolder': async () => {
        const folder = (await ports.folderPicker?.pick()) ?? null;
        if (!folder) return { folder: null, written: [], exportId: null, days: 0, documents: 0 };
        const { name, bytes, ...rest } = data.exportAll();
        const written = writeExportFiles(folder, [{ name, bytes }]);
        // The wipe trusts this file: read it back before handing out the id that allows it.
        if (!Buffer.from(readFileSync(written[0]!)).equals(Buffer.from(bytes))) throw new UserError('internal', 'data.exportUnverified');
        return { folder, written, ...rest };
      },
      'data:import': ({ text }) => data.importText(text),
      'data:wipe': ({ exportId, confirmation }) => data.wipe(exportId, confirmation),
      'org:import': ({ text }) => {
        const defaults = parseOrgDefaults(text, t());
        const replaceSettings = replaceWith(settings.get, settings.update);
        return applyOrgDefaults(defaults, {
          workHours: (workHours) => replaceSettings({ ...settings.get(), workHours }),
          holidays: replaceWith(calendar.orgDays, calendar.setOrgDays),
          blockKinds: (blockKinds) => replaceSettings({ ...settings.get(), blockKinds }),
          inventory: replaceWith(inventory.list, inventory.replaceAll),
          templates: replaceWith(templates.list, templates.replaceAll),
          checklist: replaceWith(checklists.templateItems, checklists.replaceTemplate),
        });
      },
    },
  });
  const focus = createFocusService({
    repo: openDocument('focus', focusDocument, deps),
    days,
    clock,
    timers,
    notifier: ports.notifier,
    power,
    bus,
    newId,
    t,
  });
  const checklists = createChecklistService({
    lists: createMonthlyRepository('checklists', checklistMonthDocument, deps),
    template: openDocument('checklist-template', checklistTemplateDocument, deps),
    days,
    calendar,
    clock,
    newId,
    bus,
    filePicker: ports.filePicker,
    language: () => settings.get().language,
  });
  const reports = createReportService({ days, reminders, settings, calendar, clock, t, openChecklistItems: checklists.openItemsForReport });
  const noNetwork: HttpPoster = { post: () => Promise.reject(new Error('no network in this shell')) };
  const webhook = createWebhookService({
    poster: ports.poster ?? noNetwork,
    timers,
    settings: () => settings.get().webhook,
    logger: ports.logger,
    ...(ports.retryDelayMs === undefined ? {} : { retryDelayMs: ports.retryDelayMs }),
  });
  const webhookMessage = (date: string, kind: string, subject: string, text: string) => {
    const { profile } = settings.get();
    return { subject, text, kind, date, staff: { name: profile.name, staffId: profile.staffId } };
  };
  const supervisor = createSupervisorService({
    checks: openDocument('supervisor-checks', checksDocument, deps),
    clock,
    checker: () => settings.get().profile.name || t()('supervisor.defaultChecker'),
    t,
  });
  const exportsService = createExportService({ days, reminders, settings: settings.get, now: clock.now, version: ports.version }, t, ports.pdfPrinter);

  const dataFolder = ports.dataFolder ?? createFsDataFolder(ports.stores.root);
  const backupFolder = ports.backupFolder ?? createFsBackupFolder(path.join(ports.stores.root, BACKUP_DIR));
  const data = createDataService({
    stores: generation.stores,
    folder: dataFolder,
    backups: backupFolder,
    clock,
    timers,
    power,
    newId,
    version: ports.version,
    logger: ports.logger,
    keepDays: () => settings.get().backupKeepDays,
    wipeWord: () => t()('data.wipeWord'),
    replaced: regeneration.replaced,
    wiped: () => {
      regeneration.wiped();
      ports.afterWipe?.().catch((error: unknown) => ports.logger.error('clearing the shell data failed', error));
    },
  });

  const start = (tray?: TrayPort) => {
    reminders.start();
    try {
      focus.startScheduling(); // may finish a session that ran out while the app was closed, and save it
    } catch (error) {
      ports.logger.error('the focus timer could not start', error);
    }
    const stopBackups = data.start();
    const stopTray = tray ? startTrayService({ tray, days, reminders, focus: focus.state, clock, timers, bus, t }) : undefined;
    return () => {
      reminders.stop();
      focus.stopScheduling();
      stopBackups();
      stopTray?.();
    };
  };
  return {
    router,
    start,
    retire: generation.retire,
    announce: () => bus.emit('settings:changed', settings.get()),
  };
}
