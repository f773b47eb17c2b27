/**
 * Serves the built renderer on app://techo/. A custom protocol instead of file:// gives the page a
 * real origin (so CSP 'self' and the sender check mean something) and keeps every other file on
 * the disk out of reach: only what resolveAppRequestPath admits is read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/csp.js';
import { APP_SCHEME } from '../security/app-origin.js';
import { resolveAppRequestPath } from '../security/app-protocol-path.js';

/**
 * Must run before the app is ready. standard: relative URLs and the origin work like http;
 * secure: the page is a secure context (needed for Notifications and crypto.subtle);
 * supportFetchAPI: the page may fetch its own assets; codeCache: V8 keeps the compiled scripts in the
 * profile's code cache, as it does for https pages, so a later start does not compile the 280 kB
 * start script again (issue #16; Electron 28+, standard schemes only). Only compiled app code is kept
 * there, no user data.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

const notFound = () =>
  new Response('Not Found', { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/** Must run after the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const filePath = resolveAppRequestPath(rendererDir, request.url);
    if (filePath === null) return notFound();
    try {
      const body = await fs.readFile(filePath);
      const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'content-type': contentType },
      });
    } catch {
      return notFound();
    }
  });
}
