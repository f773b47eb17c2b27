/**
 * The sheets of an .xlsx as rows of cells, each row indexed by column (an empty cell is not
 * written in the XML, so it is a hole): reference, type (`s` shared string, `str` formula text,
 * `n` number…), text and whether the cell holds a formula. Regular expressions suffice for the
 * flat XML LibreOffice and exceljs write; this reads our test output, not arbitrary workbooks.
 */
import { zipEntries } from './zip-entries.js';

export interface SheetCell {
  ref: string;
  type: string;
  text: string;
  formula: boolean;
}

const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

/** "A" → 0, "AA" → 26. */
const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export function xlsxRows(xlsx: Buffer): { rows: (SheetCell | undefined)[][]; sheetXml: string } {
  return sheetRows(zipEntries(xlsx), 'xl/worksheets/sheet1.xml');
}

/** Every sheet by its name (xl/workbook.xml and its relationships say which file holds which), in workbook order. */
export function xlsxSheets(xlsx: Buffer): Map<string, { rows: (SheetCell | undefined)[][]; sheetXml: string }> {
  const entries = zipEntries(xlsx);
  const text = (name: string) => entries.get(name)?.toString('utf8') ?? '';
  const targets = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])![1]!, /Target="([^"]+)"/.exec(m[0])![1]!]));
  const sheets = new Map<string, { rows: (SheetCell | undefined)[][]; sheetXml: string }>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/name="([^"]*)"/.exec(m[0])![1]!);
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])![1]!)!.replace(/^\/?(xl\/)?/, '');
    sheets.set(name, sheetRows(entries, `xl/${target}`));
  }
  return sheets;
}

function sheetRows(entries: Map<string, Buffer>, sheetPath: string): { rows: (SheetCell | undefined)[][]; sheetXml: string } {
  const sheetXml = entries.get(sheetPath)?.toString('utf8') ?? '';
  const shared = [...(entries.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  );
  const rows = [...sheetXml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: (SheetCell | undefined)[] = [];
    for (const [, ref, attrs, body = ''] of row[1]!.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(attrs!)?.[1] ?? 'n';
      const value = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      cells[columnIndex(ref!)] = { ref: ref!, type, text: type === 's' ? shared[Number(value)]! : value, formula: /<f[\s>]/.test(body) };
    }
    return cells;
  });
  return { rows, sheetXml };
}
