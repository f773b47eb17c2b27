/**
 * The `window.techo` API the renderer sees, built from the contract over any transport:
 * the Electron preload (ipcRenderer), the browser preview (HTTP + SSE) and the e2e bridge
 * (Playwright bindings) all call this one builder, so they cannot drift apart.
 */
import type { IpcResult } from './result.js';
import { CHANNEL_NAMES, type Channel, type EventName } from './channel-names.js';
import type { ChannelInput, ChannelOutput, EventPayload } from './contract.js';

/** "settings:update" → "settingsUpdate" */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : C;

export function methodName(channel: string): string {
  const [a, b = ''] = channel.split(':');
  return a + b.charAt(0).toUpperCase() + b.slice(1);
}

type Methods = {
  [C in Channel as MethodName<C>]: undefined extends ChannelInput<C>
    ? () => Promise<IpcResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

export type TechoApi = Methods & {
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
};

export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  subscribe(event: EventName, callback: (payload: unknown) => void): () => void;
}

export function buildApi(transport: Transport): TechoApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) {
    api[methodName(channel)] = (input?: unknown) => transport.invoke(channel, input);
  }
  api.on = (event: EventName, callback: (payload: unknown) => void) => transport.subscribe(event, callback);
  return Object.freeze(api) as TechoApi;
}
