import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
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

const root = createRoot(document.getElementById('root')!);
// Drawn now, in the task that loaded the code, not in a task of its own after the browser has drawn
// an empty frame: with the data carried by the page, this first render is already the day's plan.
flushSync(() =>
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App api={api} i18n={i18n} />
      </I18nProvider>
    </StrictMode>,
  ),
);
