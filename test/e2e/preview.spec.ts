import fs from 'node:fs';
import path from 'node:path';
import { changeSettings, expect, ok, test } from './fixtures.js';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { status } from './keyboard.js';

test('browser preview: the page works over HTTP from the printed URL (no Electron, no bridge), with no cookie at all', async ({ browser, techo }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const setCookies: string[] = [];
  page.on('response', async (r) => {
    // A response still arriving as the context closes (the idle prefetch, the event stream) cannot be
    // read then; the context's cookie jar, checked at the end, would hold any cookie it set.
    const cookie = await r.headerValue('set-cookie').catch(() => null);
    if (cookie !== null) setCookies.push(`${r.url()}: ${cookie}`);
  });
  expect(techo.server.url).toBe(`http://127.0.0.1:${techo.server.port}/${techo.server.token}/`);
  await page.goto(`${techo.server.url}#/settings`);
  expect(await page.evaluate(() => window.techo === undefined)).toBe(true);
  await page.getByLabel('氏名', { exact: true }).fill('鈴木 一郎');
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(status(page)).toHaveText('設定を保存しました。');
  expect(JSON.parse(fs.readFileSync(path.join(techo.dir, 'settings.json'), 'utf8')).profile.name).toBe('鈴木 一郎');
  await page.reload();
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('鈴木 一郎');

  // Events reach the page over the stream under the secret path: a change made elsewhere shows.
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();

  expect(setCookies).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('browser preview: the old URL with ?token= and an old techo_token cookie open nothing', async ({ browser, techo }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  await context.addCookies([{ name: 'techo_token', value: techo.server.token, url: `http://127.0.0.1:${techo.server.port}/` }]);
  const page = await context.newPage();
  const res = await page.goto(`http://127.0.0.1:${techo.server.port}/?token=${techo.server.token}#/settings`);
  expect(res?.status()).toBe(403);
  await expect(page.locator('body')).toContainText('open the URL printed by `npm start`');
  await context.close();
});

test('browser preview: the page carries its start data, and a change made before its event stream opened still shows', async ({ browser, techo }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  // The stream is held back until the change is made: the page paints from the data it carries.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let streamAt = '';
  await page.route(/\/events(\?.*)?$/, async (route) => {
    streamAt = route.request().url();
    await held;
    await route.continue();
  });
  await page.goto(`${techo.server.url}#/today`);
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveText(ja.nav.today);
  await expect.poll(() => streamAt).toMatch(/\/events\?since=\d+$/);
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
  release();
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveText(en.nav.today);
  await context.close();
});
