import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPoster } from '../../../main/adapters/fetch-poster.js';
import { systemTimers } from '../../../main/adapters/system-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A local endpoint on 127.0.0.1 that answers each request with the next behaviour. */
async function endpoint(behaviours: ('ok' | 'bad' | 'fail' | 'hang')[]) {
  const received: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      const b = behaviours[Math.min(received.length - 1, behaviours.length - 1)];
      if (b === 'hang') return; // never answers
      res.writeHead(b === 'ok' ? 200 : b === 'bad' ? 400 : 503).end();
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

async function appWith(url: string, kind: 'slack' | 'teams' | 'generic', timeoutSeconds = 2) {
  const app = testApp(tempDir(), undefined, { poster: fetchPoster, timers: systemTimers });
  const s = (await app.router.dispatch('settings:get', undefined)) as { data: Record<string, unknown> & { profile: Record<string, string> } };
  await app.router.dispatch('settings:update', { ...s.data, profile: { ...s.data.profile, name: '山田 花子' }, webhook: { enabled: true, kind, url, timeoutSeconds, retries: 1 } });
  return app;
}

const send = (app: ReturnType<typeof testApp>) => app.router.dispatch('report:sendWebhook', { date: '2026-11-25', kind: 'start', subject: '【始業報告】', text: '予定: 資料作成' });

describe('chat webhook (opt-in)', () => {
  it('posts Slack-compatible JSON and records the report as sent by webhook', async () => {
    const ep = await endpoint(['ok']);
    const app = await appWith(ep.url, 'slack');
    const res = await send(app);
    expect(res).toMatchObject({ ok: true, data: { day: { reports: [{ kind: 'start', via: 'webhook', text: '予定: 資料作成' }] } } });
    expect(ep.received).toEqual([{ text: '【始業報告】\n予定: 資料作成' }]);
  });

  it('posts a Teams Workflows Adaptive Card, and a generic JSON document', async () => {
    const ep = await endpoint(['ok']);
    await send(await appWith(ep.url, 'teams'));
    expect(ep.received[0]).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }] });
    const ep2 = await endpoint(['ok']);
    await send(await appWith(ep2.url, 'generic'));
    expect(ep2.received[0]).toMatchObject({ format: 'telework-techo/report-message', subject: '【始業報告】', staff: { name: '山田 花子' } });
  });

  it('a 4xx is reported at once (no retry) with a clear message; nothing is recorded as sent', async () => {
    const ep = await endpoint(['bad']);
    const app = await appWith(ep.url, 'slack');
    expect(await send(app)).toMatchObject({ ok: false, error: { message: '送信先がエラーを返しました(HTTP 400)。URL と送り先の種類を確認してください。' } });
    expect(ep.received).toHaveLength(1);
    expect((await app.router.dispatch('day:get', { date: '2026-11-25' })) as object).toMatchObject({ data: { day: { reports: [] } } });
  });

  it('a 5xx is retried and can succeed on the retry', async () => {
    const ep = await endpoint(['fail', 'ok']);
    expect((await send(await appWith(ep.url, 'slack'))).ok).toBe(true);
    expect(ep.received).toHaveLength(2);
  });

  it('a timeout is retried, then reported with the seconds and tries', async () => {
    const ep = await endpoint(['hang']);
    const res = await send(await appWith(ep.url, 'slack', 1));
    expect(res).toMatchObject({ ok: false, error: { message: '送信先から応答がありませんでした(1秒 × 2回)。URL とネットワークを確認してください。' } });
  }, 15_000);

  it('is off by default: nothing is posted, and turning it on needs a URL', async () => {
    let posted = 0;
    const app = testApp(tempDir(), undefined, { poster: { post: async () => (posted++, 200) } });
    expect(await send(app)).toMatchObject({ ok: false, error: { message: 'チャット連携はオフです。設定でオンにしてください。' } });
    expect(await app.router.dispatch('webhook:test', undefined)).toMatchObject({ ok: false });
    expect(posted).toBe(0);
    const s = (await app.router.dispatch('settings:get', undefined)) as { data: Record<string, unknown> };
    const res = await app.router.dispatch('settings:update', { ...s.data, webhook: { enabled: true, kind: 'slack', url: '', timeoutSeconds: 10, retries: 2 } });
    expect(res).toMatchObject({ ok: false, error: { fields: { 'webhook.url': 'チャット連携をオンにするには URL を入力してください。' } } });
    const bad = await app.router.dispatch('settings:update', { ...s.data, webhook: { enabled: true, kind: 'slack', url: 'file:///etc/passwd', timeoutSeconds: 10, retries: 2 } });
    expect(bad).toMatchObject({ ok: false, error: { fields: { 'webhook.url': 'URL は http:// または https:// で始まる形で入力してください。' } } });
  });
});
