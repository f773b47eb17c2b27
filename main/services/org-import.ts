/**
 * Imports the organisation defaults file. The text is parsed with jsonc-parser so every error can
 * name its line and column, and the whole file is validated before anything is written: a file
 * with one bad entry changes nothing. If a write fails half-way, what was written is restored.
 */
import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type OrgDefaults, orgDefaultsSchema } from '../../shared/org/org-defaults-schema.js';
import { issueMessage } from '../../shared/ipc/validation-messages.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { UserError } from './user-error.js';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from '../../shared/json/json-depth.js';
import { jsonSyntaxProblem } from '../../shared/json/json-syntax.js';

export interface OrgImportTargets {
  /** Each applies one part and returns a function that puts the old value back. */
  workHours(value: NonNullable<OrgDefaults['workHours']>): () => void;
  orgTimeZone(value: NonNullable<OrgDefaults['orgTimeZone']>): () => void;
  holidays(value: NonNullable<OrgDefaults['holidays']>): () => void;
  blockKinds(value: NonNullable<OrgDefaults['blockKinds']>): () => void;
  inventory(value: NonNullable<OrgDefaults['inventory']>): () => void;
  templates(value: NonNullable<OrgDefaults['templates']>): () => void;
  checklist(value: NonNullable<OrgDefaults['checklist']>): () => void;
  /** null: the file removes the trial ("trial": null). */
  trial(value: Exclude<OrgDefaults['trial'], undefined>): () => void;
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Parses and validates; throws a UserError listing each problem with its line and its path in the
 * file. The problems are all in the request's one field, `text` (the file), so that is the field
 * they are keyed by — one per line — and the first is the message.
 */
export function parseOrgDefaults(text: string, t: TranslateFn): OrgDefaults {
  if (jsonDepthExceeds(text)) throw new UserError('invalid_input', ['org.tooDeep', { max: MAX_JSON_DEPTH }]);
  const errors: ParseError[] = [];
  const tree: Node | undefined = parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    const at = lineCol(text, e?.offset ?? 0);
    throw new UserError('invalid_input', ['org.syntax', { ...at, detail: t(`jsonSyntax.${e ? jsonSyntaxProblem(printParseErrorCode(e.error)) : 'empty'}`) }]);
  }
  // JSON.parse is safe here (the text just parsed), and gives plain objects; "__proto__" stays an own key.
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const parsed = orgDefaultsSchema.safeParse(value);
  if (!parsed.success) {
    const problems = new Map<string, string>();
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const path = issue.path.map(String).join('.') || '(root)';
      const node = findNodeAtLocation(tree, issue.path as (string | number)[]);
      const { line } = lineCol(text, node?.offset ?? 0);
      if (!problems.has(path)) problems.set(path, t('org.fieldError', { line, path, message: issueMessage(issue, t) }));
    }
    const list = [...problems.values()];
    throw new UserError('invalid_input', ['org.problemList', { list: list[0] ?? '' }], { text: ['org.problemList', { list: list.join('\n') }] });
  }
  return parsed.data;
}

export function applyOrgDefaults(defaults: OrgDefaults, targets: OrgImportTargets) {
  const undo: (() => void)[] = [];
  try {
    if (defaults.workHours) undo.push(targets.workHours(defaults.workHours));
    if (defaults.orgTimeZone) undo.push(targets.orgTimeZone(defaults.orgTimeZone));
    if (defaults.holidays) undo.push(targets.holidays(defaults.holidays));
    if (defaults.blockKinds) undo.push(targets.blockKinds(defaults.blockKinds));
    if (defaults.inventory) undo.push(targets.inventory(defaults.inventory));
    if (defaults.templates) undo.push(targets.templates(defaults.templates));
    if (defaults.checklist) undo.push(targets.checklist(defaults.checklist));
    if (defaults.trial !== undefined) undo.push(targets.trial(defaults.trial));
  } catch (error) {
    for (const restore of undo.reverse()) restore();
    throw error;
  }
  return {
    workHours: defaults.workHours !== undefined,
    orgTimeZone: defaults.orgTimeZone ?? null,
    orgDays: defaults.holidays?.length ?? 0,
    inventory: defaults.inventory?.length ?? 0,
    templates: defaults.templates?.length ?? 0,
    checklist: defaults.checklist?.length ?? 0,
    trial: defaults.trial?.name ?? null,
  };
}
