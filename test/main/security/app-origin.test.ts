import { describe, expect, it } from 'vitest';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isAppUrl } from '../../../main/security/app-origin.js';

describe('app origin', () => {
  it('is app://techo', () => {
    expect(APP_ORIGIN).toBe(`${APP_SCHEME}://${APP_HOST}`);
    expect(APP_ORIGIN).toBe('app://techo');
  });

  it.each([
    ['app://techo', true],
    ['app://techo/', true],
    ['app://techo/index.html?x=1#top', true],
    ['APP://TECHO/index.html', true], // Chromium lower-cases a standard scheme's host
    ['app://techo:8080/', false],
    ['app://user@techo/', false],
    ['app://user:pw@techo/', false],
    ['app://techo.evil/', false],
    ['app://evil/', false],
    ['app:///techo/', false],
    ['app:techo/', false],
    ['https://techo/', false],
    ['', false],
    ['not a url', false],
  ])('isAppUrl(%j) → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});
