/**
 * Main's messages in the user's language, asked for per use: the language can change between two
 * requests (settings:update), and an i18next instance per language is built once, not per request.
 */
import { type TranslateFn, createI18n } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';

export function userTranslator(language: () => Language): () => TranslateFn {
  const translators = new Map<Language, ReturnType<typeof createI18n>>();
  return () => {
    const current = language();
    let i18n = translators.get(current);
    if (!i18n) {
      i18n = createI18n(current);
      translators.set(current, i18n);
    }
    return i18n.t.bind(i18n) as TranslateFn;
  };
}
