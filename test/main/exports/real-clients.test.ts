/**
 * Every CSV the app writes, opened by a spreadsheet nobody here wrote: LibreOffice Calc headless
 * (the stand-in for Japanese Excel) converts each to .xlsx with the encoding declared, as
 * ENGINEERING.md says, and the sheet XML is read back cell by cell. Proves that a hostile report
 * (line breaks, = + - @ and ＝, quotes, commas, 髙﨑𠮷) yields no formula cell and no split row,
 * that each field stays text in its one cell, and that 職員番号 007123 stays a text cell.
 * Skipped, saying why, where soffice is not installed (`npm test` installs it as root on Debian).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_NOTE, STAFF_ID, everyCsv } from '../../helpers/hostile-report.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { xlsxRows } from '../../helpers/xlsx-cells.js';

const tempDir = useTempDir();
const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0);
const SKIP_REASON = 'soffice (LibreOffice) が見つからないため省略 / skipped: soffice not found (apt-get install libreoffice-calc)';
if (!soffice) console.warn(SKIP_REASON);

/**
 * Converts each CSV to .xlsx in one soffice run. The charset token is LibreOffice's rtl_TextEncoding
 * number: 76 = UTF-8, 60 = MS_932 (CP932). "932" is not one: Calc then reads the bytes as Latin-1
 * (checked: 名前 came back as ¼O), so a CP932 test with 932 would pass on garbage or fail for nothing.
 */
function convert(dir: string, csvFiles: string[], charset: 76 | 60): void {
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  const run = spawnSync(
    soffice!,
    ['--headless', '--norestore', `-env:UserInstallation=${profile}`, `--infilter=CSV:44,34,${charset},1`, '--convert-to', 'xlsx', '--outdir', dir, ...csvFiles],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}

const COLUMN = { staffId: 0, name: 1, department: 2, permission: 20, title: 7, note: 10 } as const;

describe('real clients: LibreOffice Calc reads every CSV cell by cell', () => {
  for (const encoding of ['utf8bom', 'cp932'] as const) {
    it(`a hostile report stays text in one cell, with no formula cell, in the daily, details and team CSVs (${encoding})`, async (ctx) => {
      if (!soffice) return ctx.skip(SKIP_REASON);
      const dir = tempDir();
      const { doc, files } = await everyCsv(dir, encoding);
      const csvFiles = Object.entries(files).map(([which, bytes]) => {
        const file = path.join(dir, `${which}.csv`);
        fs.writeFileSync(file, bytes);
        return file;
      });
      convert(dir, csvFiles, encoding === 'utf8bom' ? 76 : 60);
      // CP932 cannot hold 𠮷 (the export warns and writes "?"); Calc keeps a line break inside a cell as LF.
      const expected = (s: string) => (encoding === 'utf8bom' ? s : s.replace('𠮷', '?')).replace(/\r\n?/g, '\n');
      const detailRowCount = doc.days.reduce((n, d) => n + d.blocks.length + d.record.interruptions.length, 0);
      for (const [which, rowCount] of [['daily', 1], ['details', detailRowCount], ['team', 1]] as const) {
        const { rows, sheetXml } = xlsxRows(fs.readFileSync(path.join(dir, `${which}.xlsx`)));
        expect(sheetXml, `${which}: no formula cell`).not.toMatch(/<f[\s>]/);
        expect(rows, `${which}: header + one row per record, none split`).toHaveLength(1 + rowCount);
        expect(Math.max(...rows.map((r) => r.length)), `${which}: no cell beyond the header's last column`).toBe(rows[0]!.length);
        for (const row of rows.slice(1)) {
          const cell = (i: number) => row[i]!;
          expect(cell(COLUMN.staffId), `${which}: 職員番号`).toMatchObject({ type: 's', text: `'${STAFF_ID}`, formula: false });
          expect(cell(COLUMN.name), `${which}: 氏名`).toMatchObject({ type: 's', text: expected(HOSTILE) });
          if (which === 'details') {
            expect(cell(COLUMN.title).text).toBe(expected(`'@${HOSTILE}`));
            expect(cell(COLUMN.note).text).toBe(expected(`'${HOSTILE_NOTE}`));
          } else {
            expect(cell(COLUMN.department).text).toBe(expected(`'=HYPERLINK("x")\n${HOSTILE}`));
            expect(cell(COLUMN.permission).text).toBe(expected(`'-1\n${HOSTILE}`));
          }
        }
      }
    }, 60_000);
  }
});
