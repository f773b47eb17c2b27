import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/security/external-url.js';

const hosts = ['intranet.example.lg.jp', 'Portal.Example.LG.jp', 'wiki.example.lg.jp:8443'] as const;

describe('isAllowedExternalUrl', () => {
  it.each([
    // mailto: always
    ['mailto:soumu@example.lg.jp', true],
    ['mailto:soumu@example.lg.jp?subject=%E6%97%A5%E5%A0%B1', true],
    ['MAILTO:soumu@example.lg.jp', true],
    // https: only to configured hosts, compared without case
    ['https://intranet.example.lg.jp/', true],
    ['https://intranet.example.lg.jp/path?q=1#frag', true],
    ['https://INTRANET.EXAMPLE.LG.JP/', true],
    ['https://portal.example.lg.jp/', true],
    ['https://intranet.example.lg.jp:443/', true], // default port is the same host
    ['https://wiki.example.lg.jp:8443/', true],
    ['https://wiki.example.lg.jp/', false], // only the configured port
    ['https://intranet.example.lg.jp:8443/', false],
    ['https://example.com/', false],
    ['https://evil.intranet.example.lg.jp/', false],
    ['https://intranet.example.lg.jp.evil.example/', false],
    ['https://intranet.example.lg.jp./', false],
    ['https://xn--intranet-.example/', false],
    // credentials in the URL
    ['https://user:pw@intranet.example.lg.jp/', false],
    ['https://user@intranet.example.lg.jp/', false],
    ['https://intranet.example.lg.jp@evil.example/', false],
    ['https://:pw@intranet.example.lg.jp/', false],
    // other schemes
    ['http://intranet.example.lg.jp/', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['file://server/share/evil.exe', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['search-ms:query=x', false],
    ['vscode://file/x', false],
    ['app://techo/index.html', false],
    ['ftp://intranet.example.lg.jp/', false],
    ['ws://intranet.example.lg.jp/', false],
    // tricks the URL parser would silently "fix"
    [' https://intranet.example.lg.jp/', false],
    ['https://intranet.example.lg.jp/\n', false],
    ['java\nscript:alert(1)', false],
    ['ht\ttps://intranet.example.lg.jp/', false],
    // malformed
    ['', false],
    ['intranet.example.lg.jp', false],
    ['//intranet.example.lg.jp/', false],
    ['https://', false],
    ['https://[::1', false],
  ])('%j → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(expected);
  });

  it('allows no https host when the list is empty (the default)', () => {
    expect(isAllowedExternalUrl('https://intranet.example.lg.jp/', [])).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@example.lg.jp', [])).toBe(true);
  });

  it('ignores empty allowlist entries', () => {
    expect(isAllowedExternalUrl('https://intranet.example.lg.jp/', [''])).toBe(false);
  });
});
