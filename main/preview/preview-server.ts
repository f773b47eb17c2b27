/**
 * The browser preview: the real main-process app in Node, the built renderer in any browser.
 * Bound to loopback only; every request must carry the random token (from the URL on first load,
 * then a SameSite=Strict cookie or the x-techo-token header); requests from another origin or for
 * another Host (DNS rebinding) are refused. This is how someone without Electron runs the app.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import type { MainApp } from '../app/create-app.js';
import { resolveAppRequestPath } from '../security/app-protocol-path.js';
import { APP_ORIGIN } from '../security/app-origin.js';

export interface PreviewOptions {
  app: MainApp;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface PreviewServer {
  url: string;
  /** The address actually bound (always the loopback address). */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Supervisor imports send report files (each at most 20 MB) in batches of about 16 MB. */
const MAX_BODY = 48 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export const LOOPBACK_HOST = '127.0.0.1';

function sameSecret(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | undefined {
  return header
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === 'techo_token')?.[1];
}

export function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const clients = new Set<http.ServerResponse>();
  let port = 0;

  const security = (res: http.ServerResponse) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
  };
  const refuse = (res: http.ServerResponse, status: number, reason: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(reason);
  };

  const server = http.createServer((req, res) => {
    security(res);
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}:${port}`);
    const allowedHosts = [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 403, 'forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
      return refuse(res, 403, 'forbidden origin');
    }
    const presented = req.headers['x-techo-token'] ?? url.searchParams.get('token') ?? cookieToken(req.headers.cookie);
    if (!sameSecret(Array.isArray(presented) ? presented[0] : presented, token)) {
      return refuse(res, 403, 'missing or wrong token: open the URL printed by `npm start`');
    }

    if (url.pathname === '/ipc') {
      if (req.method !== 'POST') return refuse(res, 405, 'POST only');
      if (!String(req.headers['content-type']).startsWith('application/json')) return refuse(res, 415, 'JSON only');
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY) chunks.push(chunk);
        else if (!res.headersSent) {
          // Answer at once but keep draining, so the client reads the 413 instead of a reset.
          res.setHeader('Connection', 'close');
          refuse(res, 413, 'request too large');
        }
      });
      req.on('end', () => {
        if (res.writableEnded) return;
        let body: { channel?: unknown; payload?: unknown };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return refuse(res, 400, 'invalid JSON');
        }
        void options.app.router.dispatch(body?.channel, body?.payload).then((result) => {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(result));
        });
      });
      return;
    }

    if (url.pathname === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'GET only');
    // Same containment rules as the Electron app:// protocol.
    const file = resolveAppRequestPath(options.rendererDir, `${APP_ORIGIN}${url.pathname}`);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return refuse(res, 404, 'not found');
    if (url.searchParams.has('token')) {
      res.setHeader('Set-Cookie', `techo_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  });

  const unsubscribe = options.app.bus.subscribe((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of clients) client.write(line);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      const bound = server.address() as AddressInfo;
      port = bound.port;
      resolve({
        address: bound.address,
        url: `http://${LOOPBACK_HOST}:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const client of clients) client.end();
            server.close(() => done());
            // Browsers keep connections alive; without this, close() waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
