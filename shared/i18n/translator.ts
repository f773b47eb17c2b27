/**
 * main's translators (IPC errors and notifications in the user's language, exports, the command
 * line, the tray): both catalogues are bundled, so a translator is ready at once. The renderer
 * loads only the active language's catalogue (renderer/src/i18n.ts) over the same translate.ts.
 */
import type { Language } from '../settings/settings-schema.js';
import { en } from './en.js';
import { ja } from './ja.js';
import { type Catalogue, type Lookup, type TranslateFn, translator } from './translate.js';

export { type TranslateFn, translateRef } from './translate.js';

const catalogues: Readonly<Record<Language, Catalogue>> = { ja, en };

const translators = new Map<Language, TranslateFn>();

/** The translator of one language (Japanese behind it), made once (CSV exports ask for Japanese on every build). */
export function translatorFor(language: Language): TranslateFn {
  let t = translators.get(language);
  if (!t) {
    const lookup: Lookup = [
      [language, catalogues[language]],
      ['ja', ja],
    ];
    t = translator(() => lookup);
    translators.set(language, t);
  }
  return t;
}
