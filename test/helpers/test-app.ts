import { createApp } from '../../main/app/create-app.js';
import { createConfStoreFactory } from '../../main/adapters/conf-key-value-store.js';
import type { Logger } from '../../main/ports/logger.js';
import { fakeClock } from './fake-clock.js';

/** The real main-process app on real conf files in `dir`, with a fake clock. */
export function testApp(dir: string, clock = fakeClock()) {
  const errors: unknown[] = [];
  const logger: Logger = { error: (_m, e) => errors.push(e), info() {} };
  let n = 0;
  const app = createApp({ stores: createConfStoreFactory(dir), clock, logger, shell: 'preview', version: '0.0.0-test', newId: () => `id${++n}` });
  return { ...app, clock, errors };
}
