/**
 * Hints that free text may hold a resident's personal data, so the user is warned before a report
 * leaves the laptop. Deliberately simple and explainable: a 12-digit number (マイナンバー), and a
 * name followed by 様 / さん / 殿. A warning, never a refusal — staff names with さん are common too.
 */
const PATTERNS: readonly { kind: 'individualNumber' | 'honorific'; re: RegExp }[] = [
  { kind: 'individualNumber', re: /(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)/g },
  { kind: 'honorific', re: /[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:様|さま|さん|殿)/gu },
];

export interface PersonalDataHint {
  kind: 'individualNumber' | 'honorific';
  /** The matched text, for the warning. */
  text: string;
}

export function personalDataHints(text: string): PersonalDataHint[] {
  const out: PersonalDataHint[] = [];
  for (const { kind, re } of PATTERNS) for (const m of text.matchAll(re)) out.push({ kind, text: m[0] });
  return out;
}
