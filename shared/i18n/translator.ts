/**
 * One i18next instance per caller (main answers IPC errors in the user's language; the renderer
 * renders with react-i18next on its own instance). Resources are bundled, so init is synchronous.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from '../settings/settings-schema.js';
import { en } from './en.js';
import { ja } from './ja.js';
import { type TranslateFn, translateWith } from './translate.js';

// The translator's helpers live apart (translate.ts), so the renderer can use them without both catalogues.
export { type TranslateFn, translateRef, translateWith } from './translate.js';

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
