/**
 * One i18next instance per caller (main answers IPC errors in the user's language; the renderer
 * renders with react-i18next on its own instance). Resources are bundled, so init is synchronous.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from '../settings/settings-schema.js';
import { en } from './en.js';
import { ja } from './ja.js';
import type { MessageKey, MessageParams, MessageRef, ParamMessageKey, PlainMessageKey } from './message-key.js';

export const resources = { ja: { translation: ja }, en: { translation: en } } as const;

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'ja',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; main's strings are never HTML
    returnNull: false,
    showSupportNotice: false, // no promotional console output in a municipal app
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

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

const translators = new Map<Language, TranslateFn>();

/** The translator of one language, made once (CSV exports ask for Japanese on every build). */
export function translatorFor(language: Language): TranslateFn {
  let t = translators.get(language);
  if (!t) {
    t = translateWith(createI18n(language));
    translators.set(language, t);
  }
  return t;
}

/** Words a MessageRef (the key alone, or the key with its values). */
export function translateRef(t: TranslateFn, ref: MessageRef): string {
  // The key and its values were checked together where the ref was made; TypeScript cannot
  // follow that pairing through the union, hence the one widened call.
  const loose = t as (key: MessageKey, params?: object) => string;
  return typeof ref === 'string' ? loose(ref) : loose(ref[0], ref[1]);
}
