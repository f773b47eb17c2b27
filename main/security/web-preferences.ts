/**
 * The BrowserWindow webPreferences for every app window, and a predicate tests (and a start-up
 * assertion) use to make sure nobody loosened them. Each flag is one item of Electron's security
 * checklist:
 * - contextIsolation: the page cannot reach the preload's scope or Electron internals.
 * - sandbox: the renderer is an ordinary Chromium sandboxed process, no Node.
 * - nodeIntegration*: off in the page, workers and subframes.
 * - webSecurity / allowRunningInsecureContent: keep the same-origin policy and block mixed content.
 * - webviewTag: no <webview>, which could embed remote content with its own preferences.
 * - experimentalFeatures: no unfinished Blink features.
 * - spellcheck: off, because Chromium may download dictionaries (many municipal PCs have no internet access).
 */
export interface SecureWebPreferences {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  spellcheck: false;
  preload: string;
}

const REQUIRED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
} as const;

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return { ...REQUIRED, spellcheck: false, preload: preloadPath };
}

/**
 * True only if every security flag is set explicitly to its safe value (relying on Electron's
 * defaults is not enough: they have changed between versions) and no Blink feature is switched on.
 */
export function isSecureWebPreferences(prefs: unknown): boolean {
  if (typeof prefs !== 'object' || prefs === null) return false;
  const record = prefs as Record<string, unknown>;
  for (const [key, value] of Object.entries(REQUIRED)) {
    if (record[key] !== value) return false;
  }
  if (record.enableBlinkFeatures !== undefined && record.enableBlinkFeatures !== '') return false;
  if (record.preload !== undefined && (typeof record.preload !== 'string' || record.preload === '')) return false;
  return true;
}
