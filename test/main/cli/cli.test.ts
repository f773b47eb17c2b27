import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookUpMachineBrowser } from '../../../main/browser/machine-browser-lookup.js';
import { runCli } from '../../../main/cli/run-cli.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { xlsxSheets } from '../../helpers/xlsx-cells.js';

const tempDir = useTempDir();
const root = path.resolve(import.meta.dirname, '../../..');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (l: string) => out.push(l), stderr: (t: string) => err.push(t), now: () => Date.parse('2026-11-25T10:00:00Z'), version: 'test' } };
}

/** A folder with two good reports, a truncated one, a wrong-schema one and an organisation file. */
async function folder() {
  const dir = tempDir();
  const staffDir = tempDir();
  fs.writeFileSync(path.join(dir, 'yamada.json'), await staffReport(staffDir, { staffId: '000123', name: '山田 花子' }, { '2026-11-25': [510, 1080] }));
  fs.writeFileSync(path.join(dir, 'sato.json'), await staffReport(tempDir(), { staffId: '000456', name: '佐藤 一郎' }, { '2026-11-25': [510, 1035] }));
  fs.writeFileSync(path.join(dir, 'truncated.json'), fs.readFileSync(path.join(dir, 'sato.json'), 'utf8').slice(0, 300));
  fs.writeFileSync(path.join(dir, 'wrong.json'), JSON.stringify({ format: 'telework-techo/daily-report', version: 9 }));
  fs.copyFileSync(path.join(root, 'test/fixtures/org-defaults.json'), path.join(dir, 'org.json'));
  return { dir, staffDir };
}

