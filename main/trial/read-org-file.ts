/**
 * Reading one file handed to 総務課's summary: a staff report file (through the supervisor's reader,
 * report-files.ts — the same size limit, encodings and control-character refusals) or an anonymous
 * survey answer file (the same decoder, size limit and nesting limit). Anything else is refused with
 * a reason 総務課 can act on, in the words the 所属長の確認画面 uses where they fit.
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { issueMessage } from '../../shared/ipc/validation-messages.js';
import { jsonDepthExceeds } from '../../shared/json/json-depth.js';
import { ORG_DEFAULTS_FORMAT } from '../../shared/org/org-defaults-schema.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import { type AnonymousAnswerFile, SURVEY_ANSWERS_FORMAT, anonymousAnswerFileSchema } from '../../shared/trial/trial-schema.js';
import { describeRejection } from '../services/supervisor-service.js';
import { decodeReportBytes } from '../supervisor/report-encoding.js';
import { MAX_REPORT_BYTES, parseReportText } from '../supervisor/report-files.js';

export type OrgFileRead =
  | { ok: true; kind: 'report'; doc: ReportDocument }
  | { ok: true; kind: 'answers'; answers: AnonymousAnswerFile }
  /** An organisation defaults file (庁内共通の設定) left in the folder: not a file to count, and not a refusal. */
  | { ok: true; kind: 'org' }
  | { ok: false; reason: string };

const ANSWERS_VERSION = 1;

/** An answer file, when the text is one (its format says so); undefined when it is not, so the report reader decides. */
function answerFile(text: string, t: TranslateFn): OrgFileRead | undefined {
  // Answer files are a few kB; a report file only reaches here when it mentions the format (a note, say).
  if (!text.includes(SURVEY_ANSWERS_FORMAT) || jsonDepthExceeds(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== SURVEY_ANSWERS_FORMAT) return undefined;
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > ANSWERS_VERSION) {
    return { ok: false, reason: t('orgSummary.reasons.answersNewerVersion', { version }) };
  }
  const responses = (value as { responses?: unknown }).responses;
  if (Array.isArray(responses) && responses.length === 0) return { ok: false, reason: t('orgSummary.reasons.answersEmpty') };
  const parsed = anonymousAnswerFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: t('orgSummary.reasons.answersSchema', { path: issue.path.map(String).join('.') || '(root)', detail: issueMessage(issue, t) }) };
  }
  return { ok: true, kind: 'answers', answers: parsed.data };
}

/** Whether the text is an organisation defaults file (its format says so). */
function isOrgFile(text: string) {
  if (!text.includes(ORG_DEFAULTS_FORMAT) || jsonDepthExceeds(text)) return false;
  try {
    return (JSON.parse(text) as { format?: unknown } | null)?.format === ORG_DEFAULTS_FORMAT;
  } catch {
    return false;
  }
}

/** Decoded text (size = the file's bytes): an answer file, a report file, or the reason it is neither. */
export function readOrgText(text: string, size: number, t: TranslateFn): OrgFileRead {
  if (size > MAX_REPORT_BYTES) return { ok: false, reason: describeRejection({ code: 'tooLarge', size }, t) };
  const clean = text.replace(/^\uFEFF/, '');
  if (isOrgFile(clean)) return { ok: true, kind: 'org' };
  const answers = answerFile(clean, t);
  if (answers) return answers;
  const report = parseReportText(clean, size, t);
  if (report.ok) return { ok: true, kind: 'report', doc: report.doc };
  if (report.reason.code === 'notReport') return { ok: false, reason: t('orgSummary.reasons.neither') };
  return { ok: false, reason: describeRejection(report.reason, t) };
}

/** Bytes as read from disk or sent by the window: the one decoder (report-encoding.ts), then readOrgText. */
export function readOrgBytes(bytes: Uint8Array, t: TranslateFn): OrgFileRead {
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, reason: describeRejection({ code: 'tooLarge', size: bytes.length }, t) };
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: describeRejection({ code: 'encoding', likely: decoded.likely }, t) };
  return readOrgText(decoded.text, bytes.length, t);
}

/** What the window sends (the supervisor's item shape): base64 bytes, or text from older callers. */
export interface IncomingOrgFile {
  name: string;
  size: number;
  base64?: string | undefined;
  text?: string | undefined;
}

export function readIncomingOrgFile(f: IncomingOrgFile, t: TranslateFn): OrgFileRead {
  if (f.base64 !== undefined) return readOrgBytes(Buffer.from(f.base64, 'base64'), t);
  if (f.text === undefined) return { ok: false, reason: describeRejection({ code: 'tooLarge', size: f.size }, t) };
  // U+FFFD: bytes that were not UTF-8 (as the supervisor view refuses them), never kept garbled.
  if (f.text.includes('\uFFFD')) return { ok: false, reason: describeRejection({ code: 'encoding', likely: 'unknown' }, t) };
  return readOrgText(f.text, f.size, t);
}
