/**
 * Reading staff report files one by one: size limit before parsing, JSON syntax, the report schema,
 * then the one-line fields (no control characters) — each rejected file gets a reason the supervisor can act on. Used by the supervisor view
 * and by the command line (validate / aggregate).
 */
import { parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { REPORT_VERSION, type ReportDocument, reportDocumentSchema } from '../../shared/reports/report-document.js';
import { orgDefaultsSchema, ORG_DEFAULTS_FORMAT } from '../../shared/org/org-defaults-schema.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { issueMessage } from '../../shared/ipc/validation-messages.js';
import { jsonDepthExceeds } from '../../shared/json/json-depth.js';
import { hasControlCharacter } from '../../shared/validation/single-line-text.js';
import { decodeReportBytes } from './report-encoding.js';

/** Larger files are refused unread (a month of one person is ~100 kB; a year ~1 MB). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type Rejection =
  | { code: 'encoding'; likely: 'shiftJis' | 'unknown' }
  | { code: 'newerVersion'; version: number }
  | { code: 'tooDeep' } | { code: 'tooLarge'; size: number } | { code: 'syntax'; line: number; detail: string } | { code: 'notReport' } | { code: 'schema'; path: string; detail: string }
  | { code: 'controlCharacter'; field: OneLineField; date?: string };

/** The fields the staff app keeps to one line (single-line-text.ts), which a file must not bring in otherwise. */
export type OneLineField = 'name' | 'staffId' | 'department' | 'title' | 'permissionRef';

export type ReadResult = { ok: true; doc: ReportDocument } | { ok: false; reason: Rejection };

function syntaxError(text: string): Rejection | undefined {
  // JSON.parse is fast; the syntax tree is only built to name the line of an error.
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    // fall through to locate it
  }
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const e = errors[0];
  if (!e) return { code: 'syntax', line: 1, detail: 'InvalidSymbol' };
  return { code: 'syntax', line: text.slice(0, e.offset).split('\n').length, detail: printParseErrorCode(e.error) };
}

export function parseReportText(text: string, size: number, t: TranslateFn): ReadResult {
  if (size > MAX_REPORT_BYTES) return { ok: false, reason: { code: 'tooLarge', size } };
  const clean = text.replace(/^\uFEFF/, '');
  if (jsonDepthExceeds(clean)) return { ok: false, reason: { code: 'tooDeep' } };
  if (clean.trim() === '') return { ok: false, reason: { code: 'syntax', line: 1, detail: 'empty' } };
  // Parsed once: the syntax tree that names the line of an error is only built when there is one.
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch {
    return { ok: false, reason: syntaxError(clean) ?? { code: 'syntax', line: 1, detail: 'InvalidSymbol' } };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== 'telework-techo/daily-report') {
    return { ok: false, reason: { code: 'notReport' } };
  }
  // A newer app's report may hold fields this version cannot read right: say so, naming the version.
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > REPORT_VERSION) {
    return { ok: false, reason: { code: 'newerVersion', version } };
  }
  const parsed = reportDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: { code: 'schema', path: issue.path.map(String).join('.') || '(root)', detail: issueMessage(issue, t) } };
  }
  const multiLine = multiLineField(parsed.data);
  if (multiLine) return { ok: false, reason: { code: 'controlCharacter', ...multiLine } };
  return { ok: true, doc: parsed.data };
}

/**
 * The first name, 職員番号, 所属, 役職 or 命令・許可 holding a line break, a tab or another control character
 * (C0, C1, U+2028/2029). The staff app refuses them at input; a file carrying one was edited or made
 * elsewhere, and would split the 所属長's CSV rows, headings and file names: the whole file is refused.
 */
function multiLineField(doc: ReportDocument): { field: OneLineField; date?: string } | undefined {
  for (const field of ['name', 'staffId', 'department', 'title'] as const) {
    if (hasControlCharacter(doc.staff[field] ?? '')) return { field };
  }
  const day = doc.days.find((d) => hasControlCharacter(d.record.permissionRef));
  return day ? { field: 'permissionRef', date: day.date } : undefined;
}

/** Bytes as read from disk or sent by the window: decoded by the one decoder (report-encoding.ts), then parsed. */
export function parseReportBytes(bytes: Uint8Array, t: TranslateFn): ReadResult {
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, reason: { code: 'tooLarge', size: bytes.length } };
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: { code: 'encoding', likely: decoded.likely } };
  return parseReportText(decoded.text, bytes.length, t);
}

/** `validate` on bytes: the same decoder as the import, then a report or an organisation defaults file. */
export function validateAnyBytes(bytes: Uint8Array, t: TranslateFn): { ok: true; kind: 'report' | 'org' } | { ok: false; reason: Rejection } {
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, reason: { code: 'tooLarge', size: bytes.length } };
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: { code: 'encoding', likely: decoded.likely } };
  return validateAnyFile(decoded.text, bytes.length, t);
}

/** For `validate`: a report or an organisation defaults file. */
export function validateAnyFile(text: string, size: number, t: TranslateFn): { ok: true; kind: 'report' | 'org' } | { ok: false; reason: Rejection } {
  const clean = text.replace(/^\uFEFF/, '');
  if (size <= MAX_REPORT_BYTES && !jsonDepthExceeds(clean) && !syntaxError(clean) && clean.trim() !== '') {
    const value = JSON.parse(clean) as { format?: unknown };
    if (value?.format === ORG_DEFAULTS_FORMAT) {
      const parsed = orgDefaultsSchema.safeParse(value);
      if (parsed.success) return { ok: true, kind: 'org' };
      const issue = parsed.error.issues[0]!;
      return { ok: false, reason: { code: 'schema', path: issue.path.map(String).join('.') || '(root)', detail: issueMessage(issue, t) } };
    }
  }
  const r = parseReportText(text, size, t);
  return r.ok ? { ok: true, kind: 'report' } : r;
}
