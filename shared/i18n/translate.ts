/**
 * Translating over an i18next instance, apart from translator.ts (which bundles both catalogues):
 * the renderer loads only the active language's catalogue (issue #16) and uses these too.
 */
import type { i18n } from 'i18next';
import type { MessageKey, MessageParams, MessageRef, ParamMessageKey, PlainMessageKey } from './message-key.js';

/**
 * main's and shared's translator: only keys of the catalogue, and exactly the values their text
 * names (none for a message without placeholders).
 */
export interface TranslateFn {
  <K extends PlainMessageKey>(key: K): string;
  <K extends ParamMessageKey>(key: K, params: MessageParams<K>): string;
}

/**
 * A TranslateFn over an i18next instance (its language followed at each call). The types of
 * TranslateFn already hold every call to a real key with its values, so i18next's own overloads
 * are not asked to agree with them.
 */
export function translateWith(instance: i18n): TranslateFn {
  const t = instance.t.bind(instance) as (key: MessageKey, params?: object) => string;
  return (key: MessageKey, params?: object) => t(key, params);
}

/** Words a MessageRef (the key alone, or the key with its values). */
export function translateRef(t: TranslateFn, ref: MessageRef): string {
  // The key and its values were checked together where the ref was made; TypeScript cannot
  // follow that pairing through the union, hence the one widened call.
  const loose = t as (key: MessageKey, params?: object) => string;
  return typeof ref === 'string' ? loose(ref) : loose(ref[0], ref[1]);
}
