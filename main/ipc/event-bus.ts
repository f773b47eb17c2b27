/**
 * Main → renderer events. Payloads are validated against the contract's events table before any
 * transport (Electron webContents, the preview's SSE stream, the e2e bridge) sees them.
 */
import { type EventName, type EventPayload, events } from '../../shared/ipc/contract.js';

export type EventListener = (event: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

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
