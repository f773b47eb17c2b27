import { describe, expect, it } from 'vitest';
import { isSecureWebPreferences, secureWebPreferences } from '../../../main/security/web-preferences.js';

const preload = '/opt/techo/resources/app.asar/dist/preload/preload.cjs';

describe('secureWebPreferences', () => {
  it('loads the preload it is given and keeps spellcheck off (Chromium would download dictionaries)', () => {
    const prefs = secureWebPreferences(preload);
    expect(prefs.preload).toBe(preload);
    expect(prefs.spellcheck).toBe(false);
  });

  it('leaves no security flag to an Electron default: without any one of them the predicate refuses', () => {
    const prefs: Record<string, unknown> = { ...secureWebPreferences(preload) };
    const flags = Object.keys(prefs).filter((key) => key !== 'preload' && key !== 'spellcheck');
    expect(flags.length).toBeGreaterThanOrEqual(9);
    for (const flag of flags) {
      const { [flag]: _dropped, ...rest } = prefs;
      expect(isSecureWebPreferences(rest), flag).toBe(false);
    }
  });

  it('passes its own predicate', () => {
    expect(isSecureWebPreferences(secureWebPreferences(preload))).toBe(true);
  });
});

describe('isSecureWebPreferences', () => {
  const base = secureWebPreferences(preload);
  it.each<[string, Record<string, unknown>]>([
    ['contextIsolation off', { contextIsolation: false }],
    ['contextIsolation missing (relies on a default)', { contextIsolation: undefined }],
    ['sandbox off', { sandbox: false }],
    ['sandbox missing', { sandbox: undefined }],
    ['nodeIntegration on', { nodeIntegration: true }],
    ['nodeIntegrationInWorker on', { nodeIntegrationInWorker: true }],
    ['nodeIntegrationInSubFrames on', { nodeIntegrationInSubFrames: true }],
    ['webSecurity off', { webSecurity: false }],
    ['insecure content allowed', { allowRunningInsecureContent: true }],
    ['webview tag on', { webviewTag: true }],
    ['experimental features on', { experimentalFeatures: true }],
    ['a Blink feature switched on', { enableBlinkFeatures: 'CSSPseudoHas' }],
    ['an empty preload path', { preload: '' }],
    ['a non-string preload', { preload: 42 }],
    ['a truthy non-boolean', { sandbox: 'yes' }],
  ])('refuses %s', (_label, change) => {
    expect(isSecureWebPreferences({ ...base, ...change })).toBe(false);
  });

  it.each([null, undefined, 'secure', 42, []])('refuses %j', (value) => {
    expect(isSecureWebPreferences(value)).toBe(false);
  });

  it('accepts secure preferences without a preload, and an empty enableBlinkFeatures', () => {
    const { preload: _preload, ...rest } = base;
    expect(isSecureWebPreferences(rest)).toBe(true);
    expect(isSecureWebPreferences({ ...base, enableBlinkFeatures: '' })).toBe(true);
  });
});
