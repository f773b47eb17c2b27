/**
 * Transport for the browser preview: IPC as POST /ipc, events from one EventSource. The token
 * comes from the URL the preview printed; the server also set it as a SameSite cookie.
 */
import type { Transport } from '../../../shared/ipc/api.js';
import type { EventName } from '../../../shared/ipc/contract.js';

export function httpTransport(token: string): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;
  const connect = () => {
    source ??= new EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data as string) as { event: EventName; payload: unknown };
      listeners.get(event)?.forEach((cb) => cb(payload));
    };
  };
  return {
    async invoke(channel, payload) {
      const res = await fetch('/ipc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-techo-token': token },
        body: JSON.stringify({ channel, payload }),
      });
      if (!res.ok) throw new Error(`preview server answered ${res.status}`);
      return res.json();
    },
    subscribe(event, callback) {
      connect();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(callback);
      return () => set.delete(callback);
    },
  };
}
