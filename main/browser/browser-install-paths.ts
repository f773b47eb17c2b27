import path from 'node:path';

export type BrowserChannel = 'chrome' | 'msedge';

/**
 * Where Google Chrome and Microsoft Edge install: the same places Playwright's `chrome` and
 * `msedge` channels look (playwright-core does not export its registry, so the table is kept here).
 * Windows installs per user (LOCALAPPDATA) or per machine (Program Files, either bitness); Edge
 * ships with Windows 10/11, so a municipality PC always has one.
 */
const SUFFIXES: Record<BrowserChannel, Record<string, string>> = {
  chrome: {
    linux: '/opt/google/chrome/chrome',
    darwin: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    win32: 'Google\\Chrome\\Application\\chrome.exe',
  },
  msedge: {
    linux: '/opt/microsoft/msedge/msedge',
    darwin: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    win32: 'Microsoft\\Edge\\Application\\msedge.exe',
  },
};

export function browserInstallPaths(platform: string, env: Readonly<Record<string, string | undefined>>): { channel: BrowserChannel; executablePath: string }[] {
  const roots =
    platform === 'win32'
      ? [env.LOCALAPPDATA, env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'].filter((r): r is string => !!r)
      : [''];
  const out: { channel: BrowserChannel; executablePath: string }[] = [];
  for (const channel of ['chrome', 'msedge'] as const) {
    const suffix = SUFFIXES[channel][platform];
    if (!suffix) continue;
    for (const root of [...new Set(roots)]) out.push({ channel, executablePath: platform === 'win32' ? path.win32.join(root, suffix) : suffix });
  }
  return out;
}
