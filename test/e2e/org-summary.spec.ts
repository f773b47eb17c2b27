/**
 * 試行の集計 (issue #17): 総務課 chooses the organisation file that defines the trial, imports the folder
 * of three staff members' report files and one anonymous answer file, and sees the participation,
 * the staff member who has not teleworked, the manager counted and the survey compiled — free text
 * without names; then saves the workbook and the printable summary (PDF) and they say the same.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ja } from '../../shared/i18n/ja.js';
import { ANONYMOUS_COMMENT, NAMED_COMMENT, ORG_TRIAL_FILE, STAFF, folderFiles, trialFolder, trialStaffReport } from '../helpers/trial-reports.js';
import { xlsxSheets } from '../helpers/xlsx-cells.js';
import { expect, ok, refused, test } from './fixtures.js';

const NAMES = STAFF.map((s) => s.name);
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test.use({ pdf: true });

test('試行の集計: the organisation file and the folder read; participation, the one not yet teleworking, the manager, the survey without names; workbook and PDF saved', async ({ page, techo }) => {
  test.setTimeout(90_000);
  const folder = await trialFolder();
  // The files as the staff app wrote them: 佐藤's anonymous answers carry no identity anywhere —
  // not in the answer file (name, contents), not in his report; 山田's named answer is in hers.
  const files = new Map(fs.readdirSync(folder).map((n) => [n, fs.readFileSync(path.join(folder, n), 'utf8')]));
  const answerFiles = [...files].filter(([n]) => n.startsWith('survey-answers'));
  // Its name carries only the trial, the occasion and the file's random id.
  expect(answerFiles.map(([n]) => n)).toEqual([expect.stringMatching(/^survey-answers-r8-trial-firstDay-[0-9a-f]{8}\.json$/)]);
  const [answerName, answerText] = answerFiles[0]!;
  expect(answerText).toContain(ANONYMOUS_COMMENT);
  for (const trace of ['佐藤', '一郎', '100002', '企画課', '主事', 'answeredAt', 'staff']) expect(answerName + answerText, trace).not.toContain(trace);
  expect(answerText).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no date or instant that could be matched to a report
  const sato = files.get('daily-report_100002.json')!;
  expect(sato).not.toContain(ANONYMOUS_COMMENT);
  expect(JSON.parse(sato).survey).toBeUndefined();
  const named = JSON.parse(files.get('daily-report_100001.json')!).survey as { occasion: string; answeredAt: string }[];
  expect(named.map((r) => [r.occasion, Date.parse(r.answeredAt)])).toEqual([['end', Date.parse('2026-12-18T17:00:00+09:00')]]);
  for (const [name, text] of files) if (name !== 'daily-report_100002.json') expect(text.includes('100002') && text.includes(ANONYMOUS_COMMENT), name).toBe(false);
  // This app (総務課's own) has no trial set: the summary needs the organisation file.
  expect((await ok(techo.api.settingsGet())).trial).toBeNull();

  await techo.open('org');
  await expect(page.getByRole('heading', { level: 2, name: '試行の集計' })).toBeVisible();
  await expect(page.getByTestId('org-trial-source')).toHaveText(ja.orgView.trialFile.none);
  await expect(page.getByText('まだ日報ファイルが読み込まれていません。')).toBeVisible();

  // Without the organisation file, reading the folder is refused with what to do, and nothing is shown.
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByRole('alert')).toHaveText(ja.orgSummary.noTrial);
  await expect(page.getByTestId('org-trial')).toHaveCount(0);

  // An organisation file without a trial: said beside the file chooser.
  const noTrial = path.join(folder, '..', `org-no-trial-${path.basename(folder)}.json`);
  fs.writeFileSync(noTrial, JSON.stringify({ format: 'telework-techo/org-defaults', version: 1 }));
  await page.getByLabel('庁内共通の設定ファイルを選ぶ').setInputFiles(noTrial);
  // The file is read before the folder is chosen, as a person would see it named first.
  await expect(page.getByTestId('org-trial-source')).toHaveText(`集計に使うファイル: ${path.basename(noTrial)}`);
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByRole('group', { name: '試行を定める庁内共通の設定' }).getByRole('alert')).toHaveText(ja.orgSummary.orgFileNoTrial);
  fs.rmSync(noTrial);

  await page.getByLabel('庁内共通の設定ファイルを選ぶ').setInputFiles(ORG_TRIAL_FILE);
  await expect(page.getByTestId('org-trial-source')).toHaveText('集計に使うファイル: org-trial.json');
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByTestId('org-status')).toHaveText('日報ファイル 3件、回答ファイル 1件を読み込みました。');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The trial counted against: name, period, rule.
  const trial = page.getByTestId('org-trial');
  await expect(trial.getByRole('heading', { level: 3 })).toHaveText('試行: 令和8年度 テレワーク試行');
  await expect(trial).toContainText('令和8年(2026年)11月9日(月)〜令和8年(2026年)12月18日(金)');
  await expect(trial).toContainText('期間中にテレワーク 2日以上');
  await expect(trial).toContainText('企画課、総務課、税務課');

  // Participation: 2 of 3 teleworked, 1 met the rule; the manager (課長) teleworked twice.
  const participation = page.getByTestId('org-participation');
  await expect(participation.getByRole('row', { name: /^全体/ })).toHaveText(/全体\s*3人\s*2\/3人\(66\.7%\)\s*1\/3人\(33\.3%\)/);
  await expect(participation.getByRole('row', { name: /^管理職/ })).toHaveText(/管理職\s*1人\s*1\/1人\(100%\)\s*1\/1人\(100%\)/);

  // By 課: 企画課 2 staff both teleworked (3 days, 1時間 after hours on a telework day); 総務課 none.
  const byDepartment = page.getByTestId('org-by-department');
  // The same column headings and total row as the workbook, the printable page and the command line.
  await expect(byDepartment.getByRole('columnheader')).toHaveText(['課', '対象職員', 'テレワークした職員', '目標を満たした職員', '管理職(テレワークした/人数)', 'テレワーク日数', '時間外勤務(期間計)', 'うちテレワーク日']);
  await expect(byDepartment.getByRole('row', { name: /^合計/ })).toHaveText(/合計\s*3人\s*2\/3人/);
  await expect(byDepartment.getByRole('row', { name: /^企画課/ })).toHaveText(/企画課\s*2人\s*2\/2人\(100%\)\s*1\/2人\(50%\)\s*1\/1人\s*3日\s*1時間\s*1時間/);
  await expect(byDepartment.getByRole('row', { name: /^総務課/ })).toHaveText(/総務課\s*1人\s*0\/1人\(0%\)\s*0\/1人\(0%\)\s*0\/0人\s*0日\s*0分\s*0分/);

  // Not yet teleworking: 鈴木 三郎 only.
  const notYet = page.getByTestId('org-not-yet');
  await expect(notYet.getByRole('heading', { level: 3 })).toHaveText('未実施の職員(1人)');
  await expect(notYet.getByRole('row', { name: /鈴木 三郎/ })).toHaveText(/100003\s*鈴木 三郎\s*総務課\s*主任\s*—/);
  await expect(notYet.getByRole('row')).toHaveCount(2);

  // Per person and month, filtered by 課.
  const byMonth = page.getByTestId('org-by-month');
  await expect(byMonth.getByRole('columnheader')).toHaveText(['氏名', '所属', '役職', '11月', '12月', '合計', '目標', '時間外勤務']);
  await expect(byMonth.getByRole('row', { name: /山田 花子/ })).toHaveText(/山田 花子\s*企画課\s*課長\s*\(管理職\)\s*2\s*0\s*2\s*達成\s*1時間/);
  await expect(byMonth.getByRole('row', { name: /佐藤 一郎/ })).toHaveText(/佐藤 一郎\s*企画課\s*主事\s*0\s*1\s*1\s*未達成/);
  await byMonth.getByLabel('表示する課').selectOption('総務課');
  await expect(byMonth.getByRole('row')).toHaveCount(2);
  await expect(byMonth.getByRole('table')).toHaveAccessibleName('総務課の職員別・月別のテレワーク日数');
  await expect(byMonth.getByRole('row', { name: /鈴木 三郎/ })).toBeVisible();

  // The survey: the named answer (in 山田's report) compiled; 佐藤's anonymous file is the only one
  // (fewer than 5), so it is not compiled anywhere — totals minus 山田's answers would give it away.
  const survey = page.getByTestId('org-survey');
  await expect(survey.getByRole('heading', { level: 3 })).toHaveText('アンケート集計: テレワーク試行アンケート');
  await expect(survey).toContainText('回答 1件(氏名付き 1件、匿名 0件)。初回のテレワークの後 0件、試行期間の終わり 1件。');
  await expect(survey).toContainText('匿名の回答が5件未満のため、匿名の回答は集計に含めていません(回答した人が分かるおそれがあるため)。');
  const efficiency = page.getByTestId('org-question-efficiency');
  await expect(efficiency.getByRole('columnheader')).toHaveText(['評価', '1(そう思わない)', '2', '3', '4', '5(そう思う)', '平均']);
  await expect(efficiency.getByRole('row', { name: /^件数/ })).toHaveText(/件数\s*0\s*0\s*0\s*0\s*1\s*5\.0/);
  const trouble = page.getByTestId('org-question-trouble');
  await expect(trouble.getByRole('row', { name: /^紙の資料/ })).toHaveText(/紙の資料\s*1/);
  await expect(trouble.getByRole('row', { name: /^相談のしにくさ/ })).toHaveText(/相談のしにくさ\s*0/);
  await expect(trouble).toContainText('複数回答');
  const comments = page.getByTestId('org-question-comment').getByRole('listitem');
  await expect(comments).toHaveCount(1);
  expect(await comments.allTextContents()).toEqual([NAMED_COMMENT]);
  expect(await survey.textContent()).not.toContain(ANONYMOUS_COMMENT);
  const surveyText = (await survey.textContent())!;
  for (const name of NAMES) expect(surveyText, `the survey section names ${name}`).not.toContain(name);

  // The workbook: the free-text sheet holds the comments and no name.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel ブックを保存' }).click();
  const book = await xlsxDownload;
  expect(book.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheets = xlsxSheets(fs.readFileSync((await book.path())!));
  const freeText = [...sheets.entries()].find(([name]) => name === ja.orgSummary.sheets.freeText)?.[1];
  expect(freeText, `a sheet named ${ja.orgSummary.sheets.freeText} in ${[...sheets.keys()].join(', ')}`).toBeDefined();
  const cells = (sheet: typeof freeText) => sheet!.rows.flat().map((c) => c?.text ?? '');
  expect(cells(freeText)).toContain(NAMED_COMMENT);
  expect(cells(freeText)).not.toContain(ANONYMOUS_COMMENT);
  expect(cells(sheets.get(ja.orgSummary.sheets.survey))).toContain('匿名の回答が5件未満のため、匿名の回答は集計に含めていません(回答した人が分かるおそれがあるため)。');
  for (const name of NAMES) expect(cells(freeText).join('\n')).not.toContain(name);
  expect(cells(sheets.get(ja.orgSummary.sheets.notYet))).toContain('鈴木 三郎');

  // The printable summary: its title and the participation rate, read back from the PDF.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '印刷用の集計(PDF)を保存' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfBytes = fs.readFileSync((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  if (hasPdftotext) {
    const text = execFileSync('pdftotext', ['-layout', (await pdf.path())!, '-'], { encoding: 'utf8' });
    expect(text).toContain('令和8年度 テレワーク試行 実施状況');
    expect(text).toMatch(/全体[^\n]*66\.7%/);
    expect(text.replace(/\s+/g, '')).toContain('匿名の回答が5件未満のため、匿名の回答は集計に含めていません(回答した人が分かるおそれがあるため)。');
  } else test.info().annotations.push({ type: 'skipped', description: 'pdftotext is not on PATH: the PDF text was not read back (apt-get install poppler-utils)' });

  // Cleared: the figures go, main holds nothing, the files are untouched.
  await page.getByRole('button', { name: '読み込んだ内容を消去' }).click();
  await expect(page.getByTestId('org-status')).toHaveText(ja.orgView.cleared);
  await expect(page.getByText('まだ日報ファイルが読み込まれていません。')).toBeVisible();
  expect(await ok(techo.api.orgSummaryCurrent())).toBeNull();
  expect(fs.readdirSync(folder)).toHaveLength(4);
  await refused(techo.api.orgSummaryExportXlsx());
  fs.rmSync(folder, { recursive: true, force: true });
});

test('試行の集計: with the trial set in this app, the folder is read at once; files it cannot read are listed with the reason', async ({ page, techo }) => {
  await ok(techo.api.orgImport({ text: fs.readFileSync(ORG_TRIAL_FILE, 'utf8') }));
  const folder = await trialFolder();
  fs.writeFileSync(path.join(folder, 'notes.json'), '{"memo": "not a report"}');
  fs.writeFileSync(path.join(folder, 'broken.json'), '{"format": "telework-techo/daily-report", ');
  fs.writeFileSync(path.join(folder, 'readme.txt'), 'not json at all');

  await techo.open('org');
  await expect(page.getByTestId('org-trial-source')).toHaveText('このアプリの試行: 令和8年度 テレワーク試行(令和8年(2026年)11月9日(月)〜令和8年(2026年)12月18日(金))');
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByTestId('org-status')).toHaveText('日報ファイル 3件、回答ファイル 1件を読み込みました。');
  const rejected = page.getByRole('region', { name: '読み込めなかったファイル' });
  await expect(rejected.getByRole('listitem')).toHaveCount(2);
  await expect(rejected).toContainText(`notes.json: ${ja.orgSummary.reasons.neither}`);
  await expect(rejected).toContainText('broken.json: JSON として読めません');
  await expect(page.getByTestId('org-participation').getByRole('row', { name: /^全体/ })).toContainText('2/3人(66.7%)');

  // The summary stays while 総務課 looks at another view and comes back.
  await techo.open('supervisor');
  await techo.open('org');
  await expect(page.getByTestId('org-participation').getByRole('row', { name: /^全体/ })).toContainText('2/3人(66.7%)');
  fs.rmSync(folder, { recursive: true, force: true });
});

test('試行の集計: files dropped onto the page are read (drag and drop)', async ({ page, techo }) => {
  await ok(techo.api.orgImport({ text: fs.readFileSync(ORG_TRIAL_FILE, 'utf8') }));
  const folder = await trialFolder();
  const files = fs.readdirSync(folder).map((name) => ({ name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  await techo.open('org');
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  await page.getByTestId('org-drop-zone').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('org-drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('org-status')).toHaveText('日報ファイル 3件、回答ファイル 1件を読み込みました。');
  await expect(page.getByTestId('org-not-yet')).toContainText('鈴木 三郎');
  fs.rmSync(folder, { recursive: true, force: true });
});

test('試行の集計 in English: the same figures, worded in English', async ({ page, techo }) => {
  await ok(techo.api.orgImport({ text: fs.readFileSync(ORG_TRIAL_FILE, 'utf8') }));
  const settings = await ok(techo.api.settingsGet());
  await ok(techo.api.settingsUpdate({ ...settings, language: 'en' }));
  const folder = await trialFolder();
  await techo.open('org');
  await expect(page.getByRole('heading', { level: 2, name: 'Trial summary' })).toBeVisible();
  await page.getByLabel('Choose a folder').setInputFiles(folder);
  await expect(page.getByTestId('org-status')).toHaveText('Report files read: 3; answer files: 1.');
  await expect(page.getByTestId('org-participation').getByRole('row', { name: /^All staff/ })).toHaveText(/All staff\s*3\s*2 of 3 \(66\.7%\)\s*1 of 3 \(33\.3%\)/);
  await expect(page.getByTestId('org-by-department').getByRole('row', { name: /^企画課/ })).toContainText('3 days');
  await expect(page.getByTestId('org-by-month').getByRole('columnheader')).toHaveText(['Name', 'Division', 'Title', 'Nov', 'Dec', 'Total', 'Rule', 'Overtime']);
  await expect(page.getByTestId('org-question-efficiency').getByRole('row', { name: /^Answers/ })).toHaveText(/Answers\s*0\s*0\s*0\s*0\s*1\s*5\.0/);
  await expect(page.getByTestId('org-survey')).toContainText('Fewer than 5 anonymous answers were read, so the anonymous answers are not compiled (the people who answered could be identified).');
  await expect(page.getByTestId('org-survey')).toContainText('Responses: 1 (named 1, anonymous 0); after the first telework day: 0, end of the trial period: 1.');
  fs.rmSync(folder, { recursive: true, force: true });
});


// The docs' picture (`UPDATE_DOCS_SCREENSHOT=1 npx playwright test org-summary` writes docs/images/org-summary.png).
for (const [width, height] of [[1366, 768], [1024, 640]] as const) {
  test(`試行の集計 at ${width}×${height}: nothing scrolls sideways; the long tables scroll in their own labelled region, reached by Tab`, async ({ page, techo }) => {
    await page.setViewportSize({ width, height });
    await ok(techo.api.orgImport({ text: fs.readFileSync(ORG_TRIAL_FILE, 'utf8') }));
    const folder = await trialFolder();
    await ok(techo.api.orgSummaryImport({ files: folderFiles(folder) }));
    await techo.open('org');
    await expect(page.getByTestId('org-participation')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: '職員別・月別のテレワーク日数(すべての課)(表。スクロールできます)' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await page.getByLabel('表示する課').focus();
    await page.keyboard.press('Tab');
    await expect(region).toBeFocused();
    const shot = await page.screenshot({ fullPage: true });
    fs.writeFileSync(test.info().outputPath(`org-summary-${width}x${height}.png`), shot);
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1' && width === 1366) {
      // From the trial's heading down (under the now strip, which stays pinned at the top).
      await page.evaluate(() => {
        const top = document.querySelector('[data-testid="org-trial"]')!.getBoundingClientRect().top;
        const strip = document.querySelector('.now-bar')?.getBoundingClientRect().height ?? 0;
        window.scrollBy(0, top - strip - 16);
      });
      fs.writeFileSync(path.resolve('docs/images/org-summary.png'), await page.screenshot());
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });
}

// A 長与町-size organisation: 300 staff in 25 課, read through the folder picker. The long tables stay usable.
test('試行の集計 with 300 staff in 25 課: read with progress; the not-yet list and the per-person table scroll in their regions; the filter narrows to one 課', async ({ page, techo }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 640 });
  const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));
  // One real report, handed out as 300 people's (each 3rd person without the telework days).
  const staffDir = tmp('techo-staff-');
  const base = JSON.parse(await trialStaffReport(staffDir, STAFF[0]!)) as { staff: object; days: { telework: boolean }[] };
  fs.rmSync(staffDir, { recursive: true, force: true });
  const folder = tmp('techo-trial300-');
  for (let i = 0; i < 300; i++) {
    const staff = { staffId: String(200000 + i), name: `職員 ${i}`, department: `第${(i % 25) + 1}課`, title: i < 25 ? '課長' : '主事' };
    const days = i % 3 === 0 ? base.days.filter((d) => !d.telework) : base.days;
    fs.writeFileSync(path.join(folder, `daily-report_${staff.staffId}.json`), JSON.stringify({ ...base, staff, days }));
  }
  // The organisation file's trial, for every 課.
  const org = JSON.parse(fs.readFileSync(ORG_TRIAL_FILE, 'utf8')) as { trial: { departments: string[] } };
  const orgFile = path.join(folder, '..', `${path.basename(folder)}-org.json`);
  fs.writeFileSync(orgFile, JSON.stringify({ ...org, trial: { ...org.trial, departments: [] } }));

  await techo.open('org');
  await page.getByLabel('庁内共通の設定ファイルを選ぶ').setInputFiles(orgFile);
  // Every text the status line shows while the folder is read.
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="org-status"]')!;
    const seen: string[] = ((window as unknown as { statusSeen: string[] }).statusSeen = []);
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
  });
  // Every orgSummary:import request the window makes: how many files, and whether it adds to the last one.
  await page.evaluate(() => {
    const w = window as unknown as { importCalls: string[]; __techoInvoke: (c: string, p: unknown) => Promise<unknown> };
    const invoke = w.__techoInvoke;
    w.importCalls = [];
    w.__techoInvoke = (channel, payload) => {
      const p = payload as { files: unknown[]; append?: boolean };
      if (channel === 'orgSummary:import') w.importCalls.push(`${p.files.length}${p.append ? '+' : ''}`);
      return invoke(channel, payload);
    };
  });
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByTestId('org-status')).toHaveText('日報ファイル 300件、回答ファイル 0件を読み込みました。', { timeout: 30_000 });
  // Sent in batches of 20 files, each after the first adding to it — never the whole folder in one request.
  expect(await page.evaluate(() => (window as unknown as { importCalls: string[] }).importCalls)).toEqual(['20', ...Array.from({ length: 14 }, () => '20+')]);
  const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
  expect(seen.filter((s) => /^読み込み中… \d+\/300/.test(s)).length, seen.join(' | ')).toBeGreaterThan(1);
  expect(seen).toContain('集計しています…');
  await expect(page.getByTestId('org-participation').getByRole('row', { name: /^全体/ })).toHaveText(/全体\s*300人\s*200\/300人\(66\.7%\)/);
  await expect(page.getByTestId('org-by-department').locator('tbody tr')).toHaveCount(25);
  await expect(page.getByTestId('org-not-yet').getByRole('heading', { level: 3 })).toHaveText('未実施の職員(100人)');

  // The long tables are no taller than their region (60 % of the window); the page never scrolls sideways.
  const regionHeights = await page.locator('.table-region.tall').evaluateAll((els) => els.map((e) => [e.clientHeight, e.scrollHeight]));
  expect(regionHeights).toHaveLength(2);
  for (const [client, scroll] of regionHeights) {
    expect(client).toBeLessThanOrEqual(Math.ceil(640 * 0.6));
    expect(scroll).toBeGreaterThan(client!);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  const byMonth = page.getByTestId('org-by-month');
  await byMonth.getByLabel('表示する課').selectOption({ label: '第1課(12人)' });
  await expect(byMonth.locator('tbody tr')).toHaveCount(12);
  await expect(byMonth.getByRole('table')).toHaveAccessibleName('第1課の職員別・月別のテレワーク日数');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(orgFile);
});

// A batch main refuses (here: made to fail on the way) is named file by file; what the other batches read is kept.
test('試行の集計: a batch that fails lists its files with the reason, and the files read before and after it are counted', async ({ page, techo }) => {
  const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));
  const staffDir = tmp('techo-staff-');
  const base = JSON.parse(await trialStaffReport(staffDir, STAFF[0]!)) as object;
  fs.rmSync(staffDir, { recursive: true, force: true });
  const folder = tmp('techo-trial45-');
  for (let i = 0; i < 45; i++) {
    const staff = { staffId: String(300000 + i), name: `職員 ${i}`, department: '企画課', title: '主事' };
    fs.writeFileSync(path.join(folder, `daily-report_${staff.staffId}.json`), JSON.stringify({ ...base, staff }));
  }
  const org = JSON.parse(fs.readFileSync(ORG_TRIAL_FILE, 'utf8')) as object;
  const orgFile = path.join(folder, '..', `${path.basename(folder)}-org.json`);
  fs.writeFileSync(orgFile, JSON.stringify(org));

  await techo.open('org');
  await page.getByLabel('庁内共通の設定ファイルを選ぶ').setInputFiles(orgFile);
  // The second orgSummary:import request fails before it reaches main.
  await page.evaluate(() => {
    const w = window as unknown as { __techoInvoke: (c: string, p: unknown) => Promise<unknown>; failedNames: string[] };
    const invoke = w.__techoInvoke;
    let calls = 0;
    w.__techoInvoke = (channel, payload) => {
      if (channel === 'orgSummary:import' && ++calls === 2) {
        w.failedNames = (payload as { files: { name: string }[] }).files.map((f) => f.name);
        return Promise.resolve({ ok: false, error: { code: 'internal', message: '予期しないエラーが起きました。' } });
      }
      return invoke(channel, payload);
    };
  });
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByTestId('org-status')).toHaveText('日報ファイル 25件、回答ファイル 0件を読み込みました。');
  const failedNames = await page.evaluate(() => (window as unknown as { failedNames: string[] }).failedNames);
  expect(failedNames).toHaveLength(20);
  const rejected = page.getByTestId('org-rejected').getByRole('listitem');
  await expect(rejected).toHaveText(failedNames.map((name) => `${name}: 予期しないエラーが起きました。`));
  await expect(page.getByTestId('org-participation').getByRole('row', { name: /^全体/ })).toHaveText(/全体\s*25人/);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(orgFile);
});
