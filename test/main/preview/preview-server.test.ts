import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreviewServer } from '../../../main/preview/preview-server.js';
import { START_DATA_ID } from '../../../shared/ipc/start-data.js';
import { block } from '../../helpers/seed-day.js';
import { changeSettings } from '../../helpers/settings.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, routerClient } from '../../helpers/typed-client.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(app = testApp(tempDir())) {
  const renderer = tempDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title><body><div id="root"></div></body>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  server = await startPreviewServer({ app, rendererDir: renderer });
  return server;
}

/** The start data block of a served page: its raw text, as the HTML parser sees the element's end. */
function carried(html: string): { raw: string; data: { seq: number; answer: { ok: true; data: { now: { date: string }; today: { day: { blocks: { title: string }[] } }; settings: { language: string } } } } } {
  const open = `<script type="application/json" id="${START_DATA_ID}">`;
  const from = html.indexOf(open);
  expect(from).toBeGreaterThanOrEqual(0);
  // An HTML parser ends a script element's text at the first "</script" whatever comes before.
  const raw = html.slice(from + open.length, html.toLowerCase().indexOf('</script', from));
  return { raw, data: JSON.parse(raw) };
}

/** Reads an event stream until `count` events arrived, then drops it. */
function readEvents(s: PreviewServer, at: string, count: number) {
  return new Promise<{ event: string }[]>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: s.port, path: at, headers: { host: `127.0.0.1:${s.port}` } }, (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
        const got = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!));
        if (got.length >= count) {
          resolve(got);
          req.destroy();
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
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

const page = (s: PreviewServer, rest = '') => `/${s.token}/${rest}`;
const ipc = (s: PreviewServer, headers: Record<string, string>, body = JSON.stringify({ channel: 'settings:get' }), at = page(s, 'ipc')) =>
  send(s, { method: 'POST', path: at, headers: { 'content-type': 'application/json', ...headers }, body });

/** Opens the event stream and returns the status and headers (then drops the connection). */
function events(s: PreviewServer, at: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: s.port, path: at, headers: { host: `127.0.0.1:${s.port}`, ...headers } }, (res) => {
      resolve({ status: res.statusCode!, headers: res.headers });
      req.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser preview server', () => {
  it('binds to the loopback address only and prints a URL whose path is a long random token', async () => {
    const s = await start();
    expect(s.address).toBe('127.0.0.1');
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{32}\/$/);
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/${s.token}/`);
    const other = await startPreviewServer({ app: testApp(tempDir()), rendererDir: tempDir() });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('serves the app under its secret path; IPC needs the token in the header as well', async () => {
    const s = await start();
    expect((await send(s, { path: page(s) })).status).toBe(200);
    expect((await send(s, { path: page(s, 'index.html') })).status).toBe(200);
    const bare = await send(s, { path: `/${s.token}` });
    expect([bare.status, bare.headers.location]).toEqual([308, `/${s.token}/`]);
    const res = await ipc(s, { 'x-techo-token': s.token, origin: `http://127.0.0.1:${s.port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { language: 'ja' } });
    expect((await events(s, page(s, 'events'))).status).toBe(200);
  });

  it('never sets a cookie, on any response', async () => {
    const s = await start();
    const auth = { 'x-techo-token': s.token };
    const responses = [
      await send(s, { path: page(s) }),
      await send(s, { path: page(s, 'index.html') }),
      await send(s, { path: `${page(s)}?token=${s.token}` }), // the old way in: no cookie handed out
      await send(s, { path: `/?token=${s.token}` }),
      await send(s, { path: `/${s.token}` }),
      await send(s, { path: page(s, 'nope.js') }),
      await send(s, { path: '/' }),
      await ipc(s, auth),
      await ipc(s, {}),
      await ipc(s, auth, '{not json'),
    ];
    for (const r of responses) expect(r.headers['set-cookie']).toBeUndefined();
    expect((await events(s, page(s, 'events'))).headers['set-cookie']).toBeUndefined();
  });

  it('refuses a request that has only the old techo_token cookie, or the token in the query', async () => {
    const s = await start();
    const cookie = { cookie: `techo_token=${s.token}` };
    expect((await send(s, { path: '/', headers: cookie })).status).toBe(403);
    expect((await send(s, { path: '/index.html', headers: cookie })).status).toBe(403);
    expect((await ipc(s, cookie, undefined, '/ipc')).status).toBe(403);
    expect((await ipc(s, cookie)).status).toBe(403); // even under the secret path, IPC needs the header
    expect((await events(s, '/events', cookie)).status).toBe(403);
    expect((await send(s, { path: `/?token=${s.token}` })).status).toBe(403);
    expect((await send(s, { path: `/index.html?token=${s.token}` })).status).toBe(403);
    expect((await events(s, `/events?token=${s.token}`)).status).toBe(403);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const s = await start();
    const wrong = 'x'.repeat(32);
    expect((await send(s, { path: '/' })).status).toBe(403);
    expect((await send(s, { path: `/${wrong}/` })).status).toBe(403);
    expect((await send(s, { path: `/${s.token.slice(0, -1)}/` })).status).toBe(403);
    expect((await send(s, { path: `/${s.token}x/` })).status).toBe(403);
    expect((await ipc(s, {})).status).toBe(403);
    expect((await ipc(s, { 'x-techo-token': wrong })).status).toBe(403);
    expect((await ipc(s, { 'x-techo-token': s.token }, undefined, `/${wrong}/ipc`)).status).toBe(403);
    expect((await ipc(s, { 'x-techo-token': s.token }, undefined, '/ipc')).status).toBe(403);
    expect((await events(s, '/events')).status).toBe(403);
    expect((await events(s, `/${wrong}/events`)).status).toBe(403);
  });

  it('refuses another origin and another Host (DNS rebinding), and cross-site browser requests', async () => {
    const s = await start();
    const auth = { 'x-techo-token': s.token };
    expect((await ipc(s, { ...auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await ipc(s, { ...auth, origin: `http://127.0.0.1:${s.port + 1}` })).status).toBe(403); // another local service
    expect((await ipc(s, { ...auth, host: `evil.example:${s.port}` })).status).toBe(403);
    expect((await send(s, { path: page(s), headers: { host: `evil.example:${s.port}` } })).status).toBe(403);
    expect((await send(s, { path: page(s), headers: { 'sec-fetch-site': 'same-site' } })).status).toBe(403);
    expect((await send(s, { path: page(s), headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await send(s, { path: page(s), headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
    expect((await ipc(s, { ...auth, 'sec-fetch-site': 'same-origin', origin: `http://localhost:${s.port}`, host: `localhost:${s.port}` })).status).toBe(200);
  });

  it('answers malformed bodies with a clear status, never a crash', async () => {
    const s = await start();
    const auth = { 'x-techo-token': s.token };
    expect((await ipc(s, auth, '{not json')).status).toBe(400);
    expect((await ipc(s, auth, 'x'.repeat(49 * 1024 * 1024))).status).toBe(413);
    expect(JSON.parse((await ipc(s, auth, JSON.stringify({ channel: 'nope' }))).body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await ipc(s, auth, 'null')).status).toBe(200);
    expect((await send(s, { method: 'GET', path: page(s, 'ipc'), headers: auth })).status).toBe(405);
  });

  it('serves only files inside the renderer folder', async () => {
    const s = await start();
    for (const p of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', 'nope.js', '.%2e/secret.txt']) {
      expect((await send(s, { path: page(s, p) })).status, p).toBe(404);
    }
    // Leaving the secret path is leaving the app: refused before any file is looked at.
    for (const p of ['/secret.txt', '/../secret.txt', `/x/../${s.token}/index.html`]) {
      expect((await send(s, { path: p })).status, p).toBe(403);
    }
  });

  it("carries main's start answer in the page, escaped so a hostile 予定 title cannot leave its data block", async () => {
    const app = testApp(tempDir());
    const api = routerClient(app);
    const { now } = await ok(api.appStart());
    const hostile = '</script><script>alert(1)</script><!-- \u2028\u2029 & </SCRIPT > 終わり';
    await ok(api.daySaveBlock({ date: now.date, id: null, block: block('09:00', '10:00', hostile) }));
    const s = await start(app);
    const res = await send(s, { path: page(s) });
    expect(res.status).toBe(200);
    // Still the one policy: the block is data (type="application/json"), never run.
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    const { raw, data } = carried(res.body);
    // The element ends where the server ended it: the whole answer parses, the title is intact.
    expect(data.answer.ok).toBe(true);
    expect(data.answer.data.today.day.blocks.map((b) => b.title)).toContain(hostile);
    expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
    expect(res.body.toLowerCase().split('</script').length).toBe(2); // the block's own end only
    expect(res.body).toMatch(/<\/script><\/body>$/);
  });

  it('computes the carried answer for each request of the page, and replays the events since then to the stream that asks', async () => {
    const app = testApp(tempDir());
    const api = routerClient(app);
    const s = await start(app);
    const first = carried((await send(s, { path: page(s) })).body).data;
    expect(first.answer.data.settings.language).toBe('ja');
    await ok(changeSettings(api, (x) => ({ ...x, language: 'en' })));
    const second = carried((await send(s, { path: page(s, 'index.html') })).body).data;
    expect(second.answer.data.settings.language).toBe('en');
    expect(second.seq).toBeGreaterThan(first.seq);
    // The first page opens its stream late: it still hears of the change made after its answer.
    const missed = await readEvents(s, page(s, `events?since=${first.seq}`), 1);
    expect(missed.map((e) => e.event)).toContain('settings:changed');
  });
});
