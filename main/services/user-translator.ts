/**
 * Main's messages in the user's language, asked for per use: the language can change between two
 * requests (settings:update); each language's translator is built once (translatorFor).
 */
import { type TranslateFn, translatorFor } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';

export function userTranslator(language: () => Language): () => TranslateFn {
  return () => translatorFor(language());
}
