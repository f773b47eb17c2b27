import fs from 'node:fs';
import path from 'node:path';
import type { BlockInput } from '../../shared/day/day-schema.js';
import { expect, ok, test } from './fixtures.js';

const DATE = '2026-11-25';
const block = (start: string, end: string, title: string, kind: BlockInput['kind'] = 'focus'): BlockInput => ({ start, end, title, kind, status: 'planned', note: '', inventoryId: null });

// The seed's example day (総務省 事例集): the README's screenshot is this view, made by this test
// (`UPDATE_DOCS_SCREENSHOT=1 npx playwright test first-screen` writes docs/images/today.png).
test('the seed day on a 1366×768 laptop: the plan fits across, nothing scrolls sideways', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { api } = techo;
  await ok(api.daySetHours({ date: DATE, hours: { start: '09:00', end: '17:30' } }));
  const view = await ok(api.dayGet({ date: DATE }));
  await ok(api.daySaveBlock({ date: DATE, id: view.day.blocks[0]!.id, block: block('12:15', '13:00', '昼休み', 'break') }));
  for (const b of [
    block('09:00', '10:00', '資料作成'),
    block('10:00', '11:00', '協議会委員任命の資料作成'),
    block('11:00', '12:15', '他自治体事例確認・電子決裁確認', 'approval'),
    block('13:00', '14:30', '国のガイドライン確認'),
    block('14:30', '15:00', '電子決裁確認', 'approval'),
    block('15:00', '17:30', '計画書確認'),
  ])
    await ok(api.daySaveBlock({ date: DATE, id: null, block: b }));
  await techo.open('today');
  await expect(page.getByRole('button', { name: /^09:00〜10:00 資料作成/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const shot = await page.screenshot();
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1') fs.writeFileSync(path.resolve('docs/images/today.png'), shot);
});
