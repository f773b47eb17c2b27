/** app:* — what the window asks about the app: version, shell, data folder, notices, main's clock, and all the first screen needs at once. */
import { createAppInfoService } from '../services/app-info-service.js';
import type { DayService } from '../services/day-service.js';
import type { SettingsService } from '../services/settings-service.js';
import { workingNow } from '../services/working-day.js';
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
  // "Now" as the window shows it: on the day still being worked past midnight (working-day.ts).
  const now = () =>
    workingNow(app.now(), {
      isOpen: (date) => {
        const { record } = deps.days.get(date).day;
        return record.start !== null && record.end === null;
      },
      startOfWork: () => deps.settings.get().workHours.start,
    });
  const handlers: GroupHandlers<'app'> = {
    'app:info': () => app.info(),
    'app:dismissNotice': ({ id }) => notices.dismiss(id),
    'app:now': () => now(),
    // The first screen in one round trip: the same answers as settings:get, app:info, app:now and day:get of today.
    'app:start': () => {
      const today = now();
      return { settings: deps.settings.get(), info: app.info(), now: today, today: deps.days.get(today.date) };
    },
  };
  return { handlers };
}
