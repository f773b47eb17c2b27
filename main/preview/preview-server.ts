/**
 * The browser preview: the real main-process app in Node, the built renderer in any browser.
 * Bound to loopback only; the app is served under a secret path and IPC also needs the token in a
 * header — never a cookie; which request passes is decided in preview-request.ts. This is how
 * someone without Electron runs the app.
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
import { decidePreviewRequest } from './preview-request.js';

export interface PreviewOptions {
  app: MainApp;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/<token>/ — the app under its secret path, as printed for the user. */
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

export function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  // 192 random bits, base64url: safe as a path segment and as a header value.
  const token = crypto.randomBytes(24).toString('base64url');
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
    const decision = decidePreviewRequest({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, { port, token });
    if (decision.kind === 'refuse') return refuse(res, decision.status, decision.reason);
    if (decision.kind === 'redirect') {
      res.writeHead(308, { Location: decision.location });
      return res.end();
    }

    if (decision.kind === 'ipc') {
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

    if (decision.kind === 'events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }

    // Same containment rules as the Electron app:// protocol, on the path as it was sent.
    const file = resolveAppRequestPath(options.rendererDir, `${APP_ORIGIN}${decision.path}`);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return refuse(res, 404, 'not found');
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
        url: `http://${LOOPBACK_HOST}:${port}/${token}/`,
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
