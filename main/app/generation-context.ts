/**
 * What one generation of services shares: the shell's timers and power events guarded (a callback
 * that throws is logged and cannot end the app), stores whose writes stop when the generation is
 * retired, and the storage notices — each one pushed to the windows as it is found.
 */
import type { GenerationContext } from '../features/feature-context.js';
import { createStorageNotices } from '../persistence/storage-notices.js';
import type { AppPorts } from '../ports/app-ports.js';
import type { EventBus } from '../ports/event-bus.js';
import { generationStores } from './generation-stores.js';
import { guardedPower, guardedTimers } from './guarded-callbacks.js';

export function createGenerationContext(ports: AppPorts, bus: EventBus): { context: GenerationContext; retire(): void } {
  const { clock } = ports;
  const generation = generationStores(ports.stores);
  const notices = createStorageNotices(generation.stores, clock);
  notices.onAdded((notice) => bus.emit('storage:notice', notice));
  // A read-only data folder: say so at once, not only when the first save fails.
  const folderProblem = ports.stores.problem?.();
  if (folderProblem) {
    const { path, reason } = folderProblem;
    notices.report({ id: 'data-folder:unwritable', kind: 'folder_unwritable', document: 'data-folder', path, reason, at: new Date(clock.now()).toISOString() });
  }
  return {
    context: {
      ports,
      bus,
      timers: guardedTimers(ports.timers, ports.logger),
      power: guardedPower(ports.power, ports.logger),
      documents: { factory: generation.stores, clock, notices },
      notices,
    },
    retire: generation.retire,
  };
}
