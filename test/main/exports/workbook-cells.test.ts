/**
 * The workbook writer with text a string table keyed by a plain object would break (the reason
 * write-excel-file was not chosen: it wrote 「constructor」 as `function Object() { [native code] }`),
 * and characters XML 1.0 cannot hold. Read back from the file's XML.
 */
import { describe, expect, it } from 'vitest';
import { staffWorkbook } from '../../../main/supervisor/team-workbook.js';
import { reportDocumentSchema } from '../../../shared/reports/report-document.js';
import { STAFF_ID } from '../../helpers/hostile-report.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { xlsxSheets } from '../../helpers/xlsx-cells.js';

const tempDir = useTempDir();

describe('workbook text cells', () => {
  it('「constructor」, 「__proto__」 and 「toString」 are text cells holding exactly that; XML-forbidden characters become U+FFFD', async () => {
    const doc = reportDocumentSchema.parse(JSON.parse(await staffReport(tempDir(), { staffId: STAFF_ID, name: '山田 花子' }, { '2026-11-25': [510, 1035] })));
    doc.staff = { ...doc.staff, name: 'constructor', department: '__proto__' };
    doc.days[0]!.blocks = doc.days[0]!.blocks.map((b, i) => ({ ...b, title: ['toString', 'hasOwnProperty', 'valueOf'][i % 3]!, note: `a\uFFFFb\uD800c\u0001d` }));
    const sheets = xlsxSheets(Buffer.from(await staffWorkbook(doc, 'Asia/Tokyo')));
    const day = sheets.get('日別')!.rows[1]!;
    expect(day.slice(0, 3)).toMatchObject([{ type: 's', text: STAFF_ID }, { type: 's', text: 'constructor' }, { type: 's', text: '__proto__' }]);
    const details = sheets.get('予定・中抜け')!.rows.slice(1);
    expect(details.map((r) => r[7]?.text)).toEqual(['toString', 'hasOwnProperty', 'valueOf']);
    // exceljs drops C0 controls; U+FFFF and a lone surrogate are replaced here.
    expect(details.map((r) => r[10]?.text)).toEqual(Array(3).fill('a\uFFFDb\uFFFDcd'));
  });
});
