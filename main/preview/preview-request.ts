/**
 * Who may talk to the browser preview, decided per request — a pure function, table-tested.
 *
 * The credential is a random token that never travels in a cookie (issue #14): cookies ignore the
 * port, so a cookie for 127.0.0.1:<preview> would be sent to every other service on 127.0.0.1 the
 * browser visits, and that service could then call every channel. Instead:
 * - the app lives under a secret path, http://127.0.0.1:PORT/<token>/ — a page and its assets can
 *   only be asked for by someone who already holds the printed URL;
 * - IPC (POST <token>/ipc) also carries the token in the `x-techo-token` header. A custom header
 *   cannot be sent cross-origin without a CORS preflight, which this server never grants, so no
 *   other page can post to IPC even if it learnt the path;
 * - the event stream (GET <token>/events) is read with EventSource, which cannot set headers. It
 *   is protected by the secret path alone: that is the same secret the page URL already is, the
 *   stream only reads (it changes nothing), and fetch-streaming a header instead would add a
 *   reconnecting SSE parser of our own for no added secrecy;
 * - `?token=` and the old `techo_token` cookie are ignored; a cookie is never set.
 * Host and Origin must name this loopback server (DNS rebinding: a page of evil.example whose name
 * later resolves to 127.0.0.1 still sends `Host: evil.example`), and a browser's Sec-Fetch-Site
 * must say the request comes from this origin or from the user (typed URL, bookmark).
 */
import crypto from 'node:crypto';

export interface PreviewRequest {
  method: string;
  /** The request target exactly as received (path and query), not normalised. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type PreviewDecision =
  | { kind: 'ipc' }
  | { kind: 'events' }
  /** `path` is the raw path below the secret prefix, for the renderer-folder containment check. */
  | { kind: 'file'; path: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'refuse'; status: number; reason: string };

export const TOKEN_HEADER = 'x-techo-token';
const TOKEN_REFUSAL = 'missing or wrong token: open the URL printed by `npm start` (or `npm run preview`)';

function header(req: PreviewRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Constant-time comparison, so the answer's timing does not reveal how much of a guess was right. */
export function sameSecret(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;
  const a = crypto.createHash('sha256').update(presented).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

export function decidePreviewRequest(req: PreviewRequest, server: { port: number; token: string }): PreviewDecision {
  const hosts = [`127.0.0.1:${server.port}`, `localhost:${server.port}`];
  if (!hosts.includes(header(req, 'host') ?? '')) return { kind: 'refuse', status: 403, reason: 'forbidden host' };
  const origin = header(req, 'origin');
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return { kind: 'refuse', status: 403, reason: 'forbidden origin' };
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { kind: 'refuse', status: 403, reason: 'forbidden origin' };

  const rawPath = req.url.split(/[?#]/, 1)[0] ?? '';
  const match = /^\/([^/]*)(\/.*)?$/.exec(rawPath);
  if (!match || !sameSecret(match[1], server.token)) return { kind: 'refuse', status: 403, reason: TOKEN_REFUSAL };
  const rest = match[2];
  // Relative asset URLs need the trailing slash: /<token> → /<token>/.
  if (rest === undefined) return { kind: 'redirect', location: `/${server.token}/` };

  if (rest === '/ipc') {
    if (!sameSecret(header(req, TOKEN_HEADER), server.token)) return { kind: 'refuse', status: 403, reason: TOKEN_REFUSAL };
    if (req.method !== 'POST') return { kind: 'refuse', status: 405, reason: 'POST only' };
    if (!String(header(req, 'content-type')).startsWith('application/json')) return { kind: 'refuse', status: 415, reason: 'JSON only' };
    return { kind: 'ipc' };
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return { kind: 'refuse', status: 405, reason: 'GET only' };
  if (rest === '/events') return { kind: 'events' };
  return { kind: 'file', path: rest };
}
