/**
 * The composition root for the main process, shared by the Electron shell, the browser preview
 * and the tests: give it ports, get the router and the event bus. Nothing here touches Electron.
 */
import type { AppInfo } from '../../shared/ipc/contract.js';
import { createI18n } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { type EventBus, createEventBus } from '../ipc/event-bus.js';
import { type Router, createRouter } from '../ipc/router.js';
import { openDocument } from '../persistence/document-repository.js';
import { createStorageNotices } from '../persistence/storage-notices.js';
import type { Clock } from '../ports/clock.js';
import type { KeyValueStoreFactory } from '../ports/key-value-store.js';
import type { Logger } from '../ports/logger.js';
import { createSettingsService, settingsDocument } from '../services/settings-service.js';

export interface AppPorts {
  stores: KeyValueStoreFactory;
  clock: Clock;
  logger: Logger;
  shell: AppInfo['shell'];
  version: string;
}

export interface MainApp {
  router: Router;
  bus: EventBus;
}

export function createApp(ports: AppPorts): MainApp {
  const bus = createEventBus();
  const notices = createStorageNotices(ports.stores, ports.clock);
  notices.onAdded((notice) => bus.emit('storage:notice', notice));
  const deps = { factory: ports.stores, clock: ports.clock, notices };
  const settings = createSettingsService(openDocument('settings', settingsDocument, deps), bus);

  const translators = new Map<Language, ReturnType<typeof createI18n>>();
  const t = () => {
    const language = settings.get().language;
    let i18n = translators.get(language);
    if (!i18n) {
      i18n = createI18n(language);
      translators.set(language, i18n);
    }
    return i18n.t.bind(i18n) as (key: string, params?: Record<string, unknown>) => string;
  };

  // Load at start-up so a damaged file is found (and reported) before the window asks for it.
  settings.get();

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
      }),
      'app:dismissNotice': ({ id }) => notices.dismiss(id),
      'settings:get': () => settings.get(),
      'settings:update': (input) => settings.update(input),
    },
  });
  return { router, bus };
}
