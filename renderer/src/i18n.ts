/**
 * The renderer's i18next instance (given to I18nextProvider); the language follows the settings.
 * Only the Japanese catalogue (the first language, and the fallback) is in the start-up bundle;
 * the English one is a chunk of its own, fetched when the settings ask for it (issue #16).
 */
import i18next, { type i18n } from 'i18next';
import { ja } from '../../shared/i18n/ja.js';
import type { Language } from '../../shared/settings/settings-schema.js';

export type RendererI18n = i18n;

const catalogues: Record<Language, () => Promise<object>> = {
  ja: () => Promise.resolve(ja),
  en: () => import('../../shared/i18n/en.js').then((m) => m.en),
};

export function createRendererI18n(): RendererI18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'ja',
    fallbackLng: 'ja',
    resources: { ja: { translation: ja } },
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    showSupportNotice: false, // no promotional console output in a municipal app
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

/** The catalogue of `language`, fetched once (resolves at once for one already loaded). */
export async function loadLanguage(instance: RendererI18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await catalogues[language]());
}

/** Switches to `language` once its catalogue is here; the page's lang follows the words shown. */
export function applyLanguage(instance: RendererI18n, language: Language): Promise<void> {
  return loadLanguage(instance, language).then(async () => {
    if (instance.language !== language) await instance.changeLanguage(language);
    document.documentElement.lang = language;
  });
}
