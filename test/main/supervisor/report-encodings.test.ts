import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli.js';
import { decodeReportBytes } from '../../../main/supervisor/report-encoding.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
const SJIS_REFUSED = '文字コードが UTF-8 ではありません(Shift_JIS の可能性)。テレワーク手帳から出力したままのファイルを読み込んでください。';

/** One real report; ソ is 0x83 0x5C in Shift_JIS, so the name holds a '\' trail byte. */
async function report(name = '山田 花子') {
  return staffReport(tempDir(), { staffId: '000123', name }, { '2026-11-25': [510, 1035] });
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const utf8bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

async function importInWindow(files: Record<string, Buffer>) {
  const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 19, 0).getTime()));
  const res = await app.router.dispatch('supervisor:import', {
    files: Object.entries(files).map(([name, bytes]) => ({ name, size: bytes.length, base64: bytes.toString('base64') })),
  });
  const data = (res as { ok: true; data: { accepted: number; rejected: { name: string; reason: string }[] } }).data;
  const view = (await app.router.dispatch('supervisor:view', { date: '2026-11-25' })) as { data: { status: { name: string }[] } };
  return { ...data, names: view.data.status.map((s) => s.name) };
}

function cliIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (l: string) => out.push(l), stderr: (t: string) => err.push(t), now: () => Date.parse('2026-11-25T10:00:00Z'), version: 'test' } };
}

describe('report encodings: one decoder for the window and the command line', () => {
  it('reads UTF-8 with and without BOM and UTF-16 LE/BE with BOM as the same text', async () => {
    const text = await report();
    for (const bytes of [Buffer.from(text, 'utf8'), utf8bom(text), utf16le(text), utf16be(text)]) {
      expect(decodeReportBytes(bytes)).toEqual({ ok: true, text: text.replace(/^\uFEFF/, '') });
    }
  });

  it('UTF-16 without a BOM is refused as not UTF-8, not read as broken JSON', async () => {
    expect(decodeReportBytes(Buffer.from(await report(), 'utf16le'))).toEqual({ ok: false, likely: 'unknown' });
  });

  it('the window accepts UTF-16LE and UTF-8 BOM files with the names intact', async () => {
    const text = await report();
    const r = await importInWindow({ 'le.json': utf16le(text), 'bom.json': utf8bom(text) });
    expect(r).toMatchObject({ accepted: 2, rejected: [] });
    expect(r.names).toEqual(['山田 花子']);
  });

  it('the window refuses a Shift_JIS file, and one with a 0x5C trail byte, with the same message', async () => {
    const plain = iconv.encode(await report(), 'Shift_JIS');
    const withBackslash = iconv.encode(await report('曽根 ソラ'), 'Shift_JIS');
    expect(withBackslash.includes(Buffer.from([0x83, 0x5c]))).toBe(true);
    const r = await importInWindow({ 'sjis.json': plain, 'sjis-5c.json': withBackslash });
    expect(r.accepted).toBe(0);
    expect(r.rejected).toEqual([
      { name: 'sjis.json', reason: SJIS_REFUSED },
      { name: 'sjis-5c.json', reason: SJIS_REFUSED },
    ]);
    expect(r.names).toEqual([]);
  });

  it('the command line reads UTF-16LE and refuses Shift_JIS (also with a 0x5C trail byte) in validate and aggregate', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'le.json'), utf16le(await report()));
    fs.writeFileSync(path.join(dir, 'sjis.json'), iconv.encode(await report(), 'CP932'));
    fs.writeFileSync(path.join(dir, 'sjis-5c.json'), iconv.encode(await report('曽根 ソラ'), 'CP932'));
    const files = ['le.json', 'sjis-5c.json', 'sjis.json'].map((f) => path.join(dir, f));

    const v = cliIo();
    expect(await runCli(['validate', ...files], v.io)).toBe(1);
    expect(v.out).toEqual([`OK  ${files[0]} (日報)`, `NG  ${files[1]}: ${SJIS_REFUSED}`, `NG  ${files[2]}: ${SJIS_REFUSED}`]);

    const a = cliIo();
    const out = path.join(tempDir(), 'team.csv');
    expect(await runCli(['aggregate', dir, '--out', out], a.io)).toBe(1);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv).toContain('山田 花子');
    expect(csv).not.toContain('\uFFFD');
    expect(a.err.filter((l) => l.startsWith('NG'))).toEqual([`NG  ${files[1]}: ${SJIS_REFUSED}\n`, `NG  ${files[2]}: ${SJIS_REFUSED}\n`]);
  });

  it('a report from a newer version says so and names the version, in the window and the command line', async () => {
    const newer = JSON.stringify({ ...JSON.parse(await report()), version: 3, somethingNew: true });
    const r = await importInWindow({ 'v2.json': Buffer.from(newer) });
    expect(r.rejected).toEqual([{ name: 'v2.json', reason: '新しい版(v3)の日報ファイルです。テレワーク手帳を更新してください。' }]);
    const file = path.join(tempDir(), 'v2.json');
    fs.writeFileSync(file, newer);
    const v = cliIo();
    await runCli(['validate', file], v.io);
    expect(v.out).toEqual([`NG  ${file}: 新しい版(v3)の日報ファイルです。テレワーク手帳を更新してください。`]);
  });

  it('text already decoded with replacement characters (a Shift_JIS file read as UTF-8) is refused, never kept garbled', async () => {
    const garbled = iconv.encode(await report(), 'Shift_JIS').toString('utf8');
    const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 19, 0).getTime()));
    const res = await app.router.dispatch('supervisor:import', { files: [{ name: 'g.json', size: garbled.length, text: garbled }] });
    expect(res).toMatchObject({ ok: true, data: { accepted: 0, rejected: [{ name: 'g.json', reason: expect.stringMatching(/^文字コードが UTF-8 ではありません/) }] } });
  });
});
