import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getApi } from './api/get-api.js';
import { App } from './app.js';
import { createRendererI18n } from './i18n.js';
import './styles.css';

const i18n = createRendererI18n('ja');
const api = getApi(() => i18n.t('errors.unreachable'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App api={api} i18n={i18n} />
    </I18nextProvider>
  </StrictMode>,
);
