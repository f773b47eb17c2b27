import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { status } from './keyboard.js';

test('browser preview: the page works over HTTP with the token from the printed URL (no Electron, no bridge)', async ({ browser, techo }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(`${techo.server.url}#/settings`);
  expect(await page.evaluate(() => window.techo === undefined)).toBe(true);
  await page.getByLabel('氏名', { exact: true }).fill('鈴木 一郎');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(status(page)).toHaveText('設定を保存しました。');
  expect(JSON.parse(fs.readFileSync(path.join(techo.dir, 'settings.json'), 'utf8')).profile.name).toBe('鈴木 一郎');
  await page.reload();
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('鈴木 一郎');
  await context.close();
});
