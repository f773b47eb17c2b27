/**
 * What the window asks about the app itself: its version and shell, where the data lives, what the
 * shell can do (folder and file dialogs), the storage notices, and main's clock — the renderer
 * never trusts its own (a clock set by the test, the OS zone followed while running).
 */
import { localDateOf, localMinutesOf } from '../../shared/calendar/local-date.js';
import type { AppInfo } from '../../shared/ipc/contract.js';
import type { StorageNotices } from '../persistence/storage-notices.js';
import type { Clock } from '../ports/clock.js';

export interface AppInfoDeps {
  about: Pick<AppInfo, 'version' | 'shell' | 'dataDir' | 'canPickFolder' | 'canPickFiles'>;
  notices: Pick<StorageNotices, 'list'>;
  clock: Clock;
}

export function createAppInfoService({ about, notices, clock }: AppInfoDeps) {
  return {
    info: (): AppInfo => ({ name: 'telework-techo', ...about, notices: notices.list() }),
    now() {
      const now = clock.now();
      return { date: localDateOf(now), minutes: localMinutesOf(now), iso: new Date(now).toISOString() };
    },
  };
}
