import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEarly } from './api/early-start.js';
import { getApi } from './api/get-api.js';
import { App } from './app.js';
import { createRendererI18n, loadLanguage } from './i18n.js';
import { I18nProvider } from './use-translation.js';
import './styles.css';

const i18n = createRendererI18n();
// The first screen's reads leave now, before the first render; an English user's catalogue is
// fetched as soon as the settings name it.
const { api, settings } = startEarly(getApi(() => i18n.t('errors.unreachable')));
void settings.then((r) => (r.ok ? loadLanguage(i18n, r.data.language) : undefined));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider i18n={i18n}>
      <App api={api} i18n={i18n} />
    </I18nProvider>
  </StrictMode>,
);
