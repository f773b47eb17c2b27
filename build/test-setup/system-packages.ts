/**
 * The system packages `npm test` needs on Debian/Ubuntu — the one list; add a row to add one.
 * As root on Debian/Ubuntu the set-up step installs whichever of them is missing (as `.ci/run`
 * used to); elsewhere it names them in the command it asks the user to run.
 */
export type PackageCheck =
  /** The browser lookup (main/browser/browser-lookup.ts) finds a browser. */
  | { kind: 'browser' }
  /** fontconfig knows a font covering Japanese (screenshots and PDFs would show boxes without one). */
  | { kind: 'cjk-font' }
  /** One of these commands is on PATH. */
  | { kind: 'command'; names: readonly string[] }
  /** The system Python 3 (/usr/bin/python3, not a pyenv one) imports this module. */
  | { kind: 'python-module'; module: string };

export interface SystemPackage {
  /** The Debian package name. */
  apt: string;
  /** Ubuntu's name where it differs. */
  aptOnUbuntu?: string;
  /** What to install on Windows, macOS and other Linux distributions (no apt there). */
  elsewhere: string;
  /** Without it no browser test can run; without the others only the tests that need them are skipped (saying why). */
  required: boolean;
  check: PackageCheck;
  /** What needs it, for the notice printed when it is missing (bilingual). */
  neededFor: string;
}

export const SYSTEM_PACKAGES: readonly SystemPackage[] = [
  {
    apt: 'chromium',
    // Ubuntu ships Chromium as a snap; `chromium-browser` is the deb that installs it.
    aptOnUbuntu: 'chromium-browser',
    elsewhere: 'Microsoft Edge, Google Chrome or `npx playwright install chromium`',
    required: true,
    check: { kind: 'browser' },
    neededFor: 'ブラウザーのテストと PDF 出力 / browser tests and the PDF export',
  },
  {
    // 8 MB, against 57 MB for fonts-noto-cjk; either is found by the check.
    apt: 'fonts-ipafont-gothic',
    elsewhere: 'a Japanese font (IPAGothic or Noto Sans CJK)',
    required: false,
    check: { kind: 'cjk-font' },
    neededFor: 'PDF・画面の日本語 / Japanese text in PDFs and screenshots',
  },
  {
    apt: 'poppler-utils',
    elsewhere: 'poppler, with pdftotext on PATH',
    required: false,
    check: { kind: 'command', names: ['pdftotext'] },
    neededFor: 'PDF の読み返し (pdftotext) / reading PDFs back',
  },
  {
    // ≈ 300 MB: headless Calc opens our CSV exports as Excel users would see them.
    apt: 'libreoffice-calc',
    elsewhere: 'LibreOffice, with soffice on PATH',
    required: false,
    check: { kind: 'command', names: ['soffice', 'libreoffice'] },
    neededFor: '表計算ソフトでの CSV の確認 (soffice) / opening the CSV exports in a spreadsheet',
  },
  {
    // < 1 MB: a CommonMark (GFM) renderer nobody here wrote renders the Markdown export.
    apt: 'cmark-gfm',
    elsewhere: 'cmark-gfm (github.com/github/cmark-gfm), on PATH',
    required: false,
    check: { kind: 'command', names: ['cmark-gfm'] },
    neededFor: 'Markdown 出力の表示確認 (cmark-gfm) / rendering the Markdown export',
  },
  {
    // A calendar parser nobody here wrote reads the .ics export.
    apt: 'python3-icalendar',
    elsewhere: 'Python 3 with `pip install icalendar`',
    required: false,
    check: { kind: 'python-module', module: 'icalendar' },
    neededFor: '.ics 出力の読み込み確認 (python icalendar) / parsing the .ics export',
  },
  {
    // An independent JSON Schema validator checks the JSON report against the published schema.
    apt: 'python3-jsonschema',
    elsewhere: 'Python 3 with `pip install jsonschema`',
    required: false,
    check: { kind: 'python-module', module: 'jsonschema' },
    neededFor: 'JSON 出力のスキーマ検証 (python jsonschema) / validating the JSON export',
  },
];

/** What the machine has, as the checks ask it. */
export interface PackageProbe {
  browserFound: boolean;
  hasCjkFont(): boolean;
  hasCommand(names: readonly string[]): boolean;
  hasPythonModule(module: string): boolean;
}

export function missingPackages(probe: PackageProbe, packages: readonly SystemPackage[] = SYSTEM_PACKAGES): SystemPackage[] {
  return packages.filter((p) => {
    const c = p.check;
    if (c.kind === 'browser') return !probe.browserFound;
    if (c.kind === 'cjk-font') return !probe.hasCjkFont();
    if (c.kind === 'python-module') return !probe.hasPythonModule(c.module);
    return !probe.hasCommand(c.names);
  });
}

export const aptName = (p: SystemPackage, isUbuntu: boolean): string => (isUbuntu && p.aptOnUbuntu) || p.apt;
