/**
 * Text that names something (氏名, 職員番号, 所属, 命令・許可) is one line: a line break or another
 * control character in it makes no sense, and it splits CSV rows, report headings and file names
 * downstream. Refused where the user types it, with the message shown beside the field.
 *
 * Only input schemas use it, not the stored documents: a file written before this rule (a name
 * with a line break) still loads, and the CSV writer quotes what it holds.
 */
import { z } from 'zod';

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** `schema` refined to refuse control characters with the message `v.singleLine`. */
export function singleLine<S extends z.ZodType<string>>(schema: S) {
  return schema.refine((text) => !hasControlCharacter(text), { error: 'v.singleLine' });
}
