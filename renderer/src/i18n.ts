/**
 * The renderer's translations (issue #16): the language follows the settings, and only what the
 * window shows is loaded — the start catalogue of the active language, then each part as the view
 * that needs it arrives (catalogues.ts). The words come from shared/i18n/translate.ts, main's
 * translator too: the user's language first, Japanese behind it.
 *
 * Components read it through `useTranslation()` (use-translation.tsx); main.tsx and tests make one
 * instance and give it to `<I18nProvider>`.
 */
import { type Catalogue, type Lookup, type TranslateFn, translator } from '../../shared/i18n/translate.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { type CataloguePart, PARTS, START_JA, startEn } from './catalogues.js';

/** What `useTranslation()` returns: `t`, and the language it words (for dates, times and durations). */
export interface Translation {
  readonly t: TranslateFn;
  readonly i18n: { readonly language: Language };
}

export interface RendererI18n {
  /** The language shown. */
  readonly language: Language;
  readonly t: TranslateFn;
  /** `{ t, i18n }`, the same object until the language changes (useSyncExternalStore's snapshot). */
  readonly current: () => Translation;
  /** Called once the language shown has changed. */
  readonly subscribe: (onChange: () => void) => () => void;
  /** True when these parts are here in the language shown (a switch shows the new language only once every part fetched so far is here in it). */
  readonly has: (parts: readonly CataloguePart[]) => boolean;
  /** Fetches these parts (once) in the language shown and any language being switched to. */
  readonly load: (parts: readonly CataloguePart[]) => Promise<void>;
  /** Fetches the start catalogue and every part fetched so far in `language`, then shows it. */
  readonly use: (language: Language) => Promise<void>;
}

/**
 * `loaded`: catalogues already here — the Japanese start catalogue in the window, the whole
 * catalogue of each language in tests (whose views are rendered without lazy-views).
 */
export function createRendererI18n(language: Language = 'ja', loaded: Partial<Record<Language, Catalogue>> = { ja: START_JA }): RendererI18n {
  const words: Record<Language, Record<string, Catalogue[string]>> = { ja: { ...loaded.ja }, en: { ...loaded.en } };
  /** Languages whose whole catalogue was given (tests): no part is fetched for them. */
  const whole = new Set<Language>((Object.keys(loaded) as Language[]).filter((l) => loaded[l] !== START_JA));
  /** What has arrived: `start:en`, `week:ja`… */
  const here = new Set<string>((Object.keys(loaded) as Language[]).map((l) => `start:${l}`));
  const fetches = new Map<string, Promise<void>>();
  const wanted = new Set<CataloguePart>();
  const listeners = new Set<() => void>();
  let shown = language;
  let switchingTo: Language | undefined;

  const once = (key: string, fetch: () => Promise<Catalogue>, into: Language): Promise<void> => {
    if (here.has(key)) return Promise.resolve();
    let p = fetches.get(key);
    if (!p) {
      p = fetch().then(
        (c) => {
          Object.assign(words[into], c); // each file's top-level groups are its own
          here.add(key);
        },
        (e: unknown) => (fetches.delete(key), Promise.reject(e)),
      );
      fetches.set(key, p);
    }
    return p;
  };
  const startOf = (l: Language) => once(`start:${l}`, startEn, l);
  const partIn = (part: CataloguePart, l: Language) => (whole.has(l) ? Promise.resolve() : once(`${part}:${l}`, PARTS[part][l], l));
  const partHere = (part: CataloguePart, l: Language) => whole.has(l) || here.has(`${part}:${l}`);
  const languages = () => (switchingTo && switchingTo !== shown ? [shown, switchingTo] : [shown]);

  const lookup = (l: Language): Lookup => [
    [l, words[l]],
    ['ja', words.ja],
  ];
  const snapshotOf = (l: Language): Translation => {
    const t = translator(() => lookup(l));
    return { t, i18n: { language: l } };
  };
  let snapshot = snapshotOf(shown);

  const self: RendererI18n = {
    get language() {
      return shown;
    },
    get t() {
      return snapshot.t;
    },
    current: () => snapshot,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
    has: (parts) => parts.every((p) => partHere(p, shown)),
    load(parts) {
      for (const p of parts) wanted.add(p);
      return Promise.all(languages().flatMap((l) => parts.map((p) => partIn(p, l)))).then(() => undefined);
    },
    async use(l) {
      if (l === shown && !switchingTo) return;
      switchingTo = l;
      try {
        await Promise.all([startOf(l), ...[...wanted].map((p) => partIn(p, l))]);
      } catch (e) {
        if (switchingTo === l) switchingTo = undefined; // the window stays in its language; a later switch tries again
        throw e;
      }
      if (switchingTo !== l) return; // another switch came after this one
      switchingTo = undefined;
      if (shown === l) return;
      shown = l;
      snapshot = snapshotOf(l);
      for (const f of listeners) f();
    },
  };
  return self;
}

/** Switches to `language` once its catalogue is here; the page's lang follows the words shown. */
export function applyLanguage(i18n: RendererI18n, language: Language): Promise<void> {
  return i18n.use(language).then(() => {
    document.documentElement.lang = i18n.language;
  });
}
