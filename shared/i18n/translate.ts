/**
 * The one translator of the app, for main (translator.ts, both catalogues bundled) and the
 * renderer (renderer/src/i18n.ts, the active language's catalogue loaded in parts): a message is
 * looked up by its dotted key (`day.title`), in the user's language first, then in
 * Japanese; `{{name}}` is replaced by the value given for it (as it is: no escaping, no number
 * formatting); a `count` that is a number picks the plural form `key_one` / `key_other` /… that
 * `Intl.PluralRules` names for the language, and the bare `key` when that form is not written
 * (Japanese has one form: `key` serves every count). An unknown key comes back as it is. It
 * imports no catalogue, so it costs the renderer's start bundle nothing beyond itself.
 */
import type { Language } from '../settings/settings-schema.js';
import type { MessageKey, MessageParams, MessageRef, ParamMessageKey, PlainMessageKey } from './message-key.js';

/**
 * main's and the renderer's `t`: only keys of the catalogue, and exactly the values their text
 * names (none for a message without placeholders).
 */
export interface TranslateFn {
  <K extends PlainMessageKey>(key: K): string;
  <K extends ParamMessageKey>(key: K, params: MessageParams<K>): string;
}

/** A catalogue, or a part of one: groups of messages nested to any depth (ja/*.ts, en/*.ts). */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** Where `t` looks, in order: the user's language, then the fallback (Japanese). */
export type Lookup = readonly (readonly [language: Language, catalogue: Catalogue | undefined])[];

type Values = Readonly<Record<string, unknown>>;

function textAt(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralForm(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** Each {{name}} replaced by its value, in one pass (a value's own braces are left as they are); a value not given reads as nothing. */
function interpolate(text: string, values: Values): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The message at `key` (a leaf of the catalogue), worded with `values`; the key itself when no catalogue has it. */
export function translate(lookup: Lookup, key: string, values?: Values): string {
  const count = values?.['count'];
  for (const [language, catalogue] of lookup) {
    const text = (typeof count === 'number' ? textAt(catalogue, `${key}_${pluralForm(language, count)}`) : undefined) ?? textAt(catalogue, key);
    if (text !== undefined) return values ? interpolate(text, values) : text;
  }
  return key;
}

/** A TranslateFn over `lookup`, read at each call (the renderer adds parts of catalogues as views arrive). */
export function translator(lookup: () => Lookup): TranslateFn {
  return (key: MessageKey, values?: Values) => translate(lookup(), key, values);
}

/** Words a MessageRef (the key alone, or the key with its values). */
export function translateRef(t: TranslateFn, ref: MessageRef): string {
  // The key and its values were checked together where the ref was made; TypeScript cannot
  // follow that pairing through the union, hence the one widened call.
  const loose = t as (key: MessageKey, params?: object) => string;
  return typeof ref === 'string' ? loose(ref) : loose(ref[0], ref[1]);
}
