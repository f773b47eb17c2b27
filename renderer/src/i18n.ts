import { createI18n } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';

export type RendererI18n = ReturnType<typeof createI18n>;

/** The renderer's i18next instance (given to I18nextProvider); the language follows the settings. */
export const createRendererI18n = (language: Language = 'ja'): RendererI18n => createI18n(language);

export function applyLanguage(i18n: RendererI18n, language: Language) {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
