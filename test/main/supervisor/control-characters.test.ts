/**
 * A report file whose 氏名, 職員番号, 所属 or 命令・許可 holds a control character (CR, LF, TAB, another
 * C0 or C1 control, U+2028/2029) is refused whole — in the 所属長の確認画面 (supervisor:import) and at
 * the command line (validate, aggregate) — with a reason naming the field; never imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { type OneLineField, hostileReport, reportWith } from '../../helpers/hostile-report.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();

const because = (field: string) => `${field}に改行・タブなどの制御文字が含まれているため、読み込みませんでした。この職員に、${field}を1行に直して日報を出力し直すよう依頼してください。`;
const REASON: Record<OneLineField, string> = {
  name: because('氏名'),
  staffId: because('職員番号'),
  department: because('所属'),
  permissionRef: `11月25日の${because('命令・許可')}`,
};

const CASES: [OneLineField, string, string][] = [
  ['name', 'CR', '山田\r花子'],
  ['name', 'LF', '山田\n花子'],
  ['name', 'ESC (C0)', '山田\u001b[31m花子'],
  ['staffId', 'TAB', '007\t123'],
  ['staffId', 'NUL', '007123\u0000'],
  ['department', 'NEL (C1)', '企画課\u0085'],
  ['department', 'U+2028', '企画課\u2028=1+2'],
  ['department', 'DEL', '企画課\u007f'],
  ['permissionRef', 'U+2029', '命令第1号\u2029'],
  ['permissionRef', 'CR LF', '命令第1号\r\n=HYPERLINK("x")'],
];

const asFile = (name: string, text: string) => ({ name, size: Buffer.byteLength(text), base64: Buffer.from(text).toString('base64') });

function cliIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (l: string) => out.push(l), stderr: (t: string) => err.push(t), now: () => Date.parse('2026-11-25T10:00:00Z'), version: 'test' } };
}

describe('report files with control characters in a one-line field', () => {
  it.each(CASES)('the 所属長の確認画面 refuses a %s with %s, naming the field, and imports nothing of it', async (field, _what, text) => {
    const hostile = await reportWith(tempDir(), field, text);
    const good = await staffReport(tempDir(), { staffId: '000456', name: '佐藤 一郎' }, { '2026-11-25': [510, 1035] });
    const { api } = testApp(tempDir(), fakeClock());
    const res = await ok(api.supervisorImport({ files: [asFile('hostile.json', hostile), asFile('good.json', good)] }));
    expect(res).toEqual({ accepted: 1, rejected: [{ name: 'hostile.json', reason: REASON[field] }], staff: 1 });
    const view = await ok(api.supervisorView({ date: '2026-11-25' }));
    expect(view.status.map((s) => s.name)).toEqual(['佐藤 一郎']);
  });

  it('the hostile report of the CSV tests (test/helpers/hostile-report.ts) is refused through IPC, in the UI language', async () => {
    const { json } = await hostileReport(tempDir());
    const { api } = testApp(tempDir(), fakeClock());
    expect(await ok(api.supervisorImport({ files: [asFile('yamada.json', json)] }))).toEqual({ accepted: 0, rejected: [{ name: 'yamada.json', reason: REASON.name }], staff: 0 });
    const settings = await ok(api.settingsGet());
    await ok(api.settingsUpdate({ ...settings, language: 'en' }));
    const en = await ok(api.supervisorImport({ files: [asFile('yamada.json', json)] }));
    expect(en.rejected[0]!.reason).toBe('Not imported: the name holds a line break, a tab or another control character. Ask this member of staff to put the name on one line and export the report again.');
  });

  it('a one-line field may hold what is not a control character: 髙﨑𠮷, a full-width space, a formula sign', async () => {
    const text = await reportWith(tempDir(), 'name', '髙﨑　𠮷子 =1+2');
    const { api } = testApp(tempDir(), fakeClock());
    expect(await ok(api.supervisorImport({ files: [asFile('ok.json', text)] }))).toMatchObject({ accepted: 1, rejected: [] });
  });

  it('the command line: validate says NG with the reason, aggregate leaves the file out of the CSV and lists it; both exit 1', async () => {
    const dir = tempDir();
    for (const [field, what, text] of CASES) fs.writeFileSync(path.join(dir, `${field}-${what.replace(/\W+/g, '_')}.json`), await reportWith(tempDir(), field, text));
    fs.writeFileSync(path.join(dir, 'good.json'), await staffReport(tempDir(), { staffId: '000456', name: '佐藤 一郎' }, { '2026-11-25': [510, 1035] }));
    const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));

    const validate = cliIo();
    expect(await runCli(['validate', ...files], validate.io)).toBe(1);
    const lines = validate.out.map((l) => l.replace(dir + path.sep, ''));
    expect(lines).toContain('OK  good.json (日報)');
    for (const [field, what] of CASES) expect(lines).toContain(`NG  ${field}-${what.replace(/\W+/g, '_')}.json: ${REASON[field]}`);

    const out = path.join(tempDir(), 'team.csv');
    const aggregate = cliIo();
    expect(await runCli(['aggregate', dir, '--out', out], aggregate.io)).toBe(1);
    const rows = fs.readFileSync(out, 'utf8').split('\r\n').filter((l) => l !== '');
    expect(rows).toHaveLength(2); // the header and 佐藤's one day
    expect(rows[1]).toMatch(/^'000456,佐藤 一郎,/);
    for (const [field] of CASES) expect(aggregate.err.join('')).toContain(REASON[field]);
    expect(aggregate.out).toEqual([`1ファイル・職員 1人を集計し ${out} に書き出しました。`]);
  });
});
