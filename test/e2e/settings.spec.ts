import fs from 'node:fs';
import path from 'node:path';
import { expect, ok, test } from './fixtures.js';
import { status, tabTo } from './keyboard.js';

test.describe('設定 (settings), end to end', () => {
  test('a user changes settings in the Japanese UI, reloads, and sees them; the file holds them', async ({ page, techo }) => {
    await techo.open('settings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('テレワーク手帳');
    await expect(page.getByRole('heading', { name: '設定', level: 2 })).toBeVisible();
    await expect(page.getByLabel('始業時刻', { exact: true })).toHaveValue('08:30');
    await expect(page.getByLabel('終業時刻', { exact: true })).toHaveValue('17:15');
    await expect(page.getByLabel('休憩 1 の開始')).toHaveValue('12:00');

    await page.getByLabel('氏名', { exact: true }).fill('山田 花子');
    await page.getByLabel('職員番号').fill('001234');
    await page.getByLabel('所属', { exact: true }).fill('総務課 情報政策係');
    await page.getByLabel('役職').fill('主事');
    await page.getByLabel('所属長(報告先)の氏名').fill('佐藤 係長');
    await page.getByLabel('所属長(報告先)のメールアドレス').fill('sato@city.example.lg.jp');
    const zone = page.getByLabel('時刻のタイムゾーン');
    await expect(zone).toHaveValue('Asia/Tokyo');
    await expect(zone.locator('option').first()).toHaveText('日本・東京(Asia/Tokyo)');
    await zone.selectOption({ label: 'タイ・バンコク(Asia/Bangkok)' });
    await page.getByLabel('終業時刻', { exact: true }).fill('17:30');
    await page.getByLabel('終業時刻', { exact: true }).press('Enter'); // keyboard submit
    await expect(status(page)).toHaveText('設定を保存しました。');

    await page.reload();
    await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('山田 花子');
    await expect(page.getByLabel('職員番号')).toHaveValue('001234');
    await expect(page.getByLabel('役職')).toHaveValue('主事');
    await expect(page.getByLabel('終業時刻', { exact: true })).toHaveValue('17:30');
    await expect(page.getByLabel('時刻のタイムゾーン')).toHaveValue('Asia/Bangkok');

    const onDisk = JSON.parse(fs.readFileSync(path.join(techo.dir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: 9,
      profile: { name: '山田 花子', staffId: '001234', department: '総務課 情報政策係', title: '主事', supervisorEmail: 'sato@city.example.lg.jp' },
      workHours: { start: '08:30', end: '17:30' },
      orgTimeZone: 'Asia/Bangkok',
    });
  });

  test('invalid entries get a Japanese message beside the field, focus moves there, nothing is saved', async ({ page, techo }) => {
    await techo.open('settings');
    const file = path.join(techo.dir, 'settings.json');
    const bytes = () => (fs.existsSync(file) ? fs.readFileSync(file) : 'no file yet');
    const before = bytes();
    await page.getByLabel('所属長(報告先)のメールアドレス').fill('sato@');
    await page.getByLabel('終業時刻', { exact: true }).fill('08:00');
    await page.getByRole('button', { name: '設定を保存' }).click();

    const email = page.getByLabel('所属長(報告先)のメールアドレス');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/メールアドレスの形式が正しくありません/);
    await expect(page.getByLabel('終業時刻', { exact: true })).toHaveAccessibleDescription('終了時刻は開始時刻より後にしてください。');
    await expect(status(page)).toHaveText(/入力内容に誤りがあります/);
    await expect(email).toBeFocused();
    expect(bytes()).toEqual(before);
  });

  test('a webhook URL against this PC or over plain http is refused beside the field, saying what to do; one intranet host may be allowed http', async ({ page, techo }) => {
    await techo.open('settings');
    await page.getByLabel('チャット連携を使う').check();
    const url = page.getByLabel('Webhook の URL');
    await url.fill('https://2130706433/hook'); // 127.0.0.1, spelt as one number
    await page.getByRole('button', { name: '設定を保存' }).click();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(url).toHaveAccessibleDescription(/^このパソコン自身\(localhost、127\.0\.0\.1 など\)、リンクローカル、クラウドのメタデータのアドレスには送信できません。/);
    await expect(url).toBeFocused();

    await url.fill('http://chat.example.lg.jp/hook');
    await page.getByRole('button', { name: '設定を保存' }).click();
    await expect(url).toHaveAccessibleDescription(/「http:\/\/ を許可する庁内のホスト」にそのホスト名を入力してください。/);
    await page.getByLabel('http:// を許可する庁内のホスト(任意)').fill('chat.example.lg.jp');
    await page.getByRole('button', { name: '設定を保存' }).click();
    await expect(status(page)).toHaveText('設定を保存しました。');
    const onDisk = JSON.parse(fs.readFileSync(path.join(techo.dir, 'settings.json'), 'utf8'));
    expect(onDisk.webhook).toMatchObject({ enabled: true, url: 'http://chat.example.lg.jp/hook', allowHttpHost: 'chat.example.lg.jp' });
    expect(techo.networkCalls).toEqual([]);
  });

  test('breaks can be added and removed; an overlapping break is refused', async ({ page, techo }) => {
    await techo.open('settings');
    await page.getByRole('button', { name: '休憩を追加' }).click();
    await page.getByLabel('休憩 2 の開始').fill('12:30');
    await page.getByLabel('休憩 2 の終了').fill('12:45');
    await page.getByRole('button', { name: '設定を保存' }).click();
    await expect(page.getByLabel('休憩 2 の開始')).toHaveAccessibleDescription('休憩の時間帯が重なっています。重ならないように時刻を直してください。');
    await page.getByLabel('休憩 2 の開始').fill('15:00');
    await page.getByLabel('休憩 2 の終了').fill('15:15');
    await page.getByRole('button', { name: '設定を保存' }).click();
    await expect(status(page)).toHaveText('設定を保存しました。');
    await page.getByRole('button', { name: '休憩 1 を削除' }).click();
    await page.getByRole('button', { name: '設定を保存' }).click();
    // The click itself turned the line to 保存しています…: this is the second save's own answer.
    await expect(status(page)).toHaveText('設定を保存しました。');
    await page.reload();
    await expect(page.getByLabel('休憩 1 の開始')).toHaveValue('15:00');
    await expect(page.getByLabel('休憩 2 の開始')).toHaveCount(0);
  });

  test('switching the language to English applies at once and survives a reload', async ({ page, techo }) => {
    await techo.open('settings');
    await page.getByLabel('表示言語', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: '設定を保存' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
    await expect(status(page)).toHaveText('Settings saved.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByLabel('Start of work', { exact: true })).toHaveValue('08:30');
    await expect(page).toHaveTitle('Settings – Telework Techo'); // the window names the view
  });

  test('a corrupt settings file is kept aside and reported; the app still starts', async ({ page, techo }) => {
    await techo.open('settings');
    fs.writeFileSync(path.join(techo.dir, 'settings.json'), '{"schemaVersion":1,"profile":{"name":"山田');
    await techo.restart();
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('保存ファイルの問題');
    await expect(banner).toContainText('「設定」のファイルが壊れていた');
    const kept = fs.readdirSync(techo.dir).find((f) => f.startsWith('settings.corrupt-'));
    expect(kept).toBeDefined();
    await expect(banner).toContainText(path.join(techo.dir, kept!));
    expect(fs.readFileSync(path.join(techo.dir, kept!), 'utf8')).toContain('"name":"山田');
    // Started from the defaults; with the settings lost, the first-run setup asks for them again.
    await expect(page.getByRole('heading', { name: '初回設定', level: 2 })).toBeVisible();
    await expect(page.getByLabel('始業時刻', { exact: true })).toHaveValue('08:30');
    await banner.getByRole('button', { name: '確認しました' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('始業時刻', { exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('everything is reachable by keyboard: skip link, menu, fields, save', async ({ page, techo }) => {
    await techo.open('settings');
    await expect(page.getByLabel('始業時刻', { exact: true })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
    await tabTo(page, page.getByRole('link', { name: 'このアプリについて' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'このアプリについて' })).toBeVisible();
    await expect(page.getByText(/データの保存先/)).toContainText(techo.dir);
    // targets are at least 44 px high
    for (const name of ['設定', 'このアプリについて']) {
      const box = await page.getByRole('link', { name }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('an Enter that confirms a Japanese IME conversion does not submit; a plain Enter does', async ({ page, techo }) => {
    await techo.open('settings');
    const name = page.getByLabel('氏名', { exact: true });
    await name.fill('やまだ');
    await name.focus();
    const cdp = await page.context().newCDPSession(page);
    const enter = async (ime: boolean) => {
      // What Chromium receives when an IME consumes the key: virtual key code 229 (VK_PROCESSKEY).
      const key = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: ime ? 229 : 13, text: '\r', unmodifiedText: '\r' };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: key.windowsVirtualKeyCode });
    };
    await enter(true);
    // A submit would have put 保存しています… in the status line while the key was handled, before
    // Chromium acknowledged it; the next frame is what the user then sees.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    await expect(status(page)).toHaveText('');
    await expect(name).toHaveValue('やまだ');
    await enter(false);
    await expect(status(page)).toHaveText('設定を保存しました。');
  });

  test('reminders on 出勤 days are off by default and can be turned on (reminders.onOfficeDays)', async ({ page, techo }) => {
    await techo.open('settings');
    const box = page.getByLabel('出勤の日も始業報告・終業報告と電子決裁・供覧の確認を通知する');
    await expect(box).not.toBeChecked();
    await box.check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(status(page)).toHaveText('設定を保存しました。');
    expect((await ok(techo.api.settingsGet())).reminders.onOfficeDays).toBe(true);
  });
});
