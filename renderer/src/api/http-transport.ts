/**
 * Transport for the browser preview: IPC as POST <token>/ipc with the token in the x-techo-token
 * header, events from one EventSource on <token>/events. The token is the first segment of the
 * page's path (the URL the preview printed); no cookie is involved — a cookie would reach every
 * other service on 127.0.0.1 (main/preview/preview-request.ts explains the choice).
 */
import type { Transport } from '../../../shared/ipc/api.js';
import type { EventName } from '../../../shared/ipc/contract.js';

export function httpTransport(token: string): Transport {
  const base = `/${encodeURIComponent(token)}/`;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  // EventSource cannot send headers; the stream lives under the secret path instead.
  const source = new EventSource(`${base}events`);
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data as string) as { event: EventName; payload: unknown };
    listeners.get(event)?.forEach((cb) => cb(payload));
  };
  // Requests wait until the stream is open, so whatever a view reads is at least as new as the
  // first event it can receive: a change made between the read and the stream's start would
  // otherwise never show (a busy machine makes that gap long). A stream that fails does not hold
  // the app back; EventSource keeps retrying it.
  const live = new Promise<void>((resolve) => {
    source.addEventListener('open', () => resolve(), { once: true });
    source.addEventListener('error', () => resolve(), { once: true });
  });
  return {
    async invoke(channel, payload) {
      await live;
      const res = await fetch(`${base}ipc`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-techo-token': token },
        body: JSON.stringify({ channel, payload }),
        credentials: 'omit',
      });
      if (!res.ok) throw new Error(`preview server answered ${res.status}`);
      return res.json();
    },
    subscribe(event, callback) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(callback);
      return () => set.delete(callback);
    },
  };
}
