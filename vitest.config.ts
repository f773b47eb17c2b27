import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys live in test/e2e (Playwright), the Electron smoke
// suite in test/electron. Renderer component tests run in jsdom; everything else in plain Node.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'node', env: { TZ: 'Asia/Tokyo' }, include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/build/**/*.test.ts'] } },
      // Date logic must not depend on the machine's zone: the date and day-plan suites run again
      // in a zone with DST and a negative offset.
      {
        extends: true,
        test: {
          name: 'node-los-angeles',
          env: { TZ: 'America/Los_Angeles' },
          include: ['test/shared/**/*.test.ts', 'test/main/services/**/*.test.ts', 'test/main/reminders/reminder-guarantees.test.ts'],
        },
      },
      { extends: true, test: { name: 'renderer', environment: 'jsdom', include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'] } },
    ],
  },
});
