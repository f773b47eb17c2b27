/**
 * The Node HTTP poster checks the address it connects to, not only the URL: a name that resolves
 * to this PC, link-local or metadata is refused inside the socket's lookup (issue #14).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalAddressError, type ResolveAll, createNodeHttpPoster } from '../../../main/adapters/node-http-poster.js';
import { HttpTimeoutError } from '../../../main/ports/http-poster.js';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function server(answer: (res: http.ServerResponse) => void) {
  const received: string[] = [];
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(body);
      answer(res);
    });
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { port: (s.address() as AddressInfo).port, received };
}

const resolver =
  (addresses: string[]): ResolveAll =>
  (_hostname, _options, callback) =>
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));

describe('node HTTP poster', () => {
  it.each([
    [['127.0.0.1']],
    [['127.0.1.1']],
    [['::1']],
    [['::ffff:127.0.0.1']],
    [['169.254.169.254']],
    [['fe80::1']],
    [['0.0.0.0']],
    [['203.0.113.5', '127.0.0.1']], // one bad answer is enough: the socket may pick any
  ])('refuses a name that resolves to %j, and nothing arrives', async (addresses) => {
    const s = await server((res) => res.writeHead(200).end());
    const poster = createNodeHttpPoster({ resolveAll: resolver(addresses) });
    await expect(poster.post(`http://chat.example.lg.jp:${s.port}/hook`, { text: 'x' }, 2000)).rejects.toBeInstanceOf(LocalAddressError);
    expect(s.received).toEqual([]);
  });

  it.each(['http://127.0.0.1:1/x', 'http://[::1]:1/x', 'http://[::ffff:127.0.0.1]:1/x', 'http://169.254.169.254/x', 'http://2130706433:1/x'])(
    'refuses the address literal %s without looking anything up',
    async (url) => {
      const poster = createNodeHttpPoster({ resolveAll: () => expect.unreachable('no lookup for an address') });
      await expect(poster.post(url, {}, 2000)).rejects.toBeInstanceOf(LocalAddressError);
    },
  );

  it('with the test-only loopback allowance: posts the JSON and returns the status; link-local stays refused', async () => {
    const s = await server((res) => res.writeHead(201).end('ignored body'));
    const poster = createNodeHttpPoster({ resolveAll: resolver(['127.0.0.1']), allowLoopbackForTests: true });
    expect(await poster.post(`http://chat.example.lg.jp:${s.port}/hook`, { text: '始業報告' }, 2000)).toBe(201);
    expect(s.received).toEqual([JSON.stringify({ text: '始業報告' })]);
    const metadata = createNodeHttpPoster({ resolveAll: resolver(['169.254.169.254']), allowLoopbackForTests: true });
    await expect(metadata.post('http://chat.example.lg.jp/x', {}, 2000)).rejects.toBeInstanceOf(LocalAddressError);
  });

  it('never follows a redirect (a 3xx is only a status) and times out on a silent endpoint', async () => {
    const hits: string[] = [];
    const s = await server((res) => res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end());
    const poster = createNodeHttpPoster({ resolveAll: (h, _o, cb) => (hits.push(h), cb(null, [{ address: '127.0.0.1', family: 4 }])), allowLoopbackForTests: true });
    expect(await poster.post(`http://chat.example.lg.jp:${s.port}/hook`, {}, 2000)).toBe(302);
    expect(hits).toEqual(['chat.example.lg.jp']);
    const silent = await server(() => {});
    await expect(poster.post(`http://chat.example.lg.jp:${silent.port}/hook`, {}, 200)).rejects.toBeInstanceOf(HttpTimeoutError);
  });

  it('the loopback allowance is passed by tests only, never by the app', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const users = fs
      .readdirSync(path.join(root, 'main'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && fs.readFileSync(path.join(root, 'main', f), 'utf8').includes('allowLoopbackForTests'));
    expect(users).toEqual([path.join('adapters', 'node-http-poster.ts')]);
  });
});
