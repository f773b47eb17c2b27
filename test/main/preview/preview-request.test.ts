import { describe, expect, it } from 'vitest';
import { decidePreviewRequest, sameSecret } from '../../../main/preview/preview-request.js';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const port = 41235;
const host = { host: `127.0.0.1:${port}` };
const decide = (method: string, url: string, headers: Record<string, string> = {}) => decidePreviewRequest({ method, url, headers: { ...host, ...headers } }, { port, token });
const kind = (method: string, url: string, headers?: Record<string, string>) => {
  const d = decide(method, url, headers);
  return d.kind === 'refuse' ? d.status : d.kind;
};

describe('decidePreviewRequest', () => {
  it.each([
    // the app, under its secret path
    ['GET', `/${token}/`, {}, 'file'],
    ['GET', `/${token}/assets/index-abc.js`, {}, 'file'],
    ['HEAD', `/${token}/index.html`, {}, 'file'],
    ['GET', `/${token}`, {}, 'redirect'],
    ['GET', `/${token}/events`, {}, 'events'],
    ['POST', `/${token}/ipc`, { 'x-techo-token': token, 'content-type': 'application/json' }, 'ipc'],
    ['GET', `/${token}/`, { host: `localhost:${port}` }, 'file'],
    ['GET', `/${token}/`, { 'sec-fetch-site': 'none' }, 'file'], // typed or bookmarked by the user
    ['POST', `/${token}/ipc`, { 'x-techo-token': token, 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' }, 'ipc'],
    // no token, a wrong one, or the token where it no longer counts
    ['GET', '/', {}, 403],
    ['GET', '/index.html', {}, 403],
    ['GET', `/?token=${token}`, {}, 403],
    ['GET', '/', { cookie: `techo_token=${token}` }, 403],
    ['POST', '/ipc', { 'x-techo-token': token, 'content-type': 'application/json' }, 403],
    ['POST', `/${token}/ipc`, { 'content-type': 'application/json' }, 403],
    ['POST', `/${token}/ipc`, { 'content-type': 'application/json', cookie: `techo_token=${token}` }, 403],
    ['POST', `/${token}/ipc`, { 'x-techo-token': token.toLowerCase(), 'content-type': 'application/json' }, 403],
    ['GET', '/events', { cookie: `techo_token=${token}` }, 403],
    ['GET', `/${token.slice(1)}/`, {}, 403],
    ['GET', `/${token.toUpperCase()}/`, {}, 403],
    ['GET', `/${encodeURIComponent(token + '/')}/`, {}, 403],
    ['GET', `//${token}/`, {}, 403],
    // other local services and pages, DNS rebinding
    ['GET', `/${token}/`, { host: `127.0.0.1:${port + 1}` }, 403],
    ['GET', `/${token}/`, { host: `evil.example:${port}` }, 403],
    ['GET', `/${token}/`, { host: '' }, 403],
    ['POST', `/${token}/ipc`, { 'x-techo-token': token, 'content-type': 'application/json', origin: `http://127.0.0.1:${port + 1}` }, 403],
    ['POST', `/${token}/ipc`, { 'x-techo-token': token, 'content-type': 'application/json', origin: 'null' }, 403],
    ['GET', `/${token}/`, { 'sec-fetch-site': 'same-site' }, 403], // another 127.0.0.1 port is "same-site"
    ['GET', `/${token}/events`, { 'sec-fetch-site': 'cross-site' }, 403],
    // methods and types
    ['GET', `/${token}/ipc`, { 'x-techo-token': token }, 405],
    ['POST', `/${token}/ipc`, { 'x-techo-token': token, 'content-type': 'text/plain' }, 415],
    ['POST', `/${token}/index.html`, {}, 405],
  ])('%s %s %j → %s', (method, url, headers, expected) => {
    expect(kind(method, url, headers)).toBe(expected);
  });

  it('hands the raw path below the secret prefix to the file containment check', () => {
    expect(decide('GET', `/${token}/%2e%2e/x?y=1`)).toEqual({ kind: 'file', path: '/%2e%2e/x' });
    expect(decide('GET', `/${token}`)).toEqual({ kind: 'redirect', location: `/${token}/` });
  });

  it('sameSecret compares whole secrets of any length', () => {
    expect(sameSecret(token, token)).toBe(true);
    expect(sameSecret(token.slice(0, -1), token)).toBe(false);
    expect(sameSecret(`${token}x`, token)).toBe(false);
    expect(sameSecret('', token)).toBe(false);
    expect(sameSecret(undefined, token)).toBe(false);
  });
});
