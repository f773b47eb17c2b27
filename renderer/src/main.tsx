import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { releaseStart, startEarly } from './api/early-start.js';
import { getApi } from './api/get-api.js';
import { App } from './app.js';
import { applyLanguage, createRendererI18n } from './i18n.js';
import { I18nProvider } from './use-translation.js';
import './styles.css';

/** How long the first render waits for main's start answer (and an English user's words) before it draws the loading line. */
const FIRST_RENDER_WAIT_MS = 1000;

const i18n = createRendererI18n();
// The first screen's reads leave now, as ONE app:start, before the first render (the preview's page
// carries the answer: nothing leaves); an English user's words are fetched as soon as the settings name it.
const { api, settings, ready } = startEarly(getApi(() => i18n.t('errors.unreachable')));
const language = settings.then((r) => (r.ok && r.data.language !== i18n.language ? applyLanguage(i18n, r.data.language) : undefined));

const root = createRoot(document.getElementById('root')!);
let drawn = false;
const draw = () => {
  if (drawn) return;
  drawn = true;
  // In the task (or microtask) the data came in, not in a task of its own after the browser has drawn
  // an empty frame: this first render is already the day's plan, in the user's language.
  flushSync(() =>
    root.render(
      <StrictMode>
        <I18nProvider i18n={i18n}>
          <App api={api} i18n={i18n} />
        </I18nProvider>
      </StrictMode>,
    ),
  );
  // The first render's effects have taken their early answers (synchronously, in flushSync).
  window.setTimeout(releaseStart, 0);
};
// Carried by the page: drawn at once (the promises are settled). Over IPC (Electron): after one
// round trip, with no loading frame; a main slower than FIRST_RENDER_WAIT_MS gets the loading line.
void Promise.all([ready, language]).then(draw, draw);
window.setTimeout(draw, FIRST_RENDER_WAIT_MS);
