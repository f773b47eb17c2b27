/**
 * テレワーク試行 from the staff member's side (issue #17): 総務課's organisation file sets the trial
 * (令和8年度 テレワーク試行, 11/9〜12/18, 企画課・総務課・税務課, at least 2 days); the user, in 企画課 and
 * with 役職 entered, works a telework day and sees it counted on Today, the suggested day marked in
 * the week view and suggested in 前日の準備. The clock stands at Wednesday 2026-11-25 9:00.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seedExampleDay } from '../helpers/seed-day.js';
import { changeSettings } from '../helpers/settings.js';
import { expect, ok, test } from './fixtures.js';

const ORG = path.resolve('test/fixtures/org-trial.json');
const shot = (name: string) => test.info().outputPath(name);

test('the trial set from the organisation file: Today counts the telework day worked, the week marks the suggested day, 前日の準備 suggests it', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // 設定: 所属 and 役職.
  await techo.open('settings');
  await page.getByLabel('所属', { exact: true }).fill('企画課');
  await page.getByLabel('役職').fill('係長');
  await expect(page.getByLabel('役職')).toHaveAccessibleDescription('例: 課長、係長、主事');
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
  expect((await ok(techo.api.settingsGet())).profile).toMatchObject({ department: '企画課', title: '係長' });

  // カレンダー: the organisation file; the message names the trial and its period.
  await techo.open('calendar');
  await page.getByLabel('ファイルを選ぶ').setInputFiles(ORG);
  await expect(page.getByRole('status')).toContainText('テレワーク試行「令和8年度 テレワーク試行」(令和8年(2026年)11月9日(月)〜12月18日(金))を設定しました。');

  // Today: nothing worked yet; the next working day is suggested.
  await techo.open('today');
  const line = page.getByTestId('trial-line');
  await expect(line).toHaveText('テレワーク試行 0日実施/目標2日(あと2日・12/18(金)まで) 候補日: 11/26(木)');
  // Today made a telework day and 始業 recorded from the now strip: it counts at once.
  await page.getByLabel('午前').selectOption('home');
  await page.getByLabel('午後').selectOption('home');
  await page.getByRole('button', { name: '勤務形態を保存' }).click();
  await expect(page.getByText('テレワーク日')).toBeVisible();
  await expect(line).toContainText('0日実施/目標2日');
  await page.getByTestId('now-strip').getByRole('button', { name: '始業', exact: true }).click();
  await expect(line).toHaveText('テレワーク試行 1日実施/目標2日(あと1日・12/18(金)まで) 候補日: 11/26(木)');
  await page.screenshot({ path: shot('trial-today-1366.png') });

  // The week: the suggested day says so in text.
  await techo.open('week');
  const suggested = page.locator('.week-grid li').filter({ hasText: '試行の候補日' });
  await expect(suggested).toHaveCount(1);
  await expect(suggested.getByRole('link')).toHaveAccessibleName('11/26(木) の計画を開く');
  await expect(page.getByTestId('trial-line')).toContainText('1日実施/目標2日');
  await page.screenshot({ path: shot('trial-week-1366.png') });

  // 前日の準備: what is left and the suggested day, with a way to its plan.
  await techo.open('checklist');
  const note = page.getByTestId('trial-note');
  await expect(note.getByRole('heading', { name: 'テレワーク試行「令和8年度 テレワーク試行」' })).toBeVisible();
  await expect(note).toContainText('期間(12/18(金)まで)に、あと1日のテレワークが目標です。期間の残りの勤務日は18日です。');
  await expect(note).toContainText('候補日は 令和8年(2026年)11月26日(木) です。');
  await page.screenshot({ path: shot('trial-checklist-1366.png'), fullPage: true });
  await note.getByRole('link', { name: '11/26(木) の計画を開く' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /令和8年\(2026年\)11月26日\(木\)/ })).toBeVisible();

  // The suggested day planned as telework: the rule is then covered, and nothing more is suggested.
  await page.getByLabel('午前').selectOption('home');
  await page.getByLabel('午後').selectOption('home');
  await page.getByRole('button', { name: '勤務形態を保存' }).click();
  await expect(page.getByTestId('trial-line')).toHaveText('テレワーク試行 1日実施/目標2日(あと1日・12/18(金)まで) 予定のテレワーク1日で目標に届きます');
  await techo.open('checklist');
  await expect(page.getByTestId('trial-note')).toContainText('予定しているテレワーク1日を実施すると、目標に届きます。');
});

test('outside the target 課 the trial is not shown; no trial, no line', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: '市民課' } })));
  await techo.open('today');
  await expect(page.getByTestId('trial-line')).toHaveCount(0);
  await ok(techo.api.orgImport({ text: fs.readFileSync(ORG, 'utf8') }));
  await techo.open('week');
  await expect(page.locator('.week-grid li')).toHaveCount(7);
  await expect(page.getByTestId('trial-line')).toHaveCount(0);
  await expect(page.getByText('試行の候補日')).toHaveCount(0);
  // The 所属 corrected to a target 課: the line appears without reopening the view.
  await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: '税務課' } })));
  await expect(page.getByTestId('trial-line')).toContainText('0日実施/目標2日');
});

for (const [width, height] of [[1366, 768], [1024, 640]] as const) {
  test(`with the trial line, 始業 and the first 予定 stay on the first screen at ${width}×${height}`, async ({ page, techo }) => {
    await page.setViewportSize({ width, height });
    await seedExampleDay(techo.api, '2026-11-25');
    await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: '総務課' } })));
    await ok(techo.api.orgImport({ text: fs.readFileSync(ORG, 'utf8') }));
    await techo.open('today');
    await expect(page.getByTestId('trial-line')).toBeInViewport();
    await expect(page.getByTestId('now-strip').getByRole('button', { name: '始業', exact: true })).toBeInViewport();
    await expect(page.getByRole('button', { name: /^9:00〜10:00 資料作成/ })).toBeInViewport();
    if (height >= 768) {
      await expect(page.getByRole('heading', { name: '勤務の記録' })).toBeInViewport();
      await expect(page.getByRole('button', { name: '終業を記録' })).toBeInViewport();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot(`trial-first-screen-${width}.png`) });
  });
}

test.describe('first-run setup', () => {
  test.use({ setUp: false });
  test('役職 in the setup; the organisation file names its trial, which the setup keeps when saved', async ({ page, techo }) => {
    await page.goto(`${techo.server.url}#/today`);
    await expect(page.getByRole('heading', { name: '初回設定', level: 2 })).toBeVisible();
    await page.getByLabel('氏名', { exact: true }).fill('山田 花子');
    await page.getByLabel('所属', { exact: true }).fill('総務課');
    await page.getByLabel('役職').fill('課長');
    await page.getByLabel('庁内共通の設定を読み込む').setInputFiles(ORG);
    await expect(page.getByRole('status')).toHaveText(
      '庁内共通の設定を読み込みました。勤務時間を確かめてから「設定して始める」を押してください。 テレワーク試行「令和8年度 テレワーク試行」(令和8年(2026年)11月9日(月)〜12月18日(金))を設定しました。',
    );
    await page.screenshot({ path: shot('trial-setup-1366.png'), fullPage: true });
    await page.getByRole('button', { name: '設定して始める' }).click();
    await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveAttribute('aria-current', 'page');
    const s = await ok(techo.api.settingsGet());
    expect(s.profile).toMatchObject({ name: '山田 花子', department: '総務課', title: '課長' });
    expect(s.trial?.name).toBe('令和8年度 テレワーク試行');
    await expect(page.getByTestId('trial-line')).toContainText('0日実施/目標2日');
  });
});

test('in English the line reads as English, counts included', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en', profile: { ...s.profile, department: '総務課' } })));
  await ok(techo.api.orgImport({ text: fs.readFileSync(ORG, 'utf8') }));
  await ok(techo.api.daySetWorkStyle({ date: '2026-11-25', workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
  await ok(techo.api.recordClock({ date: '2026-11-25', field: 'start', reason: '' }));
  await techo.open('today');
  await expect(page.getByTestId('trial-line')).toHaveText('Telework trial 1 of 2 days done (1 to go, until Fri 18/12) Suggested day: Thu 26/11');
  await page.screenshot({ path: shot('trial-today-en.png') });
  await techo.open('week');
  await expect(page.locator('.week-grid li').filter({ hasText: 'Suggested trial day' })).toHaveCount(1);
  await techo.open('checklist');
  await expect(page.getByTestId('trial-note')).toContainText('The target is 1 more telework day in the period (until Fri 18/12). 18 working days are left in the period.');
});

test('after the survey’s window the trial leaves the screens; "trial": null in the organisation file removes it', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: '企画課' } })));
  await ok(techo.api.orgImport({ text: fs.readFileSync(ORG, 'utf8') }));
  // 2027-01-15: the last day of the end survey's four weeks — the ended trial and アンケート still show.
  techo.clock.set(Date.parse('2027-01-15T12:00:00+09:00'));
  await techo.restart();
  await techo.open('today');
  await expect(page.getByTestId('trial-line')).toContainText('12/18(金)で終了');
  await expect(page.getByRole('link', { name: 'アンケート' })).toBeVisible();
  // May 2027: nothing of the trial on Today, the week or the menu.
  techo.clock.set(Date.parse('2027-05-10T12:00:00+09:00'));
  await techo.restart();
  await techo.open('today');
  await expect(page.getByTestId('now-strip')).toBeVisible();
  await expect(page.getByTestId('trial-line')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'アンケート' })).toHaveCount(0);
  await techo.open('week');
  await expect(page.getByTestId('trial-line')).toHaveCount(0);

  // 総務課's next file says "trial": null: the import says the trial was removed.
  const removing = test.info().outputPath('org-no-trial.json');
  fs.writeFileSync(removing, JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, trial: null }));
  await techo.open('calendar');
  await page.getByLabel('ファイルを選ぶ').setInputFiles(removing);
  await expect(page.getByRole('status')).toContainText('テレワーク試行「令和8年度 テレワーク試行」の設定を削除しました。');
  expect((await ok(techo.api.settingsGet())).trial).toBeNull();
});
