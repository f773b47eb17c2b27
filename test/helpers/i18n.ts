/**
 * The renderer's translations with the whole catalogue of both languages already here, for tests
 * that render a view directly (not through lazy-views, which fetches a view's catalogue parts):
 * `render(<I18nProvider i18n={createI18n('ja')}>…</I18nProvider>)`.
 */
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { type RendererI18n, createRendererI18n } from '../../renderer/src/i18n.js';

export function createI18n(language: Language): RendererI18n {
  return createRendererI18n(language, { ja, en });
}
