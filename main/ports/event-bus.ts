/**
 * Main → renderer events, as services see them: they announce a change and never learn which
 * transport (Electron webContents, the preview's SSE stream, the e2e bridge) carries it. The
 * implementation, which validates each payload against the contract, is main/ipc/event-bus.ts.
 */
import type { EventName, EventPayload } from '../../shared/ipc/contract.js';

export type EventListener = (event: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}
