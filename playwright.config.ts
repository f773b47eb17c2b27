import { defineConfig } from '@playwright/test';
import { browserForTests } from './build/test-setup/browser-for-tests.js';

// Main-process services run in the test's Node process: give them the users' zone (workers inherit it).
process.env.TZ ??= 'Asia/Tokyo';

// Browser journeys in the browser the lookup finds (CHROMIUM_PATH, Debian's chromium, Chrome or Edge,
// Playwright's own Chromium: main/browser/browser-lookup.ts, the same lookup as the PDF export).
// The real main-process services run in the test's Node process; see test/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath: browserForTests(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
  },
});
