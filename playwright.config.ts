import { defineConfig } from '@playwright/test';

// Main-process services run in the test's Node process: give them the users' zone (workers inherit it).
process.env.TZ ??= 'Asia/Tokyo';

// Browser journeys in Debian's Chromium (`npx playwright install` cannot download here and is not
// needed). The real main-process services run in the test's Node process; see test/e2e/fixtures.ts.
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
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
  },
});
