/**
 * The preload: exposes `window.techo` (one function per contract channel plus `on`) and nothing
 * else. `ipcRenderer` itself never reaches the page — with it, any script in the page could send
 * on any channel and listen to every message. Bundled by esbuild into one CommonJS file, because
 * a sandboxed preload can neither load ESM nor require npm modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../shared/ipc/api.js';
import type { EventName } from '../../shared/ipc/contract.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/transport-channels.js';

type Callback = (payload: unknown) => void;

// One ipcRenderer listener for all subscriptions: many components subscribing would otherwise
// pile listeners onto one channel (and trip Node's MaxListeners warning). The IpcRendererEvent
// carries `sender` — ipcRenderer itself — so it is dropped here and never reaches the page.
const subscribers = new Map<unknown, Set<Callback>>();
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  for (const callback of subscribers.get(name) ?? []) {
    try {
      callback(payload);
    } catch (error) {
      console.error(error); // one faulty view must not keep the event from the others
    }
  }
});

function subscribe(event: EventName, callback: Callback): () => void {
  let set = subscribers.get(event);
  if (!set) subscribers.set(event, (set = new Set()));
  // Wrap so the same function subscribed twice gets two independent subscriptions.
  const entry: Callback = (payload) => callback(payload);
  set.add(entry);
  return () => {
    set.delete(entry);
  };
}

contextBridge.exposeInMainWorld(
  'techo',
  buildApi({
    invoke: (channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload),
    subscribe,
  }),
);
