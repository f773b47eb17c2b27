/**
 * Builds one generation of the main-process services and the router over their handlers.
 * create-app.ts calls this once at start and again after a restore, an import or a wipe replaced
 * the stored files, so no service keeps a stale cache. Nothing here touches Electron, and nothing
 * here decides anything: each feature (main/features/) builds its services and owns its handlers;
 * this file builds the features in dependency order and puts their handlers together.
 */
import { type Handlers, type Router, createRouter } from '../ipc/router.js';
import type { AppPorts } from '../ports/app-ports.js';
import type { EventBus } from '../ports/event-bus.js';
import type { TrayPort } from '../ports/tray.js';
import { appFeature } from '../features/app.js';
import { calendarFeature } from '../features/calendar.js';
import { checklistFeature } from '../features/checklist.js';
import { type Regeneration, dataFeature } from '../features/data.js';
import { dayFeature } from '../features/day.js';
import { exportsFeature } from '../features/exports.js';
import { focusFeature } from '../features/focus.js';
import { inventoryFeature } from '../features/inventory.js';
import { orgFeature } from '../features/org.js';
import { orgSummaryFeature } from '../features/org-summary.js';
import { recordFeature } from '../features/record.js';
import { remindersFeature } from '../features/reminders.js';
import { reportsFeature } from '../features/reports.js';
import { settingsFeature } from '../features/settings.js';
import { supervisorFeature } from '../features/supervisor.js';
import { templatesFeature } from '../features/templates.js';
import { trayFeature } from '../features/tray.js';
import { webhookFeature } from '../features/webhook.js';
import { weekFeature } from '../features/week.js';
import { createGenerationContext } from './generation-context.js';
import { startAll } from './start-all.js';

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

export function composeApp(ports: AppPorts, bus: EventBus, regeneration: Regeneration): ComposedApp {
  const generation = createGenerationContext(ports, bus);
  const settings = settingsFeature(generation.context);
  const ctx = { ...generation.context, t: settings.t };
  const calendar = calendarFeature(ctx);
  const inventory = inventoryFeature(ctx);
  const day = dayFeature(ctx, { settings: settings.settings, calendar: calendar.calendar, inventory: inventory.inventory });
  const app = appFeature(generation.context, { settings: settings.settings, days: day.days });
  const templates = templatesFeature(ctx, day.days);
  const planning = { settings: settings.settings, calendar: calendar.calendar, inventory: inventory.inventory, days: day.days, templates: templates.templates };
  const reminders = remindersFeature(ctx, planning);
  const focus = focusFeature(ctx, day.days);
  const checklist = checklistFeature(ctx, planning);
  const services = { ...planning, reminders: reminders.reminders, focus: focus.focus, checklists: checklist.checklists };
  const reports = reportsFeature(ctx, services);
  const data = dataFeature(ctx, { settings: settings.settings, regeneration });

  // Every channel of the contract, each from the feature that owns it: a missing one does not compile.
  const handlers: Handlers = {
    ...app.handlers,
    ...settings.handlers,
    ...day.handlers,
    ...recordFeature(day.days).handlers,
    ...weekFeature(day.days).handlers,
    ...templates.handlers,
    ...inventory.handlers,
    ...calendar.handlers,
    ...reminders.handlers,
    ...reports.handlers,
    ...exportsFeature(ctx, services).handlers,
    ...supervisorFeature(ctx, settings.settings).handlers,
    ...orgSummaryFeature(ctx, settings.settings).handlers,
    ...webhookFeature(ctx, { settings: settings.settings, reports: reports.reports }).handlers,
    ...focus.handlers,
    ...checklist.handlers,
    ...data.handlers,
    ...orgFeature({ ...services, t: ctx.t }).handlers,
  };
  return {
    router: createRouter({ t: ctx.t, logger: ports.logger, handlers }),
    start: startAll([reminders.running, focus.running, data.running, trayFeature(ctx, services).running]),
    retire: generation.retire,
    announce: settings.announce,
  };
}
