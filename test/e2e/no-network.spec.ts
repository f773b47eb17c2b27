import { expect, test } from './fixtures.js';
import { status } from './keyboard.js';

test('with no integration configured, a whole working day makes no network request at all', async ({ page, context, techo }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await techo.open('today');
  await page.getByRole('button', { name: /^空き時間 8:30/ }).click();
  await page.getByLabel('件名').fill('資料作成');
  await page.getByRole('button', { name: '予定を保存' }).click();
  await expect(page.getByRole('button', { name: /^8:30〜9:30 資料作成/ })).toBeVisible();
  await page.getByRole('button', { name: '始業を記録' }).click();
  await expect(page.getByTestId('record-start')).toHaveText('9:00');
  techo.time.advance(3 * 60 * 60_000);
  await techo.open('report/start');
  await page.getByRole('button', { name: 'コピーする' }).click();
  await expect(status(page)).toContainText('コピーしました。');
  await expect(page.getByRole('button', { name: 'チャットに送信する' })).toHaveCount(0);
  await techo.open('export');
  await page.getByRole('button', { name: '書き出す' }).click();
  await expect(page.getByRole('status')).toContainText('ファイルを書き出しました');
  await techo.open('settings');
  await expect(page.getByLabel('チャット連携を使う')).not.toBeChecked();

  const origin = new URL(techo.server.url).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(techo.networkCalls).toEqual([]);
});
