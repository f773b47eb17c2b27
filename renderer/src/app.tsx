/** The app frame: skip link, header, main menu, the notices banner and the current view. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechoApi } from '../../shared/ipc/api.js';
import type { AppInfo, StorageNotice } from '../../shared/ipc/contract.js';
import type { Settings } from '../../shared/settings/settings-schema.js';
import { NoticeBanner } from './components/notice-banner.js';
import { type RendererI18n, applyLanguage } from './i18n.js';
import { useHashRoute } from './use-hash-route.js';
import { AboutView } from './views/about-view.js';
import { SettingsView } from './views/settings-view.js';

const ROUTES = ['settings', 'about'] as const;
type Route = (typeof ROUTES)[number];

export function App({ api, i18n }: { api: TechoApi; i18n: RendererI18n }) {
  const { t } = useTranslation();
  const [route, go] = useHashRoute(ROUTES, 'settings');
  const [settings, setSettings] = useState<Settings>();
  const [info, setInfo] = useState<AppInfo>();
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const apply = (s: Settings) => {
      setSettings(s);
      applyLanguage(i18n, s.language);
    };
    void api.settingsGet().then((r) => (r.ok ? apply(r.data) : setLoadError(r.error.message)));
    void api.appInfo().then((r) => {
      if (r.ok) {
        setInfo(r.data);
        setNotices(r.data.notices);
      }
    });
    const offSettings = api.on('settings:changed', apply);
    const offNotice = api.on('storage:notice', (n) => setNotices((all) => (all.some((x) => x.id === n.id) ? all : [...all, n])));
    return () => {
      offSettings();
      offNotice();
    };
  }, [api, i18n]);

  useEffect(() => {
    document.title = t('app.title');
  });

  const dismiss = async (id: string) => {
    const r = await api.appDismissNotice({ id });
    if (r.ok) setNotices(r.data);
  };

  const nav: { route: Route; label: string }[] = [
    { route: 'settings', label: t('nav.settings') },
    { route: 'about', label: t('nav.about') },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {nav.map((item) => (
            <li key={item.route}>
              <a href={`#/${item.route}`} aria-current={route === item.route ? 'page' : undefined} onClick={() => go(item.route)}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="app-main">
        <NoticeBanner notices={notices} onDismiss={dismiss} />
        {loadError && (
          <p role="alert" className="error-text">
            {loadError}
          </p>
        )}
        {!settings ? (
          <p aria-busy="true">{t('app.loading')}</p>
        ) : route === 'settings' ? (
          <SettingsView api={api} settings={settings} onSaved={setSettings} />
        ) : (
          <AboutView info={info} />
        )}
      </main>
    </div>
  );
}
