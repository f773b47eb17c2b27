/**
 * The one way the renderer reaches main. In Electron (and the e2e bridge) the preload has put
 * `window.techo` in place; in the browser preview we build the same API over HTTP. Transport
 * failures become the same typed error a refused request gives, so views handle one shape.
 */
import { type TechoApi, type Transport, buildApi } from '../../../shared/ipc/api.js';
import { carriedStart } from './carried-start.js';
import { httpTransport } from './http-transport.js';

declare global {
  interface Window {
    techo?: TechoApi;
  }
}

function guarded(transport: Transport, unreachable: () => string): Transport {
  return {
    invoke: (channel, payload) =>
      transport.invoke(channel, payload).catch(() => ({ ok: false, error: { code: 'internal', message: unreachable() } })),
    subscribe: (event, cb) => transport.subscribe(event, cb),
  };
}

export function getApi(unreachable: () => string): TechoApi {
  if (window.techo) return window.techo;
  // The preview serves the app under its secret path, http://127.0.0.1:PORT/<token>/.
  const token = decodeURIComponent(window.location.pathname.split('/')[1] ?? '');
  // A page that carries its start data opens the event stream from the moment that data was read.
  return buildApi(guarded(httpTransport(token, carriedStart()?.seq), unreachable));
}
