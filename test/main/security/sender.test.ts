import { describe, expect, it } from 'vitest';
import { type SenderFrame, isTrustedSender } from '../../../main/security/sender.js';

describe('isTrustedSender', () => {
  it.each<[string, SenderFrame | null | undefined, boolean]>([
    ['the app main frame', { url: 'app://techo/index.html', isMainFrame: true }, true],
    ['the app main frame with a hash route', { url: 'app://techo/index.html#/week', isMainFrame: true }, true],
    ['the app root', { url: 'app://techo/', isMainFrame: true }, true],
    ['upper-case host', { url: 'app://TECHO/index.html', isMainFrame: true }, true],
    ['an app subframe', { url: 'app://techo/index.html', isMainFrame: false }, false],
    ['a remote subframe', { url: 'https://example.com/', isMainFrame: false }, false],
    ['a remote main frame', { url: 'https://example.com/', isMainFrame: true }, false],
    ['a file: page', { url: 'file:///C:/app/index.html', isMainFrame: true }, false],
    ['a data: page', { url: 'data:text/html,hi', isMainFrame: true }, false],
    ['about:blank', { url: 'about:blank', isMainFrame: true }, false],
    ['another app host', { url: 'app://evil/index.html', isMainFrame: true }, false],
    ['app with port', { url: 'app://techo:99/index.html', isMainFrame: true }, false],
    ['app with credentials', { url: 'app://u:p@techo/index.html', isMainFrame: true }, false],
    ['the dev server', { url: 'http://localhost:5173/', isMainFrame: true }, false],
    ['an empty URL', { url: '', isMainFrame: true }, false],
    ['a destroyed frame (null)', null, false],
    ['no frame (undefined)', undefined, false],
  ])('%s → %s', (_label, frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });

  it('refuses a frame whose isMainFrame is not exactly true', () => {
    expect(isTrustedSender({ url: 'app://techo/', isMainFrame: 1 } as unknown as SenderFrame)).toBe(false);
  });
});
