/** The facts test-setup-plan.ts decides on, read from this machine. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { lookUpBrowser } from '../../main/browser/browser-lookup.js';
import { findOnPath } from '../../main/browser/find-on-path.js';
import { isExecutableFile, machineBrowserEnvironment } from '../../main/browser/machine-browser-lookup.js';
import type { SetupFacts } from './test-setup-plan.js';
import { missingPackages } from './system-packages.js';

/** fontconfig's answer, the one Chromium uses (no fc-list: no fontconfig, so no font either). */
function hasJapaneseFont(env: NodeJS.ProcessEnv): boolean {
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { env, encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** Whether the python3 on PATH imports `module` (no python3 on PATH: no module either). */
function hasPythonModule(module: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  const python = findOnPath(['python3'], env.PATH, platform, isExecutableFile);
  if (!python) return false;
  return spawnSync(python, ['-c', `import ${module}`], { env, timeout: 30_000 }).status === 0;
}

function isUbuntu(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\bubuntu\b/m.test(fs.readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function machineSetupFacts(env: NodeJS.ProcessEnv = process.env): SetupFacts {
  const platform = process.platform;
  const browser = lookUpBrowser(machineBrowserEnvironment(env));
  return {
    platform,
    isRoot: process.getuid?.() === 0,
    isDebian: platform === 'linux' && fs.existsSync('/etc/debian_version'),
    isUbuntu: platform === 'linux' && isUbuntu(),
    browser,
    missing: missingPackages({
      browserFound: browser.ok,
      // Windows and macOS come with Japanese fonts (Meiryo/Yu Gothic, Hiragino).
      hasCjkFont: () => platform !== 'linux' || hasJapaneseFont(env),
      hasCommand: (names) => findOnPath(names, env.PATH, platform, isExecutableFile) !== undefined,
      hasPythonModule: (module) => hasPythonModule(module, env, platform),
    }),
  };
}
