/**
 * CSV that opens cleanly in Japanese Excel: RFC 4180 quoting (csv-stringify), CRLF, UTF-8 with a
 * BOM by default (without it Excel reads Shift_JIS and shows 文字化け), or CP932 on request — with
 * the characters CP932 cannot hold reported, never silently turned into "?".
 *
 * This is the one CSV writer of the app (daily, details, team, aggregate): every rule about what
 * a cell may do lives here, so no caller can forget one.
 * - A text cell starting with = + - @ TAB CR or their full-width forms ＝ ＋ － ＠ gets a leading
 *   `'`: Excel and Calc run such cells as formulas (Japanese IMEs type the full-width forms, and
 *   Excel normalises them to formulas too).
 * - A field holding CR, LF, a quote or a comma, and every neutralised field, is quoted.
 *   csv-stringify quotes a lone LF only when told to; unquoted, Calc splits the row there.
 * - Text that a spreadsheet would read as a number (職員番号 007123 → 7123) is written with the
 *   same leading `'` through `keepAsText`; `="007123"` would keep the zeros too, but it is a formula.
 */
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';

export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** OWASP's advice: prefix a quote so the cell is shown as text. Numbers are left as numbers. */
export function neutralise(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A text value that must stay text in a spreadsheet although it looks like a number (IDs with
 * leading zeros, "1E3"): starting with a digit, it gets the leading `'` a spreadsheet user reads as
 * "text". Systems reading the CSV strip one leading `'` from any cell, as for neutralised cells.
 */
export function keepAsText(value: string): string {
  return /^[0-9]/.test(value) ? `'${value}` : value;
}

/** Quote fields with a separator, quote or line break, and every neutralised one (its `'` then sits inside the quotes). */
const MUST_QUOTE = [/[\r\n",]/, /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/];

/**
 * Unicode characters whose JIS form Windows (CP932) writes with a different code point: map them
 * the way Excel on Windows shows them (e.g. 〜 WAVE DASH → ～ FULLWIDTH TILDE, 0x8160).
 */
const WINDOWS_FORMS: Record<string, string> = {
  '\u301C': '\uFF5E', // 〜 → ～
  '\u2212': '\uFF0D', // − → －
  '\u2016': '\u2225', // ‖ → ∥
  '\u2014': '\u2015', // — → ―
  '\u00A2': '\uFFE0', // ¢ → ￠
  '\u00A3': '\uFFE1', // £ → ￡
  '\u00AC': '\uFFE2', // ¬ → ￢
};

export function toWindowsForms(text: string): string {
  return text.replace(/[\u301C\u2212\u2016\u2014\u00A2\u00A3\u00AC]/g, (c) => WINDOWS_FORMS[c]!);
}

/** The characters of `text` that CP932 cannot hold (after the Windows mappings), each once. */
export function unencodableInCp932(text: string): string[] {
  const windows = toWindowsForms(text);
  // Fast path: the whole text round-trips (the usual case); otherwise test each distinct character once.
  if (iconv.decode(iconv.encode(windows, 'CP932'), 'CP932') === windows) return [];
  return [...new Set(windows)].filter((ch) => iconv.decode(iconv.encode(ch, 'CP932'), 'CP932') !== ch);
}

export interface CsvFile {
  bytes: Uint8Array;
  /** Characters that could not be written (CP932 only); they appear as "?" in the file. */
  lost: string[];
}

export function csvForExcel(header: readonly string[], rows: readonly Cell[][], encoding: CsvEncoding): CsvFile {
  const text = stringify([header as string[], ...rows.map((r) => r.map(neutralise))], { record_delimiter: 'windows', quoted_match: MUST_QUOTE });
  if (encoding === 'utf8bom') return { bytes: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])), lost: [] };
  const lost = unencodableInCp932(text);
  return { bytes: new Uint8Array(iconv.encode(toWindowsForms(text), 'CP932')), lost };
}
