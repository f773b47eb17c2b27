import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreviewServer } from '../../../main/preview/preview-server.js';
import { testApp } from '../../helpers/test-app.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const renderer = tempDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  server = await startPreviewServer({ app: testApp(tempDir()), rendererDir: renderer });
  return server;
}

function send(s: PreviewServer, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: s.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${s.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const ipc = (s: PreviewServer, headers: Record<string, string>, body = JSON.stringify({ channel: 'settings:get' })) =>
  send(s, { method: 'POST', path: '/ipc', headers: { 'content-type': 'application/json', ...headers }, body });

describe('browser preview server', () => {
  it('binds to the loopback address only and prints a URL with a long random token', async () => {
    const s = await start();
    expect(s.address).toBe('127.0.0.1');
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const other = await startPreviewServer({ app: testApp(tempDir()), rendererDir: tempDir() });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const s = await start();
    expect((await send(s, { path: '/' })).status).toBe(403);
    expect((await ipc(s, {})).status).toBe(403);
    expect((await ipc(s, { 'x-techo-token': 'x'.repeat(32) })).status).toBe(403);
    expect((await send(s, { path: '/events' })).status).toBe(403);
  });

  it('refuses another origin and another Host (DNS rebinding)', async () => {
    const s = await start();
    expect((await ipc(s, { 'x-techo-token': s.token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await ipc(s, { 'x-techo-token': s.token, host: `evil.example:${s.port}` })).status).toBe(403);
  });

  it('answers IPC with the token and sets a same-site cookie for the page', async () => {
    const s = await start();
    const res = await ipc(s, { 'x-techo-token': s.token, origin: `http://127.0.0.1:${s.port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { language: 'ja' } });
    const page = await send(s, { path: `/?token=${s.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']?.[0]).toMatch(/techo_token=.+; HttpOnly; SameSite=Strict/);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const withCookie = await send(s, { path: '/index.html', headers: { cookie: `techo_token=${s.token}` } });
    expect(withCookie.status).toBe(200);
  });

  it('answers malformed bodies with a clear status, never a crash', async () => {
    const s = await start();
    const auth = { 'x-techo-token': s.token };
    expect((await ipc(s, auth, '{not json')).status).toBe(400);
    expect((await ipc(s, auth, 'x'.repeat(49 * 1024 * 1024))).status).toBe(413);
    expect(JSON.parse((await ipc(s, auth, JSON.stringify({ channel: 'nope' }))).body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await ipc(s, auth, 'null')).status).toBe(200);
  });

  it('serves only files inside the renderer folder', async () => {
    const s = await start();
    const auth = { 'x-techo-token': s.token };
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/nope.js']) {
      expect((await send(s, { path: p, headers: auth })).status, p).toBe(404);
    }
  });
});
