/**
 * LibreOffice Calc for the real-client tests: where its binary is (undefined when not installed — the
 * tests skip, saying why) and how to read the CSV it writes when converting a workbook's sheets.
 */
import { spawnSync } from 'node:child_process';

export const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0);

/** Calc's CSV: RFC 4180 quoting, records ended by LF (a line break inside a quoted cell is kept). */
export function parseCalcCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}
