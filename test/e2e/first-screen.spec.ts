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

for (const [width, height] of [[1366, 768], [1024, 640]] as const) {
  test(`始業 is on the first screen at ${width}×${height}, with the first 予定`, async ({ page, techo }) => {
    await page.setViewportSize({ width, height });
    await seedExampleDay(techo.api, DATE);
    await techo.open('today');
    // The now strip's 始業 at every size; on the laptop's 768 px 勤務の記録 with both times too.
    await expect(page.getByTestId('now-strip').getByRole('button', { name: '始業', exact: true })).toBeInViewport();
    if (height >= 768) {
      await expect(page.getByRole('heading', { name: '勤務の記録' })).toBeInViewport();
      await expect(page.getByRole('button', { name: '始業を記録' })).toBeInViewport();
      await expect(page.getByRole('button', { name: '終業を記録' })).toBeInViewport();
    }
    await expect(page.getByRole('button', { name: /^9:00〜10:00 資料作成/ })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}
