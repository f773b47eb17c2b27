import { expect, ok, test } from './fixtures.js';

const MIN = 60_000;

test('集中タイマー: start on the current block, log an interruption by key, pause, resume, finish, see the minutes on the block', async ({ page, techo }) => {
  await ok(techo.api.daySaveBlock({ date: '2026-11-25', id: null, block: { start: '09:00', end: '10:30', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
  await techo.open('today');
  const panel = page.getByRole('region', { name: '集中タイマー' });
  await expect(panel.getByLabel('対象の予定')).toHaveValue(/.+/);
  await panel.getByRole('button', { name: '集中を始める' }).click();
  await expect(panel).toContainText('集中中: 資料作成');
  // The countdown runs on the page's own (real) time from main's 90:00; a loaded machine may take a
  // second or more to get here, so it may already read 89:5x.
  await expect(page.getByTestId('focus-remaining')).toHaveText(/^(90:00|89:[0-5]\d)$/);

  await page.locator('body').press('1');
  await expect(panel.getByRole('status')).toHaveText('「電話」を記録しました。');
  await expect(panel).toContainText('割り込み 1回');

  techo.time.advance(30 * MIN);
  await panel.getByRole('button', { name: '一時停止する' }).click();
  await expect(panel).toContainText('一時停止中');
  await expect(page.getByTestId('focus-remaining')).toHaveText('60:00');
  techo.time.advance(10 * MIN);
  await page.reload(); // a reload (or a closed window) changes nothing: main holds the session
  await expect(page.getByTestId('focus-remaining')).toHaveText('60:00');
  await panel.getByRole('button', { name: '再開する' }).click();
  // Running again (as main has it) before the hour passes; else the hour would pass while paused.
  await expect(panel.getByRole('button', { name: '一時停止する' })).toBeVisible();

  techo.time.advance(60 * MIN);
  await expect(panel.getByRole('alert')).toHaveText('集中時間が終わりました(90分・割り込み 1回)。予定を完了にするか、継続するかを選んでください。');
  await panel.getByLabel('結果のメモ').fill('素案を作成');
  await panel.getByRole('button', { name: '完了にする' }).click();
  await expect(page.getByRole('button', { name: /資料作成\(集中作業・完了\)/ })).toContainText('集中 90分・割り込み 1回');
  expect(techo.notifications.map((n) => n.body)).toContain('集中時間が終わりました(90分)');
});
