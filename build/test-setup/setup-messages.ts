/**
 * What the `npm test` set-up step prints: bilingual (Japanese / English), one message per outcome,
 * each saying exactly what to run next. No stack traces: a missing browser is not a bug.
 */
import { type BrowserSource, type FoundBrowser, LOOKUP_ORDER } from '../../main/browser/browser-lookup.js';
import type { SetupFacts } from './test-setup-plan.js';
import { aptName } from './system-packages.js';

const SOURCE_NAMES: Record<BrowserSource, string> = {
  CHROMIUM_PATH: 'CHROMIUM_PATH',
  'system-chromium': 'Debian/Ubuntu chromium on PATH',
  chrome: 'Google Chrome',
  msedge: 'Microsoft Edge',
  'playwright-chromium': "Playwright's Chromium",
};

const aptCommand = (facts: Pick<SetupFacts, 'isRoot' | 'isUbuntu'>, packages: SetupFacts['missing']) =>
  `${facts.isRoot ? '' : 'sudo '}apt-get install -y ${packages.map((p) => aptName(p, facts.isUbuntu)).join(' ')}`;

/** The command that gets a browser (and, on Debian/Ubuntu, everything else missing) on this platform. */
function browserCommand(facts: SetupFacts): string {
  if (facts.platform === 'linux' && facts.isDebian) return aptCommand(facts, facts.missing);
  // Windows and macOS: Edge/Chrome are found where they install; otherwise Playwright's own Chromium
  // (needs internet once). Other Linux distributions: the same, or their own chromium package.
  return 'npx playwright install chromium';
}

export function noBrowserMessage(facts: SetupFacts): string {
  const alternatives =
    facts.platform === 'win32' || facts.platform === 'darwin'
      ? '  (または Microsoft Edge か Google Chrome を標準の場所にインストール / or install Microsoft Edge or Google Chrome in the standard place)\n'
      : '';
  return (
    'npm test: テスト用のブラウザーが見つかりません / no browser for the tests was found.\n' +
    `  探した順 / looked for, in order: ${LOOKUP_ORDER.map((s) => SOURCE_NAMES[s]).join(', ')}\n` +
    '  次を実行してから、もう一度 npm test / run this, then npm test again:\n' +
    `    ${browserCommand(facts)}\n` +
    alternatives +
    '  (別のブラウザーを使うには / to use another browser: CHROMIUM_PATH=<実行ファイル / executable> npm test)'
  );
}

export function overrideMissingMessage(file: string): string {
  return (
    `npm test: CHROMIUM_PATH の指す実行ファイルがありません / CHROMIUM_PATH names no executable file: ${file}\n` +
    '  正しいパスにするか CHROMIUM_PATH を外して、もう一度 npm test / fix the path or unset CHROMIUM_PATH, then npm test again.'
  );
}

export function readyLine(browser: FoundBrowser): string {
  return `npm test: ブラウザー / browser: ${browser.executablePath} (${SOURCE_NAMES[browser.source]})`;
}

/** Optional packages that are missing and will not be installed: their tests skip, saying why. */
export function optionalMissingNotes(facts: SetupFacts): string[] {
  if (facts.missing.length === 0) return [];
  const apt = facts.platform === 'linux' && facts.isDebian;
  const lines = [
    '  見つからないもの(使うテストは理由を表示して省略) / not found (the tests that need them are skipped, saying why):',
    ...facts.missing.map((p) => `    - ${apt ? aptName(p, facts.isUbuntu) : p.elsewhere}: ${p.neededFor}`),
  ];
  if (apt) lines.push(`  入れるには / to install: ${aptCommand(facts, facts.missing)}`);
  return lines;
}

export function installingLine(packages: readonly string[]): string {
  return `npm test: システムパッケージをインストールします / installing system packages: ${packages.join(' ')}`;
}

export function installedLine(seconds: number): string {
  return `npm test: インストール完了 / installed (${seconds.toFixed(0)} s)`;
}

export function installFailedMessage(packages: readonly string[], detail: string): string {
  return (
    `npm test: インストールに失敗しました / installing failed: ${detail}\n` +
    '  上の apt-get の出力を確かめ、次を実行してから、もう一度 npm test / check apt-get\'s output above, run this, then npm test again:\n' +
    `    apt-get update && apt-get install -y ${packages.join(' ')}`
  );
}
