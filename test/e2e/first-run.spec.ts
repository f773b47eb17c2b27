/**
 * 初回設定: a new data folder opens on the setup (not on an 出勤 day with no name in the reports);
 * it is filled by keyboard, can be put off with 「あとで設定する」, and redone from 設定.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Page } from '@playwright/test';
import { expect, ok, test } from './fixtures.js';
import { status, tabTo, typeAndTab } from './keyboard.js';

// A truly new data folder: no settings file at all.
test.use({ setUp: false });

const setupHeading = (page: Page) => page.getByRole('heading', { name: '初回設定', level: 2 });

test('a new folder opens on the setup; filled by keyboard, the day follows the telework weekdays and the 始業報告 carries the profile', async ({ page, techo }) => {
  expect(fs.existsSync(path.join(techo.dir, 'settings.json'))).toBe(false);
  await page.goto(`${techo.server.url}#/today`);
  await expect(setupHeading(page)).toBeVisible();
  // The menu waits until the setup is done or put off: each of its links would lead back here.
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toHaveCount(0);
  await expect(setupHeading(page)).toBeFocused();

  // Everything by keyboard, in the order of the form.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('氏名', { exact: true })).toBeFocused();
  await typeAndTab(page, '山田 花子');
  await typeAndTab(page, '総務課 情報政策係');
  await typeAndTab(page, '係長'); // 役職
  await typeAndTab(page, '001234');
  await typeAndTab(page, '佐藤 一郎');
  await typeAndTab(page, 'sato@');
  await expect(page.getByLabel('始業時刻')).toBeFocused();
  await typeAndTab(page, '8:30');
  await typeAndTab(page, '17:15');
  await expect(page.getByLabel('休憩の開始')).toHaveValue('12:00');
  await page.keyboard.press('Tab'); // 休憩の開始 as it is
  await page.keyboard.press('Tab'); // 休憩の終了 as it is
  await expect(page.getByRole('checkbox', { name: '月', exact: true })).toBeFocused();
  await page.keyboard.press('Tab'); // 火
  await page.keyboard.press('Tab'); // 水
  await expect(page.getByRole('checkbox', { name: '水', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // 金
  await expect(page.getByRole('checkbox', { name: '金', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: '設定して始める' }), 4);
  await page.keyboard.press('Enter');

  // A wrong address is refused beside its field, focus goes there, nothing is saved.
  const email = page.getByLabel('所属長(報告先)のメールアドレス');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/メールアドレスの形式が正しくありません/);
  await expect(status(page)).toHaveText(/入力内容に誤りがあります。/);
  await expect(email).toBeFocused();
  expect(fs.existsSync(path.join(techo.dir, 'settings.json'))).toBe(false);
  await page.keyboard.press('End');
  await page.keyboard.type('city.example.lg.jp');
  await page.keyboard.press('Enter');

  // Done: the app opens on today, a Wednesday, which is now a telework day.
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('午前')).toHaveValue('home');
  await expect(page.getByLabel('午後')).toHaveValue('home');
  expect(await ok(techo.api.settingsGet())).toMatchObject({
    firstRun: 'done',
    profile: { name: '山田 花子', department: '総務課 情報政策係', title: '係長', staffId: '001234', supervisorName: '佐藤 一郎', supervisorEmail: 'sato@city.example.lg.jp' },
    teleworkWeekdays: [3, 5],
  });

  await techo.open('report/start');
  await expect(page.getByLabel('本文')).toHaveValue(/^【始業報告】令和8年\(2026年\)11月25日\(水\) 在宅勤務 8:30〜17:15\n山田 花子\(総務課 情報政策係\)\n/);

  // The setup does not come back on the next start.
  await techo.restart();
  await expect(page.getByRole('heading', { name: '始業報告', level: 2 })).toBeVisible();
  await expect(setupHeading(page)).toHaveCount(0);
});

test('「あとで設定する」 opens the app with the defaults, and the setup stays away after a restart', async ({ page, techo }) => {
  await page.goto(`${techo.server.url}#/today`);
  await expect(setupHeading(page)).toBeVisible();
  await page.getByLabel('氏名', { exact: true }).fill('入力したが保存しない');
  await page.getByRole('button', { name: 'あとで設定する' }).click();
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('午前')).toHaveValue('office');
  expect(await ok(techo.api.settingsGet())).toMatchObject({ firstRun: 'skipped', profile: { name: '' }, teleworkWeekdays: [] });
  await techo.restart();
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveAttribute('aria-current', 'page');
  await expect(setupHeading(page)).toHaveCount(0);
});

test('「初回設定をやり直す」 in 設定 opens the setup with the saved values; saving it changes them', async ({ page, techo }) => {
  await page.goto(`${techo.server.url}#/today`);
  await page.getByRole('button', { name: 'あとで設定する' }).click();
  await techo.open('settings');
  await page.getByRole('button', { name: '初回設定をやり直す' }).click();
  await expect(setupHeading(page)).toBeFocused();
  await expect(page.getByLabel('始業時刻')).toHaveValue('08:30');
  await page.getByLabel('氏名', { exact: true }).fill('鈴木 一郎');
  await page.getByLabel('始業時刻').fill('9:00');
  await page.getByLabel('終業時刻').fill('17:45');
  await page.getByRole('checkbox', { name: '月', exact: true }).check();
  await page.getByRole('button', { name: '設定して始める' }).click();
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveAttribute('aria-current', 'page');
  expect(await ok(techo.api.settingsGet())).toMatchObject({
    firstRun: 'done',
    profile: { name: '鈴木 一郎' },
    workHours: { start: '09:00', end: '17:45', breaks: [{ start: '12:00', end: '13:00' }] },
    teleworkWeekdays: [1],
  });
});

test('the organisation file can be loaded from the setup; the browser preview on a new folder shows the setup too', async ({ browser, page, techo }) => {
  await page.goto(`${techo.server.url}#/today`);
  await expect(setupHeading(page)).toBeVisible();
  await page.getByLabel('氏名', { exact: true }).fill('山田 花子');
  // The organisation's file with its own hours (時差出勤 9:00〜17:45).
  const org = JSON.parse(fs.readFileSync('test/fixtures/org-defaults.json', 'utf8')) as Record<string, unknown>;
  const file = test.info().outputPath('org-defaults.json');
  fs.writeFileSync(file, JSON.stringify({ ...org, workHours: { start: '09:00', end: '17:45', breaks: [{ start: '12:15', end: '13:15' }] } }));
  await page.getByLabel('庁内共通の設定を読み込む').setInputFiles(file);
  await expect(status(page)).toHaveText(/^庁内共通の設定を読み込みました。/);
  await expect(page.getByLabel('始業時刻')).toHaveValue('09:00');
  await expect(page.getByLabel('休憩の開始')).toHaveValue('12:15');
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('山田 花子'); // what was typed stays
  await page.getByLabel('庁内共通の設定を読み込む').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(status(page)).toHaveText('読み込めませんでした。何も変更していません。');
  await expect(page.getByRole('alert')).toContainText('JSON');

  // The preview over HTTP, no bridge: the same setup on the same new folder.
  const context = await browser.newContext({ locale: 'ja-JP' });
  const preview = await context.newPage();
  await preview.goto(techo.server.url);
  await expect(setupHeading(preview)).toBeVisible();
  await context.close();
});
