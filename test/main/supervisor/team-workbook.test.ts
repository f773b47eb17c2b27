/**
 * The 所属長's Excel workbook (supervisor:exportXlsx, issue #13 item 2): everyone's days with the 確認
 * trail, every 予定 and 中抜け, and a 年度 sheet of 時間外勤務 per month against the limits the view
 * uses (45 h a month, 360 h a 年度), the months over the limit stressed. Read from the file's XML;
 * real-clients.test.ts opens the workbooks in LibreOffice Calc.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../main/supervisor/team.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { xlsxSheets } from '../../helpers/xlsx-cells.js';

const tempDir = useTempDir();

/** Working days of November 2026 from the 2nd, 8:30 to 22:45: 5:30 outside hours each. */
const lateDays = (count: number) => Object.fromEntries(['02', '04', '05', '06', '09', '10', '11', '12', '13', '16'].slice(0, count).map((d) => [`2026-11-${d}`, [510, 1365] as [number, number]]));

describe('supervisor:exportXlsx', () => {
  it('one workbook for the team: days with who checked them, 予定・中抜け, and the 年度 against the limits', async () => {
    const yamada = await staffReport(tempDir(), { staffId: '000123', name: '山田 花子' }, lateDays(9)); // 49:30 in November
    const sato = await staffReport(tempDir(), { staffId: '000456', name: '佐藤 一郎' }, { '2026-11-25': [510, 1035] });
    const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 19, 0).getTime()));
    await app.router.dispatch('supervisor:import', { files: [{ name: 'y.json', size: yamada.length, text: yamada }, { name: 's.json', size: sato.length, text: sato }] });
    await app.router.dispatch('supervisor:check', { staffId: '000456', date: '2026-11-25' });
    const res = (await app.router.dispatch('supervisor:exportXlsx', undefined)) as { ok: true; data: { name: string; base64: string } };
    expect(res.ok).toBe(true);
    expect(res.data.name).toBe('team_2026-11-25.xlsx');
    const sheets = xlsxSheets(Buffer.from(res.data.base64, 'base64'));
    expect([...sheets.keys()]).toEqual(['日別', '予定・中抜け', '令和8年度 時間外勤務']);

    const days = sheets.get('日別')!.rows;
    const col = (name: string) => days[0]!.findIndex((c) => c?.text === name);
    expect(days).toHaveLength(1 + 9 + 1);
    const sato25 = days.find((r) => r[0]?.text === '000456')!;
    expect(sato25[col('確認者')]).toMatchObject({ type: 's', text: '所属長' });
    expect(sato25[col('確認日時')]).toMatchObject({ type: 'n' }); // a date and time, not text
    expect(sheets.get('予定・中抜け')!.rows).toHaveLength(1 + 10 * 3); // each day: 資料作成, 休憩, 計画書確認

    const year = sheets.get('令和8年度 時間外勤務')!;
    const header = year.rows[0]!.map((c) => c?.text);
    expect(header).toEqual(['職員番号', '氏名', '所属', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '年度計', '月45時間を超えた月', '年度360時間']);
    const rowOf = (id: string) => year.rows.find((r) => r[0]?.text === id)!;
    const november = header.indexOf('11月');
    const minutes = (cell: { text: string } | undefined) => Math.round(Number(cell?.text) * 1440);
    expect(minutes(rowOf('000123')[november])).toBe(9 * 330);
    expect(9 * 330).toBeGreaterThan(DEFAULT_LIMITS.monthlyOutsideMinutes);
    expect(rowOf('000123')[header.indexOf('月45時間を超えた月')]?.text).toBe('11月');
    expect(rowOf('000456')[header.indexOf('月45時間を超えた月')]).toBeUndefined();
    expect(minutes(rowOf('000123')[header.indexOf('年度計')])).toBe(9 * 330);
    // The month over the limit is stressed (its own style); the same column under the limit is not.
    const styleOf = (cell: { ref: string }) => new RegExp(`<c r="${cell.ref}" s="(\\d+)"`).exec(year.sheetXml)![1];
    expect(styleOf(rowOf('000123')[november]!)).not.toBe(styleOf(rowOf('000456')[november]!));
  });
});
