/**
 * `telework-techo org-summary <folder>`: the same figures as the window's orgSummary:import, printed
 * as text and written as JSON / a workbook; exit codes as the other commands (0 all read, 1 some file
 * not read, 2 wrong usage or no trial).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ORG_TRIAL_TEXT, filesOf, trialFolder } from '../../helpers/trial-files.js';
import { ok } from '../../helpers/typed-client.js';
import { xlsxSheets } from '../../helpers/xlsx-cells.js';

const tempDir = useTempDir();

function cli() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdout: (l: string) => stdout.push(l), stderr: (t: string) => stderr.push(t), now: () => Date.parse('2026-12-21T10:00:00+09:00'), version: 'test' };
  return { io, stdout, stderr };
}

async function folderOnDisk(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('telework-techo org-summary', () => {
  it('prints and writes the same figures as the window, and exits 1 naming each file it could not read', async () => {
    const folder = await trialFolder(tempDir);
    const dir = await folderOnDisk(folder);
    const org = path.join(tempDir(), 'org.json');
    fs.writeFileSync(org, ORG_TRIAL_TEXT);
    const out = path.join(tempDir(), 'out', 'summary.json');
    const { io, stdout, stderr } = cli();
    expect(await runCli(['org-summary', dir, '--org', org, '--out', out], io)).toBe(1);

    const app = testApp(tempDir(), fakeClock(Date.parse('2026-12-21T10:00:00+09:00')));
    await ok(app.api.orgImport({ text: ORG_TRIAL_TEXT }));
    // The window sends the files in the order it read them; the folder is read in name order.
    const files = filesOf(folder).sort((a, b) => a.name.localeCompare(b.name));
    const fromWindow = await ok(app.api.orgSummaryImport({ files }));
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(fromWindow);

    expect(stderr.join('')).toContain('NG  other.json: テレワーク手帳の日報ファイルでもアンケートの回答ファイルでもありません。');
    expect(stderr.join('')).toContain('NG  answers-other.json: 別の試行またはアンケートの回答です');
    expect(stdout[0]).toBe('令和8年度 テレワーク試行 実施状況');
    expect(stdout).toContain('  全体: 2/3人(66.7%) / 目標(2日以上)を満たした職員: 1人');
    expect(stdout).toContain('  管理職: 1/1人(100%) / 目標(2日以上)を満たした職員: 0人');
    // The column headings and the total row in the window's words (one word per thing).
    expect(stdout.find((l) => l.trim().startsWith('課 '))!.trim().split(/\s{2,}/).slice(0, 5)).toEqual(['課', '対象職員', 'テレワークした職員', '参加率', '目標を満たした職員']);
    expect(stdout.find((l) => l.trim().startsWith('合計'))!.trim().split(/\s{2,}/)).toEqual(['合計', '3', '2', '66.7%', '1', '1/1', '4', '5時間35分', '1時間5分']);
    expect(stdout.find((l) => l.trim().startsWith('企画課'))!.trim().split(/\s{2,}/)).toEqual(['企画課', '1', '1', '100%', '1', '0/0', '3', '2時間50分', '1時間5分']);
    expect(stdout).toContain('未実施の職員: 1人');
    expect(stdout).toContain('  100003  鈴木 次郎  総務課  主事');
    // The one anonymous answer (fewer than 5) is not compiled, and the text says so.
    expect(stdout).toContain('  テレワーク試行アンケート(回答 1件: 氏名付き 1件・匿名 0件/初回のテレワークの後 1件・試行期間の終わり 0件)');
    expect(stdout).toContain('  匿名の回答が5件未満のため、匿名の回答は集計に含めていません(回答した人が分かるおそれがあるため)。');
    expect(stdout).toContain('    1(そう思わない): 0、2: 0、3: 0、4: 1、5(そう思う): 0 / 平均 4.0');
    expect(stdout).toContain('    紙の資料: 1件、電子決裁: 0件、通信環境: 1件、相談のしにくさ: 0件、特になし: 0件(複数回答)');
    expect(stdout).toContain('    - 紙の資料が多く、持ち帰りに困った。');
    expect(stdout.join('\n')).not.toContain('通信が遅い日があった。');
    // Free text is listed without the name of whoever wrote it.
    const freeText = stdout.slice(stdout.findIndex((l) => l.includes('自由記述')));
    for (const n of ['山田', '佐藤', '鈴木', '100001']) expect(freeText.join('\n')).not.toContain(n);
    expect(stdout.at(-1)).toBe(`${out} に書き出しました。`);
  });

  it('takes the trial from an organisation file in the folder, exits 0 when every file was read, and writes the workbook', async () => {
    const folder = await trialFolder(tempDir);
    const good = Object.fromEntries(Object.entries(folder).filter(([name]) => !['answers-other.json', 'truncated.json', 'other.json'].includes(name)));
    const dir = await folderOnDisk({ ...good, 'org-defaults.json': ORG_TRIAL_TEXT });
    const out = path.join(tempDir(), 'summary.xlsx');
    const { io, stdout, stderr } = cli();
    expect(await runCli(['org-summary', dir, '--out', out], io), stderr.join('')).toBe(0);
    expect(stdout).toContain('読み込んだファイル: 日報 5件、回答ファイル 1件');
    expect([...xlsxSheets(fs.readFileSync(out)).keys()]).toEqual(['参加状況(課別)', '未実施の職員', '職員別・月別', 'アンケート集計', '自由記述']);
  });

  it('refuses, with exit 2, a folder without a trial, a missing folder and an --out it cannot write; speaks English with --lang en', async () => {
    const folder = await trialFolder(tempDir);
    const dir = await folderOnDisk({ 'sato.json': folder['sato.json']! });
    let run = cli();
    expect(await runCli(['org-summary', dir], run.io)).toBe(2);
    expect(run.stderr.join('')).toContain('テレワーク試行が設定されていません。試行を定めた庁内共通の設定ファイルを選んでください。');
    run = cli();
    expect(await runCli(['org-summary', path.join(dir, 'nowhere')], run.io)).toBe(2);
    expect(run.stderr.join('')).toContain('集計するフォルダー(日報ファイルと回答ファイル)を指定してください。');
    run = cli();
    expect(await runCli(['org-summary', dir, '--out', 'summary.csv'], run.io)).toBe(2);
    expect(run.stderr.join('')).toContain('--out は .xlsx・.pdf・.json のいずれかで終わるファイル名にしてください(summary.csv)。');
    const org = path.join(tempDir(), 'org.json');
    fs.writeFileSync(org, '{"format": "telework-techo/org-defaults", "version": 1, "trial": {}}');
    run = cli();
    expect(await runCli(['org-summary', dir, '--org', org], run.io)).toBe(2);
    expect(run.stderr.join('')).toMatch(/行目/);
    fs.writeFileSync(org, ORG_TRIAL_TEXT);
    run = cli();
    expect(await runCli(['org-summary', dir, '--org', org, '--lang', 'en'], run.io)).toBe(0);
    expect(run.stdout).toContain('  All staff: 1/1 (100%) / Staff who met the goal (2+ days): 0 people');
    expect(run.stdout).toContain('Staff who have not teleworked yet: 0 people');
  });
});
