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
import { START_DATA_ID, jsonForHtml } from '../../shared/ipc/start-data.js';
import { decidePreviewRequest } from './preview-request.js';

export interface PreviewOptions {
  /** The app's router answers IPC (and the start data in the page); its bus feeds the event stream. */
  app: Pick<MainApp, 'router' | 'bus'>;
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
/** Events kept for a page that opens its stream a moment after its index.html was served. */
const REPLAYED_EVENTS = 256;

/**
 * index.html with main's `app:start` answer in it (shared/ipc/start-data.ts), computed for this
 * request: the first screen needs no round trip. Without a `</body>` the block goes at the end.
 */
export function withStartData(html: string, seq: number, answer: unknown): string {
  const block = `<script type="application/json" id="${START_DATA_ID}">${jsonForHtml({ seq, answer })}</script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + block : html.slice(0, at) + block + html.slice(at);
}

export function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  // 192 random bits, base64url: safe as a path segment and as a header value.
  const token = crypto.randomBytes(24).toString('base64url');
  const clients = new Set<http.ServerResponse>();
  let port = 0;
  // Every event gets a number; the last few are kept, so a page can ask for those after the start
  // data it carries (events?since=<seq>).
  let seq = 0;
  const recent: { seq: number; line: string }[] = [];

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

  // The page itself (the protocol resolver answers real paths).
  const isIndex = (file: string) => path.basename(file) === 'index.html' && path.dirname(file) === fs.realpathSync(options.rendererDir);
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
      const since = Number(new URL(req.url ?? '/', 'http://preview').searchParams.get('since'));
      if (Number.isInteger(since) && since >= 0) for (const e of recent) if (e.seq > since) res.write(e.line);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }

    // Same containment rules as the Electron app:// protocol, on the path as it was sent.
    const file = resolveAppRequestPath(options.rendererDir, `${APP_ORIGIN}${decision.path}`);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return refuse(res, 404, 'not found');
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') return res.end();
    // A chunk at once, in one write (they are small; a stream answers in 64 kB turns of the loop).
    if (!isIndex(file)) return void fs.readFile(file, (err, bytes) => (err ? res.destroy(err) : res.end(bytes)));
    // The page: with main's start answer of this moment (never cached: Cache-Control is no-store).
    const at = seq;
    void options.app.router.dispatch('app:start', undefined).then((answer) => {
      const html = fs.readFileSync(file, 'utf8');
      res.end((answer as { ok?: unknown }).ok === true ? withStartData(html, at, answer) : html);
    });
  });

  const unsubscribe = options.app.bus.subscribe((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
    recent.push({ seq: ++seq, line });
    if (recent.length > REPLAYED_EVENTS) recent.shift();
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
