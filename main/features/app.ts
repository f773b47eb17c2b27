/** app:* — what the window asks about the app: version, shell, data folder, notices, main's clock. */
import { createAppInfoService } from '../services/app-info-service.js';
import type { GenerationContext, GroupHandlers } from './feature-context.js';

export function appFeature({ ports, notices }: GenerationContext) {
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
  };
  return { handlers };
}
