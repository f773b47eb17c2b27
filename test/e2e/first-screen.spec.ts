import fs from 'node:fs';
import path from 'node:path';
import { seedExampleDay } from '../helpers/seed-day.js';
import { expect, test } from './fixtures.js';

const DATE = '2026-11-25';

// The seed's example day (総務省 事例集): the README's screenshot is this view, made by this test
// (`UPDATE_DOCS_SCREENSHOT=1 npx playwright test first-screen` writes docs/images/today.png).
test('the seed day on a 1366×768 laptop: the plan fits across, nothing scrolls sideways', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedExampleDay(techo.api, DATE);
  await techo.open('today');
  await expect(page.getByRole('button', { name: /^9:00〜10:00 資料作成/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const shot = await page.screenshot();
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1') fs.writeFileSync(path.resolve('docs/images/today.png'), shot);
});
