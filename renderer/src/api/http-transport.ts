/**
 * Transport for the browser preview: IPC as POST <token>/ipc with the token in the x-techo-token
 * header, events from one EventSource on <token>/events. The token is the first segment of the
 * page's path (the URL the preview printed); no cookie is involved — a cookie would reach every
 * other service on 127.0.0.1 (main/preview/preview-request.ts explains the choice).
 */
import type { Transport } from '../../../shared/ipc/api.js';
import type { EventName } from '../../../shared/ipc/contract.js';

export function httpTransport(token: string, since?: number): Transport {
  const base = `/${encodeURIComponent(token)}/`;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const onMessage = (message: MessageEvent) => {
    const { event, payload } = JSON.parse(message.data as string) as { event: EventName; payload: unknown };
    listeners.get(event)?.forEach((cb) => cb(payload));
  };
  // EventSource cannot send headers; the stream lives under the secret path instead. A page that
  // carries its start data asks for the events main sent since it was read (`since`); that is
  // wanted once: should the stream drop, it is opened again without it (a replay then would
  // repeat old events, a navigation among them).
  let source = new EventSource(since === undefined ? `${base}events` : `${base}events?since=${since}`);
  source.onmessage = onMessage;
  if (since !== undefined) {
    source.addEventListener(
      'error',
      () => {
        source.close();
        source = new EventSource(`${base}events`);
        source.onmessage = onMessage;
      },
      { once: true },
    );
  }
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
