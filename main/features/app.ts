/** app:* — what the window asks about the app: version, shell, data folder, notices, main's clock, and all the first screen needs at once. */
import { createAppInfoService } from '../services/app-info-service.js';
import type { DayService } from '../services/day-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { GenerationContext, GroupHandlers } from './feature-context.js';

export function appFeature({ ports, notices }: GenerationContext, deps: { settings: SettingsService; days: DayService }) {
  const app = createAppInfoService({
    about: {
      version: ports.version,
      shell: ports.shell,
      dataDir: ports.stores.root,
      canPickFolder: ports.folderPicker !== undefined,
      canPickFiles: ports.filePicker !== undefined,
    },
    notices,
    clock: ports.clock,
  });
  const handlers: GroupHandlers<'app'> = {
    'app:info': () => app.info(),
    'app:dismissNotice': ({ id }) => notices.dismiss(id),
    'app:now': () => app.now(),
    // The first screen in one round trip: the same answers as settings:get, app:info, app:now and day:get of today.
    'app:start': () => {
      const now = app.now();
      return { settings: deps.settings.get(), info: app.info(), now, today: deps.days.get(now.date) };
    },
  };
  return { handlers };
}
