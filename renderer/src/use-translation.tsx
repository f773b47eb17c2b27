/**
 * `const { t } = useTranslation();` — the words of the language shown, for every component of the
 * window (it replaced react-i18next's hook of the same name and shape, issue #16):
 * - `t(key)` / `t(key, { name: value })`: the typed TranslateFn of shared/i18n/translate.ts (only
 *   keys of the catalogue, exactly the values their {{placeholders}} name; `count` picks the
 *   plural form);
 * - `i18n.language`: 'ja' | 'en', for dates, times and durations worded by code.
 * The component renders again when the language changes (`t` is then a new function, so effects
 * that depend on it run again). Under `<I18nProvider i18n={…}>` (main.tsx; tests give one made
 * with the whole catalogue: test/helpers/i18n.ts).
 */
import { type ReactNode, createContext, useContext, useSyncExternalStore } from 'react';
import type { RendererI18n, Translation } from './i18n.js';

const I18nContext = createContext<RendererI18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: RendererI18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/** The instance itself (lazy-views.tsx loads a view's catalogue parts through it). */
export function useI18n(): RendererI18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation() outside <I18nProvider>');
  return i18n;
}

export function useTranslation(): Translation {
  const i18n = useI18n();
  return useSyncExternalStore(i18n.subscribe, i18n.current);
}
