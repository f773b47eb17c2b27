/**
 * The shared part of every export's file name: `<person>_<from>_<to>`. The person is the
 * 職員番号, or the name when there is none, so a 所属長 saving a team's mail attachments into one
 * folder gets one file per person instead of each overwriting the last.
 */
import type { ReportDocument } from '../../shared/reports/report-document.js';

/** Longest person part, in characters: keeps the whole name well under Windows' 255 and readable. */
const MAX_PERSON = 40;

/**
 * `text` made safe as part of a file name on Windows, macOS and Linux: characters Windows refuses
 * (< > : " / \ | ? *), control characters, whitespace and `_` (our separator) become `-`; dots and
 * hyphens at either end are dropped (a leading dot hides the file, a trailing one Windows removes).
 * Japanese stays as typed: every system the app runs on stores Unicode names.
 */
export function fileNameSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must go
  const safe = [...text.normalize('NFC').replace(/[<>:"/\\|?*_\s\u0000-\u001F\u007F-\u009F]+/g, '-')]
    .slice(0, MAX_PERSON)
    .join('');
  return safe.replace(/^[.-]+|[.-]+$/g, '');
}

export function exportFileBase(staff: ReportDocument['staff'], from: string, to: string): string {
  const person = fileNameSafe(staff.staffId) || fileNameSafe(staff.name);
  return person ? `${person}_${from}_${to}` : `${from}_${to}`;
}
