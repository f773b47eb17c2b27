import { changeSettings, expect, ok, test } from './fixtures.js';
import { status } from './keyboard.js';
import { block, seedExampleDay } from '../helpers/seed-day.js';

test('始業報告: composed from the plan, copied and mailed; 「送信済みにする」 records the sent time, which shows in the record and the end report', async ({ page, context, techo }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { api } = techo;
  await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, name: '山田 花子', department: '総務課', supervisorEmail: 'sato@city.example.lg.jp' } })));
  const date = '2026-11-25';
  await ok(api.daySetWorkStyle({ date, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
  await ok(api.daySaveBlock({ date, id: null, block: { start: '09:00', end: '10:30', title: '計画案作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
  await ok(api.daySaveBlock({ date, id: null, block: { start: '11:00', end: '11:30', title: '電子決裁確認', kind: 'approval', status: 'planned', note: '', inventoryId: null } }));

  await techo.open('report/start');
  await expect(page.getByRole('heading', { name: '始業報告', level: 2 })).toBeVisible();
  const body = page.getByLabel('本文');
  await expect(body).toHaveValue(
    '【始業報告】令和8年(2026年)11月25日(水) 在宅勤務 8:30〜17:15\n山田 花子(総務課)\n予定:\n・9:00〜10:30 計画案作成\n・11:00〜11:30 電子決裁確認',
  );
  await expect(page.getByLabel('件名')).toHaveValue('【始業報告】令和8年(2026年)11月25日(水) 山田 花子');

  // A resident's name in free text is warned about (never blocked)
  await body.fill(`${await body.inputValue()}\n・鈴木様の申請書確認`);
  await expect(page.getByRole('region', { name: '送信前の確認' })).toContainText('鈴木様');

  // Copying sends nothing: it is not recorded until the user says it was sent.
  await page.getByRole('button', { name: 'コピーする' }).click();
  await expect(status(page)).toHaveText('コピーしました。送信したら「送信済みにする」を押してください。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('・鈴木様の申請書確認');
  await expect(page.getByText('未送信', { exact: true })).toBeVisible();
  expect((await ok(api.dayGet({ date }))).day.reports).toEqual([]);
  await page.getByRole('button', { name: '送信済みにする' }).click();
  await expect(status(page)).toHaveText('送信済みとして記録しました(9:00、コピー)。');
  await expect(page.getByRole('button', { name: '送信済みにする' })).toHaveCount(0);

  const mail = page.getByRole('link', { name: 'メールの下書きを開く' });
  const href = (await mail.getAttribute('href'))!;
  expect(href.startsWith('mailto:sato%40city.example.lg.jp?subject=')).toBe(true);
  expect(decodeURIComponent(href.split('&body=')[1]!)).toContain('【始業報告】令和8年(2026年)11月25日(水)\r\n'.replace('\r\n', ' 在宅勤務'));
  page.on('popup', (p) => void p.close());
  techo.time.advance(2 * 60_000);
  await mail.click();
  await expect(status(page)).toHaveText('メールの下書きを開きました。送信したら「送信済みにする」を押してください。');
  await expect(page.getByTestId('sent-reports')).not.toContainText('メール');
  await page.getByRole('button', { name: '送信済みにする' }).click();
  await expect(status(page)).toHaveText('送信済みとして記録しました(9:02、メール)。');
  await expect(page.getByTestId('sent-reports')).toContainText('9:00 始業報告(コピー)');
  await expect(page.getByTestId('sent-reports')).toContainText('9:02 始業報告(メール)');

  await techo.open('today');
  await expect(page.getByTestId('report-times')).toContainText('始業報告: 9:02 メールで送信');
  await techo.open('report/end');
  await expect(page.getByLabel('本文')).toHaveValue(/始業報告: 9:02 メールで送信/);
  await expect(page.getByLabel('本文')).toHaveValue(/・9:00〜10:30 計画案作成\(未着手\)/);
});

test("the mail draft works for the seed's 10-予定 day: the link has the subject, the full text goes to the clipboard; .eml is marked sent only on request", async ({ page, context, techo }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { api } = techo;
  const date = '2026-11-25';
  await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, name: '山田 花子', supervisorEmail: 'sato@city.example.lg.jp' } })));
  await seedExampleDay(api, date);
  for (const b of [block('08:30', '09:00', 'メール・掲示板の確認'), block('17:30', '17:45', '終業報告・次の勤務日の準備'), block('17:45', '18:00', '作業メモの整理')]) {
    await ok(api.daySaveBlock({ date, id: null, block: b }));
  }
  await techo.open('report/end');
  await expect(page.getByLabel('本文')).toHaveValue(/作業メモの整理/);
  const mail = page.getByRole('link', { name: 'メールの下書きを開く' });
  await expect(mail).toBeVisible();
  await expect(mail).toHaveAccessibleDescription(/全文がクリップボードにコピーされる/);
  const params = new URLSearchParams((await mail.getAttribute('href'))!.split('?')[1]);
  expect(params.get('subject')).toBe('【終業報告】令和8年(2026年)11月25日(水) 山田 花子');
  expect(params.get('body')).toBe('(本文はクリップボードにコピーしてあります。ここに貼り付けてください。)');
  page.on('popup', (p) => void p.close());
  await mail.click();
  await expect(status(page)).toHaveText('メールの下書きを開き、本文の全文をクリップボードにコピーしました。下書きに貼り付けて送信したら「送信済みにする」を押してください。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('本文').inputValue());
  expect((await ok(api.dayGet({ date }))).day.reports).toEqual([]);

  // Another report: nothing of the first is waiting to be marked sent. The .eml is marked only on request.
  await page.getByRole('button', { name: '始業報告', exact: true }).click();
  await expect(page.getByRole('heading', { name: '始業報告', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: '送信済みにする' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'メールファイル(.eml)を保存' }).click();
  await download;
  await expect(status(page)).toHaveText('.eml ファイルを保存しました。送信したら「送信済みにする」を押してください。');
  expect((await ok(api.dayGet({ date }))).day.reports).toEqual([]);
  await page.getByRole('button', { name: '送信済みにする' }).click();
  await expect(page.getByTestId('sent-reports')).toContainText('9:00 始業報告(メールファイル)');
});
