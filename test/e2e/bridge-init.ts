/**
 * Runs in the page before the app (Playwright addInitScript), playing the preload's part: it
 * builds `window.techo` with the same buildApi the preload uses, over a Playwright binding into
 * the real router in the test process. Bundled to an IIFE by test/e2e/fixtures.ts.
 */
import { buildApi } from '../../shared/ipc/api.js';
import type { EventName } from '../../shared/ipc/contract.js';

declare global {
  interface Window {
    __techoInvoke(channel: string, payload: unknown): Promise<unknown>;
    __techoEmit(event: EventName, payload: unknown): void;
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
window.__techoEmit = (event, payload) => listeners.get(event)?.forEach((cb) => cb(payload));
Object.defineProperty(window, 'techo', {
  value: buildApi({
    invoke: (channel, payload) => window.__techoInvoke(channel, payload),
    subscribe(event, callback) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(callback);
      return () => set.delete(callback);
    },
  }),
  writable: false,
});
