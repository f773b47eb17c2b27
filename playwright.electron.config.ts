import { defineConfig } from '@playwright/test';

// The Electron smoke suite: launches the packaged-layout build (dist/) in the real Electron binary.
// On a machine without the binary (this project's CI box: no download possible) every test
// reports itself as skipped with the reason. Run: npx playwright test -c playwright.electron.config.ts
export default defineConfig({
  testDir: 'test/electron',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
