/**
 * The trial's survey on the staff side (issue #17): with 総務課's organisation file imported, the
 * offer appears once the first telework day in the period is over (終業 recorded); answered by keyboard alone,
 * anonymously, the answer file is saved (a download) and names no one, and the exported report
 * carries none of it; answered with the name, the exported JSON report carries it.
 */
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { anonymousAnswerFileSchema } from '../../shared/trial/trial-schema.js';
import { type Techo, changeSettings, expect, ok, test } from './fixtures.js';
import { tabTo } from './keyboard.js';

const DATE = '2026-11-25';
const ORG = fs.readFileSync('test/fixtures/org-trial.json', 'utf8');
const NAME = '試行 花子';
const STAFF_ID = '0271828';
const DEPT = '企画課';
const TITLE = '主任';
const COMMENT = '紙の決裁が残っているので電子化を進めてほしい';

test.beforeEach(async ({ techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, name: NAME, staffId: STAFF_ID, department: DEPT, title: TITLE } })));
  await ok(techo.api.orgImport({ text: ORG }));
  await ok(techo.api.daySetWorkStyle({ date: DATE, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
});

const offer = (page: Page) => page.getByRole('region', { name: 'アンケートのお願い' });

/** Opens Today, records 始業 from the now strip (no offer yet: the day is not had), then 終業 at 17:15, and waits for the offer. */
async function startTheDay(page: Page, techo: Techo) {
  await techo.open('today');
  await expect(page.getByRole('link', { name: 'アンケート' })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  await page.getByTestId('now-strip').getByRole('button', { name: '始業', exact: true }).click();
  await expect(page.getByTestId('now-strip').getByRole('button', { name: '終業', exact: true })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  await ok(techo.api.recordSetTime({ date: DATE, field: 'end', minutes: 17 * 60 + 15, reason: '' }));
  await expect(offer(page)).toContainText('令和8年度 テレワーク試行のアンケート(初回のテレワークの後)に回答をお願いします。');
}

async function exportedReport(page: Page, techo: { open(view?: string): Promise<void> }) {
  await techo.open('export');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: '書き出す' }).click();
  await expect.poll(() => downloads.length).toBe(4);
  const files = await Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: fs.readFileSync((await d.path())!) })));
  return files;
}

test('anonymously, by keyboard alone: the offer, the survey, the answer file without name or 職員番号, and no trace in the exported report', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await startTheDay(page, techo);
  // The offer sits under the now strip without covering the day: the plan's heading is still on the first screen.
  await expect(page.getByRole('heading', { level: 2, name: /の計画/ })).toBeInViewport();

  await tabTo(page, offer(page).getByRole('button', { name: 'アンケートに回答する' }));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: 'テレワーク試行アンケート(初回のテレワークの後)' });
  await expect(heading).toBeFocused();
  await expect(offer(page)).toHaveCount(0);

  // 業務の効率: 4 (arrow keys move within the scale's radio group).
  const efficiency = page.getByRole('group', { name: '業務の効率は上がりましたか。' });
  await tabTo(page, efficiency.getByRole('radio', { name: '1 そう思わない' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(efficiency.getByRole('radio', { name: '4' })).toBeChecked();
  // 主な勤務場所: 自宅 (Space on the first option); 困ったこと: 紙の資料 and 通信環境.
  await tabTo(page, page.getByRole('radio', { name: '自宅' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: '紙の資料' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: '通信環境' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: '実施要領の見直しへの意見をお書きください。' }));
  await page.keyboard.type(COMMENT);
  await expect(page.getByText(`1000文字以内(あと${1000 - COMMENT.length}文字)`)).toBeVisible();

  // 送信 without a consent: the message is beside the choice, and the keyboard is taken there.
  await tabTo(page, page.getByRole('button', { name: '送信' }));
  await page.keyboard.press('Enter');
  const named = page.getByRole('radio', { name: '氏名を付けて報告ファイルに含める(日報ファイルと一緒に提出され、所属長と総務課が読みます)' });
  await expect(named).toHaveAccessibleDescription('回答の扱い(氏名を付けるか、匿名か)を選んでください。');
  await expect(named).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^匿名で回答する\(氏名・職員番号を含まない別ファイルを保存して提出します。匿名の回答は5件以上集まったときだけ集計されます。/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: '送信' }));
  await page.keyboard.press('Enter');

  const saved = page.getByRole('status').filter({ hasText: '回答を保存しました。匿名の回答は日報ファイルには含まれません。' });
  await expect(saved).toBeVisible();
  await expect(page.locator('.survey-done')).toBeFocused();

  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: '回答ファイルを保存する' }));
  await page.keyboard.press('Enter');
  const file = await download;
  const text = fs.readFileSync((await file.path())!, 'utf8');
  const answers = anonymousAnswerFileSchema.parse(JSON.parse(text));
  // The file's random id is in its name, so answer files of different people never overwrite each other.
  expect(answers.id).toMatch(/^[0-9a-f]{16}$/);
  expect(file.suggestedFilename()).toBe(`survey-answers-r8-trial-firstDay-${answers.id.slice(0, 8)}.json`);
  await expect(page.getByRole('status').filter({ hasText: `回答ファイル ${file.suggestedFilename()} を保存しました。` })).toBeVisible();
  expect(answers.responses).toEqual([
    {
      trialId: 'r8-trial',
      surveyId: 'r8-survey',
      occasion: 'firstDay',
      answers: [
        { type: 'scale', questionId: 'efficiency', value: 4 },
        { type: 'choice', questionId: 'place', chosen: ['自宅'] },
        { type: 'choice', questionId: 'trouble', chosen: ['紙の資料', '通信環境'] },
        { type: 'text', questionId: 'comment', text: COMMENT },
      ],
    },
  ]);
  for (const personal of [NAME, STAFF_ID, DEPT, TITLE, '2026-', 'answeredAt']) expect(text, personal).not.toContain(personal);

  // Nothing of it in the report files the person hands in.
  for (const f of await exportedReport(page, techo)) {
    expect(f.bytes.includes(Buffer.from(COMMENT)), f.name).toBe(false);
    expect(f.bytes.includes(Buffer.from('r8-survey')), f.name).toBe(false);
  }
  // Answered: no more offer.
  await techo.open('today');
  await expect(page.getByTestId('now-strip')).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
});

