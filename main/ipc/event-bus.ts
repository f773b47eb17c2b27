/**
 * The event bus: payloads are validated against the contract's events table before any transport
 * (Electron webContents, the preview's SSE stream, the e2e bridge) sees them.
 */
import { events } from '../../shared/ipc/contract.js';
import type { EventBus, EventListener } from '../ports/event-bus.js';

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      const data = events[event].parse(payload);
      for (const listener of listeners) listener(event, data);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
