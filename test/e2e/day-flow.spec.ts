import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seedExampleDay } from '../helpers/seed-day.js';
import { expect, ok, test } from './fixtures.js';

const DATE = '2026-11-25'; // Wednesday; the fixture's clock starts at 9:00 (Asia/Tokyo)
const NEXT = '2026-11-26';
const MIN = 60_000;

/** The strip is on the first screen: from its top to its bottom inside the viewport. */
async function stripOnFirstScreen(page: Page) {
  const box = await page.getByTestId('now-strip').boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, 'the now strip is laid out').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  return box!;
}

/** Optional screenshots for a person to look at (DAY_FLOW_SHOTS=<folder>). */
async function shot(page: Page, name: string) {
  const dir = process.env.DAY_FLOW_SHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
]) {
  test(`a whole day from the now strip at ${size.width}×${size.height}: 始業, 中抜け and 戻り, the end-of-day review, carry-over, 終業報告`, async ({ page, techo }) => {
    await page.setViewportSize(size);
    await seedExampleDay(techo.api, DATE);
    await techo.open('today');
    const strip = page.getByRole('region', { name: '今の状況' });
    await expect(strip.getByTestId('now-current')).toHaveText('9:00〜10:00 資料作成');
    await expect(strip.getByTestId('now-next')).toHaveText('10:00〜11:00 協議会委員任命の資料作成');
    await expect(strip.getByTestId('now-reports')).toHaveText('始業報告: 未送信終業報告: 未送信');
    await stripOnFirstScreen(page);
    await shot(page, `strip-${size.width}-before-start`);

    // Before 始業 only 始業 is offered; after it, 中抜け開始 and 終業.
    await expect(strip.getByRole('button', { name: '中抜け開始' })).toHaveCount(0);
    await strip.getByRole('button', { name: '始業', exact: true }).click();
    await expect(strip.getByRole('button', { name: '中抜け開始' })).toBeVisible();
    await expect(strip.getByRole('button', { name: '終業', exact: true })).toBeVisible();
    await expect(strip.getByRole('button', { name: '始業', exact: true })).toHaveCount(0);
    await expect(page.getByTestId('record-start')).toHaveText('9:00');

    // The 始業報告 sent at 9:02 shows as sent, with its time.
    techo.time.advance(2 * MIN);
    await ok(techo.api.reportMarkSent({ date: DATE, kind: 'start', via: 'clipboard', text: '【始業報告】' }));
    await expect(strip.getByTestId('now-reports')).toContainText('始業報告: 送信済み 9:02');

    // The focus timer from the strip, on the current 予定.
    await strip.getByRole('button', { name: '集中を開始' }).click();
    await expect(strip.getByTestId('now-focus')).toContainText('残り');
    expect((await ok(techo.api.focusGet())).session?.status).toBe('running');

    // 9:30 中抜け開始: the focus timer stops counting, and the 中断報告 is offered.
    techo.time.advance(28 * MIN);
    await strip.getByRole('button', { name: '中抜け開始' }).click();
    await expect(strip.getByTestId('now-away')).toContainText('中抜け中(9:30〜)');
    await expect(strip.getByTestId('now-focus')).toContainText('一時停止中');
    expect((await ok(techo.api.focusGet())).session?.status).toBe('paused');
    await expect(strip.getByRole('button', { name: '中抜け開始' })).toHaveCount(0);
    await expect(strip.getByRole('button', { name: '終業', exact: true })).toHaveCount(0);
    await shot(page, `strip-${size.width}-away`);
    await strip.getByRole('link', { name: '中断報告を作成' }).click();
    await expect(page.getByRole('heading', { name: '中断報告', level: 2 })).toBeVisible();

    // 9:50 戻り (from the report view: the strip is on every view): the 再開報告 is offered, the 中抜け時間 shown.
    techo.time.advance(20 * MIN);
    await strip.getByRole('button', { name: '戻り' }).click();
    await expect(strip.getByRole('link', { name: '再開報告を作成' })).toBeVisible();
    await expect(strip.getByRole('link', { name: '中断報告を作成' })).toHaveCount(0);
    const day = await ok(techo.api.dayGet({ date: DATE }));
    expect(day.day.record.interruptions.map((i) => [i.start, i.end])).toEqual([[570, 590]]);
    // The figure is the day's own (the record's metrics), the same the work record and the reports use.
    await expect(strip.getByTestId('now-away-minutes')).toHaveText(`中抜け時間 ${day.metrics.interruptionMinutes}分`);
    await strip.getByRole('link', { name: '再開報告を作成' }).click();
    await expect(page.getByRole('heading', { name: '再開報告', level: 2 })).toBeVisible();
    await stripOnFirstScreen(page);

    // 17:20 終業 from the strip opens the end-of-day review.
    techo.clock.set(Date.parse(`${DATE}T17:20:00+09:00`));
    await strip.getByRole('button', { name: '終業', exact: true }).click();
    await expect(page.getByRole('heading', { name: /^一日の振り返り — / })).toBeFocused();
    await expect(page.locator('.day-review')).not.toContainText('{{');
    const list = page.getByTestId('review-list');
    await expect(list.getByRole('group')).toHaveCount(6);
    for (const title of ['資料作成', '協議会委員任命の資料作成', '他自治体事例確認・電子決裁確認', '電子決裁確認'])
      await page.getByRole('radio', { name: `${title}: 完了`, exact: true }).check();
    await page.getByRole('radio', { name: '国のガイドライン確認: 未完了', exact: true }).check();
    // Radio-like and keyboard operable: the arrow key moves 計画書確認 from 未完了 to 繰越し.
    await page.getByRole('radio', { name: '計画書確認: 未完了', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '計画書確認: 繰越し', exact: true })).toBeChecked();
    await expect(page.getByTestId('review-summary')).toHaveText('完了 4件・未完了 1件・繰越し 1件');
    await expect(page.getByRole('checkbox', { name: '今の時刻(17:20)で終業を記録する' })).toBeChecked();
    await shot(page, `review-${size.width}`);
    await stripOnFirstScreen(page);
    await page.getByRole('button', { name: '次の勤務日へ繰越して終業報告へ' }).click();

    // The 終業報告, composed from that list, names the two; the next working day has exactly those two.
    await expect(page.getByRole('heading', { name: '終業報告', level: 2 })).toBeVisible();
    const body = page.getByLabel('本文');
    await expect(body).toHaveValue(/・13:00〜14:30 国のガイドライン確認\((?!完了)/);
    await expect(body).toHaveValue(/・15:00〜17:30 計画書確認\((?!完了)/);
    await expect(body).toHaveValue(/・9:00〜10:00 資料作成\(完了\)/);
    // The template's label for that line is being reworded (翌日 → 次の勤務日); the line is what matters here.
    await expect(body).toHaveValue(/(翌日|次の勤務日): 11\/26\(木\) 13:00 国のガイドライン確認/);
    const next = await ok(techo.api.dayGet({ date: NEXT }));
    expect(next.day.blocks.filter((b) => b.kind !== 'break').map((b) => b.title).sort()).toEqual(['国のガイドライン確認', '計画書確認']);
    const today = await ok(techo.api.dayGet({ date: DATE }));
    expect(today.day.record.end).toBe(17 * 60 + 20);
    // After 終業 the strip offers no 始業/中抜け; it shows the 終業 time and the day's 中抜け時間.
    await expect(strip).toContainText('終業 17:20');
    await expect(strip.getByRole('button', { name: '中抜け開始' })).toHaveCount(0);
    await expect(strip.getByTestId('now-away-minutes')).toHaveText(`中抜け時間 ${today.metrics.interruptionMinutes}分`);
    expect(today.metrics.interruptionMinutes).toBe(20);
    await shot(page, `report-${size.width}`);
  });
}

test('the strip stays on screen while the page scrolls, with a due reminder under it, never over it (1366×768)', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedExampleDay(techo.api, DATE);
  await techo.open('today');
  techo.time.advance(60 * MIN); // 10:00: the next 予定's reminder is due
  const banner = page.getByRole('region', { name: '通知', exact: true });
  await expect(banner).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const strip = await stripOnFirstScreen(page);
  const b = (await banner.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(strip.y + strip.height);
  expect(b.y + b.height).toBeLessThanOrEqual(768);
  await shot(page, 'strip-sticky-reminder');
});

test.describe('1280×720 at 150 % scaling (853×480 CSS pixels)', () => {
  test.use({ viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });
  test('the now strip, the current 予定 and 始業 are on the first screen', async ({ page, techo }) => {
    await seedExampleDay(techo.api, DATE);
    await techo.open('today');
    const strip = page.getByRole('region', { name: '今の状況' });
    await expect(strip.getByTestId('now-current')).toHaveText('9:00〜10:00 資料作成');
    await stripOnFirstScreen(page);
    const start = (await strip.getByRole('button', { name: '始業', exact: true }).boundingBox())!;
    expect(start.y + start.height).toBeLessThanOrEqual(480);
    await shot(page, 'strip-853-150pct');
  });
});

// The README's picture of the strip (`UPDATE_DOCS_SCREENSHOT=1 npx playwright test day-flow` writes docs/images/now-strip.png).
test('the now strip for the docs: working, focus running, 始業報告 sent (1366×768)', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedExampleDay(techo.api, DATE);
  techo.time.advance(25 * MIN);
  await techo.open('today');
  const strip = page.getByRole('region', { name: '今の状況' });
  await ok(techo.api.recordSetTime({ date: DATE, field: 'start', minutes: 8 * 60 + 25, reason: '' }));
  await ok(techo.api.reportMarkSent({ date: DATE, kind: 'start', via: 'clipboard', text: '【始業報告】' }));
  await strip.getByRole('button', { name: '集中を開始' }).click();
  await expect(strip.getByTestId('now-reports')).toContainText('始業報告: 送信済み 9:25');
  await expect(strip.getByRole('button', { name: '中抜け開始' })).toBeVisible();
  const box = await stripOnFirstScreen(page);
  const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 1366, height: Math.ceil(box.y + box.height + 12) } });
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1') fs.writeFileSync(path.resolve('docs/images/now-strip.png'), picture);
});
