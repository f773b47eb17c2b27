import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, windowOpenAction } from '../../../main/security/navigation.js';

describe('isAllowedNavigation', () => {
  it.each([
    // allowed: the app's own pages only
    ['app://techo/', true],
    ['app://techo/index.html', true],
    ['app://techo/index.html#/settings', true],
    ['app://techo/index.html?view=week', true],
    ['app://TECHO/index.html', true],
    // denied: the web
    ['https://example.com/', false],
    ['http://example.com/', false],
    ['https://techo/', false],
    ['http://localhost:5173/', false],
    ['ws://techo/', false],
    // denied: local files and script/data URLs
    ['file:///etc/passwd', false],
    ['file:///C:/Windows/System32/cmd.exe', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://techo/1234', false],
    ['about:blank', false],
    ['chrome://settings', false],
    ['devtools://devtools/bundled/inspector.html', false],
    // denied: look-alike app URLs
    ['app://evil/', false],
    ['app://techo.evil.example/', false],
    ['app://techo:1234/', false],
    ['app://techo@evil/', false],
    ['app://evil@techo/', false],
    ['app://user:pw@techo/', false],
    ['app:/techo/', false],
    ['app:techo', false],
    ['other://techo/', false],
    // denied: malformed
    ['', false],
    ['techo', false],
    ['/index.html', false],
    ['app://', false],
    ['http://[::1', false],
  ])('%j → %s', (url, expected) => {
    expect(isAllowedNavigation(url)).toBe(expected);
  });
});

describe('windowOpenAction', () => {
  const hosts = ['intranet.example.lg.jp'];
  it.each([
    ['mailto:soumu@example.lg.jp', true],
    ['https://intranet.example.lg.jp/manual', true],
    ['https://INTRANET.example.lg.jp/manual', true],
    ['https://example.com/', false],
    ['http://intranet.example.lg.jp/', false],
    ['https://user:pw@intranet.example.lg.jp/', false],
    ['app://techo/index.html', false], // never a second app window either
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['', false],
  ])('%j → deny, openExternally %s', (url, external) => {
    expect(windowOpenAction(url, hosts)).toEqual({ action: 'deny', openExternally: external });
  });

  it('with no configured hosts only mailto: goes out', () => {
    expect(windowOpenAction('https://intranet.example.lg.jp/')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenAction('mailto:a@example.lg.jp')).toEqual({ action: 'deny', openExternally: true });
  });
});
