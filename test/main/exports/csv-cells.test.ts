/**
 * CSV that no cell can break (issue #13, item 1): every CSV the app writes goes through one writer
 * that quotes line breaks, quotes and commas, neutralises formula starts (half- and full-width) and
 * keeps 職員番号 as text; names, IDs and 命令・許可 refuse control characters at input.
 * Read back here with a strict RFC 4180 parser; real-clients.test.ts opens the same files in Calc.
 */
import { describe, expect, it } from 'vitest';
import { csvForExcel } from '../../../main/exports/csv-for-excel.js';
import { HOSTILE, HOSTILE_NOTE, STAFF_ID, everyCsv } from '../../helpers/hostile-report.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();

/** RFC 4180 as Excel reads it: a field is quoted or holds no quote, CR, LF or comma. Throws otherwise. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i]!)) {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    }
    else if (i >= text.length) return row.length > 1 || row[0] !== '' ? [...rows, row] : rows;
    else throw new Error(`record break that is not CRLF at ${i}`);
  }
}

const utf8 = (b: Buffer) => b.subarray(3).toString('utf8');

describe('CSV that no cell can break', () => {
  it('the writer quotes CR, LF, quotes and commas, and neutralises = + - @ TAB CR ＝ ＋ － ＠ inside quotes', () => {
    const cells = ['a\nb', 'a\rb', 'x"y', 'x,y', '=1+2', '+1', '-1', '@x', '\tx', '\rx', '＝SUM(A1)', '＋1', '－1', '＠x', 'plain', '髙﨑𠮷'];
    const text = utf8(Buffer.from(csvForExcel(cells.map((_, i) => `h${i}`), [cells, [-5, null, 0]], 'utf8bom').bytes));
    expect(text.split('\r\n')[1]).toBe(
      '"a\nb","a\rb","x""y","x,y","\'=1+2","\'+1","\'-1","\'@x","\'\tx","\'\rx","\'＝SUM(A1)","\'＋1","\'－1","\'＠x",plain,髙﨑𠮷',
    );
    // Numbers stay numbers (a negative minute count is not a formula).
    expect(text.split('\r\n')[2]).toBe('-5,,0');
  });

  it('a hostile report keeps each field in one cell in every CSV (daily, details, team/aggregate), UTF-8 and CP932', async () => {
    for (const encoding of ['utf8bom', 'cp932'] as const) {
      const csv = (await everyCsv(tempDir(), encoding)).files;
      const decode = (b: Buffer) => (encoding === 'utf8bom' ? utf8(b) : new TextDecoder('shift_jis').decode(b));
      // CP932 cannot hold 𠮷: it becomes "?" (and is reported); everything else must survive.
      const expected = (s: string) => (encoding === 'utf8bom' ? s : s.replace('𠮷', '?'));
      for (const [which, bytes] of Object.entries(csv)) {
        const rows = parseCsv(decode(bytes));
        const width = rows[0]!.length;
        expect(rows.every((r) => r.length === width), which).toBe(true);
        for (const row of rows.slice(1)) {
          expect(row[0], which).toBe(`'${STAFF_ID}`);
          expect(row[1], which).toBe(expected(HOSTILE));
          for (const cell of row) expect(cell, `${which}: ${cell}`).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
        }
        if (which === 'details') {
          expect(rows.length).toBeGreaterThanOrEqual(3); // header + one row per 予定 (two planned, the break)
          for (const row of rows.slice(1)) {
            expect(row[7]).toBe(`'@${expected(HOSTILE)}`);
            expect(row[10]).toBe(`'${HOSTILE_NOTE}`);
          }
        } else {
          expect(rows).toHaveLength(2); // header + one day
          expect(rows[1]![2]).toBe(`'=HYPERLINK("x")\n${expected(HOSTILE)}`);
          expect(rows[1]![20]).toBe(`'-1\n${expected(HOSTILE)}`);
        }
      }
    }
  });

  it('names, 所属, the supervisor name and 命令・許可 refuse control characters at input, with the message for the field', async () => {
    const app = testApp(tempDir(), fakeClock());
    const r = app.router;
    const s = (await r.dispatch('settings:get', undefined)) as { data: Record<string, unknown> & { profile: Record<string, string> } };
    for (const [field, value] of [['name', '山田\n=1+2'], ['department', '企画課\t'], ['supervisorName', '課長\u2028'], ['staffId', '007\n123']] as const) {
      const res = await r.dispatch('settings:update', { ...s.data, profile: { ...s.data.profile, [field]: value } });
      expect(res.ok, field).toBe(false);
      if (!res.ok) expect(res.error.fields?.[`profile.${field}`], field).toMatch(field === 'staffId' ? /半角英数字/ : /制御文字は使えません/);
    }
    const ok = await r.dispatch('settings:update', { ...s.data, profile: { ...s.data.profile, name: '髙﨑 𠮷子', staffId: STAFF_ID } });
    expect(ok.ok).toBe(true);
    const permission = await r.dispatch('record:setPermission', { date: '2026-11-25', permissionRef: '命令第1号\n=1+2' });
    expect(permission.ok).toBe(false);
    if (!permission.ok) expect(permission.error.fields?.permissionRef).toMatch(/制御文字は使えません/);
    expect((await r.dispatch('record:setPermission', { date: '2026-11-25', permissionRef: '命令第1号' })).ok).toBe(true);
  });
});
