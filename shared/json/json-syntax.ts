/**
 * What is wrong in a JSON file that does not parse, in words the user can act on. jsonc-parser
 * names its errors in English code words (CommaExpected …); report files and the organisation file
 * show them translated (`jsonSyntax.*` in the catalogues) instead.
 */
export const JSON_SYNTAX_PROBLEMS = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
  'empty',
] as const;
export type JsonSyntaxProblem = (typeof JSON_SYNTAX_PROBLEMS)[number];

/** A parser's code word as one of ours; anything unknown is an invalid symbol. */
export function jsonSyntaxProblem(code: string): JsonSyntaxProblem {
  return (JSON_SYNTAX_PROBLEMS as readonly string[]).includes(code) ? (code as JsonSyntaxProblem) : 'InvalidSymbol';
}
