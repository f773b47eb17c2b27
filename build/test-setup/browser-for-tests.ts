/**
 * The browser playwright.config.ts launches: the same lookup as the set-up step and the PDF export.
 * `npm test` has set it up already; run on its own (`npx playwright test`) without a browser, the
 * config stops with the set-up step's message instead of Playwright's error in every test.
 */
import { lookUpMachineBrowser } from '../../main/browser/machine-browser-lookup.js';
import { machineSetupFacts } from './machine-setup-facts.js';
import { planTestSetup } from './test-setup-plan.js';

export function browserForTests(): string {
  const found = lookUpMachineBrowser();
  if (found.ok) return found.browser.executablePath;
  const plan = planTestSetup(machineSetupFacts(), { install: false });
  throw new Error(plan.kind === 'fail' ? plan.message : 'no browser');
}
