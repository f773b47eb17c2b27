import { expect, test } from './fixtures.js';
import { status } from './keyboard.js';

// The fixture's clock stands at 2026-11-25 09:00 (Asia/Tokyo).
test('勤務の記録: 始業 from the clock, a correction with its reason in the history, late work flagged until a permission is noted', async ({ page, techo }) => {
  techo.clock.set(Date.parse('2026-11-25T08:31:00+09:00'));
  await techo.open('today');
  await page.getByRole('button', { name: '始業を記録' }).click();
  await expect(page.getByTestId('record-start')).toHaveText('8:31');

  await page.getByRole('button', { name: '始業: 時刻を修正' }).click();
  await page.getByLabel('始業 時刻').fill('08:30');
  await page.getByRole('button', { name: '修正を保存' }).click();
  await expect(page.getByRole('alert')).toHaveText('記録済みの時刻を修正するときは理由を入力してください。');
  await page.getByLabel('修正の理由').fill('打刻忘れ');
  await page.getByRole('button', { name: '修正を保存' }).click();
  await expect(page.getByTestId('record-start')).toHaveText('8:30');
  await expect(page.getByTestId('correction-history')).toContainText('始業: 8:31 → 8:30(理由: 打刻忘れ)');

  await page.getByRole('button', { name: '終業: 時刻を修正' }).click();
  await page.getByLabel('終業 時刻').fill('22:45');
  await page.getByRole('button', { name: '修正を保存' }).click();
  await expect(page.getByTestId('record-end')).toHaveText('22:45');
  await expect(page.getByText('深夜勤務(22時〜翌5時) 45分')).toBeVisible();
  await expect(page.getByText('要確認: この日の時間外勤務・深夜勤務・休日勤務の命令・許可を入力してください。')).toBeVisible();
  await page.getByLabel('命令・許可', { exact: true }).fill('総務-118');
  await page.getByRole('button', { name: '命令・許可を保存' }).click();
  await expect(status(page)).toHaveText('保存しました。');
  await expect(page.getByText('要確認: この日の時間外勤務・深夜勤務・休日勤務の命令・許可を入力してください。')).toHaveCount(0);

  await page.getByRole('button', { name: '中抜けを追加' }).click();
  await page.getByLabel('中抜けの開始').fill('14:00');
  await page.getByLabel('中抜けの終了').fill('14:20');
  await page.getByRole('button', { name: '中抜けを保存' }).click();
  await expect(page.getByTestId('record-summary')).toContainText('中抜け時間 20分(1回)');

  // Errors appear beside the field they are about.
  await page.getByRole('button', { name: '中抜けを追加' }).click();
  await page.getByLabel('中抜けの開始').fill('15:00');
  await page.getByLabel('中抜けの終了').fill('14:00');
  await page.getByRole('button', { name: '中抜けを保存' }).click();
  await expect(page.getByLabel('中抜けの終了')).toHaveAccessibleDescription('終了時刻は開始時刻より後にしてください。');
  await page.getByRole('button', { name: 'この日をテンプレートとして保存' }).click();
  await expect(page.getByLabel('テンプレート名')).toHaveAccessibleDescription('入力してください。');

  await page.reload();
  await expect(page.getByTestId('correction-history')).toContainText('始業: 8:31 → 8:30(理由: 打刻忘れ)');
});
