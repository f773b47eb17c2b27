/**
 * What the `npm test` set-up step does on a machine, decided from facts alone (machine-setup-facts.ts
 * gathers them), so every case — root or not, Debian or not, each package present or missing — is a
 * table test rather than something to try by uninstalling software.
 */
import type { BrowserLookup, FoundBrowser } from '../../main/browser/browser-lookup.js';
import { noBrowserMessage, optionalMissingNotes, overrideMissingMessage } from './setup-messages.js';
import { type SystemPackage, aptName } from './system-packages.js';

export interface SetupFacts {
  platform: string;
  isRoot: boolean;
  /** apt-get is the package manager (/etc/debian_version: Debian, Ubuntu and their derivatives). */
  isDebian: boolean;
  isUbuntu: boolean;
  browser: BrowserLookup;
  /** The packages of system-packages.ts whose check fails on this machine. */
  missing: readonly SystemPackage[];
}

export type SetupPlan =
  | { kind: 'ready'; browser: FoundBrowser; notes: string[] }
  | { kind: 'install'; packages: string[] }
  | { kind: 'fail'; message: string };

/**
 * `install: false` after an install already ran (a package apt could not provide must not loop) and
 * where nothing may be installed (playwright.config.ts only reports).
 */
export function planTestSetup(facts: SetupFacts, options: { install: boolean }): SetupPlan {
  const { browser, missing } = facts;
  // An explicit CHROMIUM_PATH that names nothing is a mistake to fix, not a reason to install another browser.
  if (!browser.ok && browser.reason === 'override-missing') return { kind: 'fail', message: overrideMissingMessage(browser.path) };
  const canInstall = options.install && facts.platform === 'linux' && facts.isDebian && facts.isRoot;
  if (missing.length > 0 && canInstall) return { kind: 'install', packages: missing.map((p) => aptName(p, facts.isUbuntu)) };
  if (!browser.ok) return { kind: 'fail', message: noBrowserMessage(facts) };
  return { kind: 'ready', browser: browser.browser, notes: optionalMissingNotes(facts) };
}