describe('command line', () => {
  afterEach(() => void vi.unstubAllEnvs());
  it('validate: one line per file, non-zero exit if any is bad', async () => {
    const { dir } = await folder();
    const files = ['org.json', 'sato.json', 'truncated.json', 'wrong.json', 'yamada.json'].map((f) => path.join(dir, f));
    const { out, io: cli } = io();
    expect(await runCli(['validate', ...files], cli)).toBe(1);
    expect(out.map((l) => l.replace(dir + path.sep, ''))).toEqual([
      'OK  org.json (庁内共通の設定)',
      'OK  sato.json (日報)',
      expect.stringMatching(/^NG {2}truncated\.json: JSON として読めません\(\d+行目/),
      "NG  wrong.json: 新しい版(v9)の日報ファイルです。テレワーク手帳を更新してください。", // a newer version is named (issue #13)
      'OK  yamada.json (日報)',
    ]);
    const good = io();
    expect(await runCli(['validate', files[1]!, files[4]!], good.io)).toBe(0);
  });

  it('aggregate: the consolidated CSV from a folder, bad files listed on stderr with progress', async () => {
    const { dir } = await folder();
    const out = path.join(tempDir(), 'team.csv');
    const run = io();
    expect(await runCli(['aggregate', dir, '--out', out], run.io)).toBe(1);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.filter((l) => /^'\d{6},/.test(l)).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(["'000123,山田 花子", "'000456,佐藤 一郎"]);
    expect(run.err.join('')).toMatch(/NG {2}.*truncated\.json/);
    expect(run.err.join('')).toContain('5/5 ファイル');
    expect(run.out).toEqual([`2ファイル・職員 2人を集計し ${out} に書き出しました。`]);
  });

  it('aggregate: the team workbook for --out team.xlsx or --format xlsx; another format is refused with the two it takes', async () => {
    const { dir } = await folder();
    for (const args of [['--out', path.join(tempDir(), 'team.xlsx')], ['--format', 'xlsx', '--out', path.join(tempDir(), 'team-book')]]) {
      const run = io();
      expect(await runCli(['aggregate', dir, ...args], run.io)).toBe(1); // the truncated and wrong files
      const sheets = xlsxSheets(fs.readFileSync(args.at(-1)!));
      expect([...sheets.keys()]).toEqual(['日別', '予定・中抜け', '令和8年度 時間外勤務']);
      expect(sheets.get('日別')!.rows.slice(1).map((r) => [r[0]!.text, r[1]!.text])).toEqual([['000123', '山田 花子'], ['000456', '佐藤 一郎']]);
    }
    const bad = io();
    expect(await runCli(['aggregate', dir, '--format', 'json', '--out', path.join(tempDir(), 'team.json')], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/^不明な形式です: json。aggregate の --format には csv, xlsx のどちらかを指定してください。\n使い方/);
  });

  it('aggregate --time-zone: the report times in the zone named (Asia/Tokyo by default); an unknown zone is refused', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'yamada.json'), await staffReport(tempDir(), { staffId: '000123', name: '山田 花子' }, { '2026-11-25': [510, 1080] }, Date.parse('2026-11-25T18:00:00+09:00')));
    const startReportTime = async (...zone: string[]) => {
      const out = path.join(tempDir(), 'team.csv');
      expect(await runCli(['aggregate', dir, '--out', out, ...zone], io().io)).toBe(0);
      return fs.readFileSync(out, 'utf8').split('\r\n')[1]!.split(',').at(-5); // 始業報告時刻, then 終業報告時刻, 修正有無, 確認者, 確認日時
    };
    expect(await startReportTime()).toBe('18:00');
    expect(await startReportTime('--time-zone', 'Asia/Bangkok')).toBe('16:00');
    const bad = io();
    expect(await runCli(['aggregate', dir, '--out', path.join(tempDir(), 'x.csv'), '--time-zone', 'JST'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('--time-zone: タイムゾーンは Asia/Tokyo のような IANA の名前');
  });

  it('export: straight from an app data folder, without changing it', async () => {
    const { staffDir } = await folder();
    const before = fs.readdirSync(staffDir, { recursive: true }).map(String).sort();
    const outDir = tempDir();
    const run = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'csv,json,ics,md', '--out', outDir], run.io)).toBe(0);
    expect(fs.readdirSync(outDir).sort()).toEqual([
      'daily-report-details_000123_2026-11-01_2026-11-30.csv',
      'daily-report.schema.json',
      'daily-report_000123_2026-11-01_2026-11-30.csv',
      'daily-report_000123_2026-11-01_2026-11-30.json',
      'daily-report_000123_2026-11-01_2026-11-30.md',
      'telework_000123_2026-11-01_2026-11-30.ics',
    ]);
    expect(fs.readdirSync(staffDir, { recursive: true }).map(String).sort()).toEqual(before);
  });

  it('export: all seven formats at once, and --encoding honoured (issue #13: refused with a bare message; cp932 written as UTF-8 with BOM)', async () => {
    const { staffDir } = await folder();
    const outDir = tempDir();
    const run = io();
    // A stand-in browser is not needed to show the contract takes all six: with none, the PDF is what is missing, said so.
    vi.stubEnv('CHROMIUM_PATH', path.join(tempDir(), 'no-such-chromium'));
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'csv,xlsx,json,md,html,pdf,ics', '--out', outDir], run.io)).toBe(2);
    expect(run.err.join('')).toMatch(/^PDF を作るためのブラウザー/);
    expect(run.err.join('')).not.toContain('入力内容に誤りがあります');
    vi.unstubAllEnvs();
    if (lookUpMachineBrowser().ok) {
      // With a browser on this machine (npm test installs Chromium): all six, written.
      const six = io();
      expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'csv,xlsx,json,md,html,pdf,ics', '--out', outDir], six.io)).toBe(0);
      expect(six.out.map((f) => path.extname(f)).sort()).toEqual(['.csv', '.csv', '.html', '.ics', '.json', '.json', '.md', '.pdf', '.xlsx']);
    }

    const cp932 = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'csv', '--encoding', 'cp932', '--out', outDir], cp932.io)).toBe(0);
    const bytes = fs.readFileSync(path.join(outDir, 'daily-report_000123_2026-11-25_2026-11-25.csv'));
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(iconv.decode(bytes, 'CP932')).toContain('山田 花子');
    const utf8 = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'csv', '--out', outDir], utf8.io)).toBe(0);
    expect([...fs.readFileSync(path.join(outDir, 'daily-report_000123_2026-11-25_2026-11-25.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const bad = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--encoding', 'sjis', '--out', outDir], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/^--encoding には utf8bom, cp932 のどれかを指定してください\(指定された値: sjis\)。\n使い方 \/ usage:/);
    expect(bad.err.join('')).toContain('--format csv,xlsx,json,md,html,pdf,ics [--encoding utf8bom|cp932]');
  });

  it('export: a refused request names each field on its own line, not only 「入力内容に誤りがあります」', async () => {
    const { staffDir } = await folder();
    const run = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-30', '--to', '2026-11-01', '--format', 'json', '--out', tempDir()], run.io)).toBe(2);
    expect(run.err.join('')).toBe('終了日は開始日と同じ日か、それより後の日にしてください。\n  to: 終了日は開始日と同じ日か、それより後の日にしてください。\n');
  });

  it('export reads a data folder written by an older version (migrating in memory, writing nothing)', async () => {
    const { staffDir } = await folder();
    const file = path.join(staffDir, 'settings.json');
    const old = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete old.webhook;
    fs.writeFileSync(file, JSON.stringify({ ...old, schemaVersion: 4 }));
    const before = fs.readFileSync(file);
    const run = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'json', '--out', tempDir()], run.io)).toBe(0);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('export refuses a damaged data folder without touching it; bad usage exits 2 with a message', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'days'));
    fs.writeFileSync(path.join(dir, 'days', '2026-11.json'), '{"schemaVersion":1,"days":{');
    const run = io();
    expect(await runCli(['export', '--data-dir', dir, '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'csv', '--out', tempDir()], run.io)).toBe(2);
    expect(run.err.join('')).toContain('読み込めないファイルがあります(変更せずに中止しました)');
    expect(fs.readdirSync(path.join(dir, 'days'))).toEqual(['2026-11.json']);
    for (const args of [[], ['frobnicate'], ['aggregate', dir], ['export', '--data-dir', dir, '--from', '2026-02-30', '--to', '2026-03-01', '--out', dir], ['export', '--data-dir', dir, '--from', '2026-01-01', '--to', '2026-01-02', '--format', 'pdfx', '--out', dir]]) {
      const u = io();
      expect(await runCli(args, u.io), args.join(' ')).toBe(2);
      expect(u.err.join('')).toContain('使い方 / usage:');
    }
  });

  it('export --format pdf without a browser: says how to get the printable HTML or a browser, exit 2, nothing written', async () => {
    // The real browser lookup, told to use a browser that is not there (it never falls back to another one).
    vi.stubEnv('CHROMIUM_PATH', path.join(tempDir(), 'no-such-chromium'));
    const { staffDir } = await folder();
    const outDir = tempDir();
    const run = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'csv,pdf', '--out', outDir], run.io)).toBe(2);
    expect(run.err.join('')).toBe(
      'PDF を作るためのブラウザー(Microsoft Edge・Google Chrome・Chromium)が見つかりません。--format html で印刷用 HTML を書き出すか、ブラウザーを入れるか、環境変数 CHROMIUM_PATH にブラウザーの実行ファイルを指定してください。\n',
    );
    expect(fs.readdirSync(outDir)).toEqual([]);
    const en = io();
    expect(await runCli(['export', '--data-dir', staffDir, '--from', '2026-11-25', '--to', '2026-11-25', '--format', 'pdf', '--out', outDir, '--lang', 'en'], en.io)).toBe(2);
    expect(en.err.join('')).toMatch(/^No browser to make the PDF .* Use --format html/);
  });

  it.skipIf(!fs.existsSync(path.join(root, 'dist/cli/cli.js')))('runs as the built bin entry (skipped until `npm run build` made dist/cli/cli.js)', async () => {
    const { dir } = await folder();
    let code = 0;
    try {
      execFileSync(process.execPath, [path.join(root, 'dist/cli/cli.js'), 'validate', path.join(dir, 'yamada.json'), path.join(dir, 'wrong.json')], { encoding: 'utf8' });
    } catch (error) {
      code = (error as { status: number }).status;
      expect((error as { stdout: string }).stdout).toMatch(/OK {2}.*yamada\.json[\s\S]*NG {2}.*wrong\.json/);
    }
    expect(code).toBe(1);
  });
});
