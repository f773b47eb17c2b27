import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { fakeClock } from '../../helpers/fake-clock.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { changeSettings } from '../../helpers/settings.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();

async function team() {
  const yamada = await staffReport(tempDir(), { staffId: '000123', name: '山田 花子' }, { '2026-11-24': [510, 1035], '2026-11-25': [510, 23 * 60] });
  const sato = await staffReport(tempDir(), { staffId: '000456', name: '佐藤 一郎' }, { '2026-11-25': [480, 1035] });
  const supervisor = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 19, 0).getTime()));
  return { yamada, sato, supervisor, api: supervisor.api };
}

describe('supervisor view', () => {
  it('imports good files, lists each bad one with its reason, and merges duplicates', async () => {
    const { yamada, sato, api } = await team();
    const res = await api.supervisorImport({
      files: [
        { name: 'yamada.json', size: yamada.length, text: yamada },
        { name: 'yamada-again.json', size: yamada.length, text: yamada },
        { name: 'sato.json', size: sato.length, text: sato },
        { name: 'truncated.json', size: 200, text: sato.slice(0, 200) },
        { name: 'wrong.json', size: 60, text: JSON.stringify({ format: 'telework-techo/daily-report', version: 1, staff: {} }) },
        { name: 'other.json', size: 20, text: '{"hello": "world"}' },
        { name: 'huge.json', size: 50 * 1024 * 1024 },
      ],
    });
    expect(res).toMatchObject({ ok: true, data: { accepted: 3, staff: 2 } });
    const { rejected } = ok(res);
    expect(rejected.map((x) => x.name)).toEqual(['truncated.json', 'wrong.json', 'other.json', 'huge.json']);
    expect(rejected[0]!.reason).toMatch(/^JSON として読めません\(\d+行目: [^A-Za-z]+\)。/);
    expect(rejected[1]!.reason).toMatch(/^日報の形式が正しくありません/);
    expect(rejected[2]!.reason).toBe('テレワーク手帳の日報ファイルではありません。');
    expect(rejected[3]!.reason).toBe('ファイルが大きすぎます(50.0 MB。上限 20 MB)。期間を分けて出力してください。');

    const view = await ok(api.supervisorView({ date: '2026-11-25' }));
    expect(view.status.map((s) => [s.name, s.present, s.telework, s.planned, s.done, s.startReportAt !== null, s.endReportAt])).toEqual([
      ['山田 花子', true, true, 2, 1, true, null],
      ['佐藤 一郎', true, true, 2, 1, true, null],
    ]);
    expect(view.exceptions.map((e) => `${e.date} ${e.name} ${e.kind} ${e.minutes}`)).toEqual([
      '2026-11-25 山田 花子 outsideHours 345',
      '2026-11-25 山田 花子 lateNight 60',
      '2026-11-25 山田 花子 missingPermission 0',
      '2026-11-25 佐藤 一郎 outsideHours 30',
      '2026-11-25 佐藤 一郎 missingPermission 0',
    ]);
    expect(view.totals.find((x) => x.name === '山田 花子')).toMatchObject({ month: '2026-11', monthMinutes: 345, fiscalYear: 2026, yearMinutes: 345, overMonth: false });
  });

  it('records who checked a day and when, and writes one consolidated CSV with the check', async () => {
    const { yamada, sato, api, supervisor } = await team();
    await ok(api.supervisorImport({ files: [yamada, sato].map((text, i) => ({ name: `${i}.json`, size: text.length, text })) }));
    await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, name: '鈴木 課長' } })));
    const checks = await api.supervisorCheck({ staffId: '000123', date: '2026-11-25' });
    expect(checks).toMatchObject({ ok: true, data: [{ staffId: '000123', date: '2026-11-25', by: '鈴木 課長', at: new Date(supervisor.clock.now()).toISOString() }] });
    const csv = await ok(api.supervisorExportCsv({ encoding: 'cp932' }));
    const text = iconv.decode(Buffer.from(csv.base64, 'base64'), 'CP932');
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^職員番号,氏名,.*,修正有無,確認者,確認日時$/);
    expect(lines).toHaveLength(5); // header, 山田 ×2, 佐藤 ×1, final CRLF
    expect(lines.find((l) => l.startsWith("'000123") && l.includes('2026-11-25'))).toMatch(/,鈴木 課長,2026-11-25 \d\d:\d\d$/);
    expect(csv.lost).toEqual([]);
  });

  it('the consolidated CSV is Japanese whatever the UI language (headers and cells alike)', async () => {
    const { yamada, sato, api } = await team();
    await ok(api.supervisorImport({ files: [yamada, sato].map((text, i) => ({ name: `${i}.json`, size: text.length, text })) }));
    const csv = async () => (await ok(api.supervisorExportCsv({ encoding: 'utf8bom' }))).base64;
    const inJapanese = await csv();
    await ok(changeSettings(api, (s) => ({ ...s, language: 'en' })));
    const inEnglish = await csv();
    expect(inEnglish).toBe(inJapanese);
    const text = Buffer.from(inEnglish, 'base64').toString('utf8');
    expect(text).toContain(',在宅勤務,'); // 勤務形態, from the catalogue (English would be "Working from home")
    expect(text).toContain(',要確認,');
  });
});