test('with the name: the answers travel in the exported JSON report', async ({ page, techo }) => {
  await startTheDay(page, techo);
  await offer(page).getByRole('button', { name: 'アンケートに回答する' }).click();
  await page.getByRole('group', { name: '仕事と生活の調和(ワーク・ライフ・バランス)は良くなりましたか。' }).getByRole('radio', { name: '5 そう思う' }).check();
  await page.getByRole('textbox', { name: '実施要領の見直しへの意見をお書きください。' }).fill(COMMENT);
  await page.getByRole('radio', { name: '氏名を付けて報告ファイルに含める(日報ファイルと一緒に提出され、所属長と総務課が読みます)' }).check();
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('status').filter({ hasText: '回答は氏名を付けて、JSON形式で書き出す日報ファイル' })).toContainText('日報ファイル(JSON)を出力し直して提出してください');
  await expect(page.getByRole('button', { name: '回答ファイルを保存する' })).toHaveCount(0);

  const files = await exportedReport(page, techo);
  const json = files.find((f) => /^daily-report_.*\.json$/.test(f.name))!;
  const report = JSON.parse(json.bytes.toString('utf8'));
  expect(report.staff).toMatchObject({ name: NAME, staffId: STAFF_ID });
  expect(report.survey).toEqual([
    {
      trialId: 'r8-trial',
      surveyId: 'r8-survey',
      occasion: 'firstDay',
      answeredAt: expect.stringMatching(/^2026-11-25T/),
      answers: [
        { type: 'scale', questionId: 'balance', value: 5 },
        { type: 'text', questionId: 'comment', text: COMMENT },
      ],
    },
  ]);
});

test('回答しない on the offer: it goes away and stays away; the survey can still be answered from the menu', async ({ page, techo }) => {
  await startTheDay(page, techo);
  await offer(page).getByRole('button', { name: '回答しない' }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(page.getByText('回答しないことを記録しました。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /の計画/ })).toBeFocused();
  await techo.restart();
  await techo.open('today');
  await expect(page.getByTestId('now-strip')).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  await techo.open('survey');
  await expect(page.getByText('この回は「回答しない」を選んでいます。')).toBeVisible();
  // An empty answer is refused with what to do, beside nothing in particular: at the form's foot.
  await page.getByRole('radio', { name: /^匿名で回答する\(氏名・職員番号を含まない別ファイルを保存して提出します。匿名の回答は5件以上集まったときだけ集計されます。/ }).check();
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('alert')).toHaveText('1つ以上の質問に回答してください。回答しない場合は「回答しない」を押してください。');
});

test('staff outside the trial’s target 課 are not asked: no offer and no アンケート in the menu', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: '建設課' } })));
  await ok(techo.api.recordSetTime({ date: DATE, field: 'start', minutes: 8 * 60 + 30, reason: '' }));
  await ok(techo.api.recordSetTime({ date: DATE, field: 'end', minutes: 17 * 60 + 15, reason: '' }));
  await techo.open('today');
  await expect(page.getByTestId('now-strip')).toBeVisible();
  await expect(page.getByRole('link', { name: 'アンケート' })).toHaveCount(0);
  await expect(offer(page)).toHaveCount(0);
  // Back in a target 課 (the settings changed): the same day is asked about.
  await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: DEPT } })));
  await expect(offer(page)).toContainText('(初回のテレワークの後)に回答をお願いします。');
  await expect(page.getByRole('link', { name: 'アンケート' })).toBeVisible();
});
