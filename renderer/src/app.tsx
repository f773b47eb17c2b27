/** The app frame: skip link, header, main menu, the notices banner and the current view. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from './use-translation.js';
import type { TechoApi } from '../../shared/ipc/api.js';
import type { AppInfo } from '../../shared/ipc/contract.js';
import type { StorageNotice } from '../../shared/storage/storage-notice.js';
import { isRealDate } from '../../shared/calendar/local-date.js';
import { REPORT_KINDS } from '../../shared/lists/report-kinds.js';
import type { Settings } from '../../shared/settings/settings-schema.js';
import { peekStart } from './api/early-start.js';
import { NowBar, NowStrip } from './components/now-strip.js';
import { useReminders } from './components/use-reminders.js';
import { useSurvey } from './components/use-survey.js';
import { type RendererI18n, applyLanguage } from './i18n.js';
import { useHashRoute } from './use-hash-route.js';
import { useNow } from './use-now.js';
import { TodayView } from './views/today/today-view.js';
import {
  AboutView,
  CalendarView,
  ChecklistView,
  DataView,
  DayReviewView,
  ExportView,
  NoticeBanner,
  InventoryView,
  OrgSummaryView,
  ReminderBanner,
  ReportView,
  SettingsView,
  SetupView,
  SupervisorView,
  SurveyOffer,
  SurveyView,
  WeekView,
  prefetchViewsWhenIdle,
} from './views/lazy-views.js';

const ROUTES = ['today', 'report', 'checklist', 'week', 'export', 'supervisor', 'org', 'inventory', 'calendar', 'settings', 'data', 'survey', 'about', 'review'] as const;
type Route = (typeof ROUTES)[number];
/** Views reached from within the app, not from the menu: the end-of-day review opens from the now strip. */
const OFF_MENU: readonly Route[] = ['review'];

export function App({ api, i18n }: { api: TechoApi; i18n: RendererI18n }) {
  const { t } = useTranslation();
  const [route, go] = useHashRoute(ROUTES, 'today');
  const now = useNow(api);
  // What the page carried, when it did: the first render is already the view (see early-start.ts).
  const [settings, setSettings] = useState<Settings | undefined>(() => peekStart('settingsGet'));
  const [info, setInfo] = useState<AppInfo | undefined>(() => peekStart('appInfo'));
  const [notices, setNotices] = useState<StorageNotice[]>(() => peekStart('appInfo')?.notices ?? []);
  const [loadError, setLoadError] = useState<string>();
  /** Files removed by "export, then wipe": from then on the window shows only that. */
  const [wipedFiles, setWipedFiles] = useState<number>();
  const reminders = useReminders(api, now?.date);
  /** The trial's survey (issue #17): asked about only when the organisation file brought one. */
  const survey = useSurvey(api, now?.date, Boolean(settings?.trial?.survey));

  // A clicked notification (or the tray) asks for a view.
  useEffect(() => api.on('app:navigate', ({ view }) => (window.location.hash = `#/${view}`)), [api]);

  useEffect(() => {
    const apply = (s: Settings) => {
      setSettings(s);
      void applyLanguage(i18n, s.language);
    };
    void api.settingsGet().then((r) => (r.ok ? apply(r.data) : setLoadError(r.error.message)));
    void api.appInfo().then((r) => {
      if (!r.ok) return setLoadError(r.error.message);
      setInfo(r.data);
      setNotices(r.data.notices);
    });
    const offSettings = api.on('settings:changed', apply);
    const offNotice = api.on('storage:notice', (n) => setNotices((all) => (all.some((x) => x.id === n.id) ? all : [...all, n])));
    return () => {
      offSettings();
      offNotice();
    };
  }, [api, i18n]);

  // The window title names the view (「今日の計画 – テレワーク手帳」), so a screen reader and the task bar say where you are.
  useEffect(() => {
    document.title = t('app.viewTitle', { view: t(`nav.${route.name}`), app: t('app.title') });
  });

  // The safety net under every view: when the focused control disappears (a form closed by its own
  // save, a 記録 button replaced by the time it recorded), focus goes to the first control of the
  // nearest part of the page that is still there, instead of falling to <body>.
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    let trail: Element[] = [];
    const onFocusIn = (e: FocusEvent) => {
      trail = [];
      for (let el = e.target instanceof Element ? e.target : null; el && el !== root; el = el.parentElement) trail.push(el);
    };
    const watch = new MutationObserver(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (!lost || trail.length === 0 || trail[0]!.isConnected) return;
      const still = trail.find((el) => el.isConnected) ?? root;
      const to = still.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]');
      to?.focus();
    });
    // Focus left on purpose (a click on the page's background): nothing to restore later.
    const onFocusOut = (e: FocusEvent) => {
      const was = e.target;
      queueMicrotask(() => {
        if (was instanceof Element && was.isConnected && document.activeElement === document.body) trail = [];
      });
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    watch.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      watch.disconnect();
    };
  }, [wipedFiles, settings !== undefined]);

  // A view change moves focus to the new view's heading (once it is on screen), so the keyboard
  // continues from the top of what is shown and a screen reader reads its name.
  const main = useRef<HTMLElement>(null);
  const firstView = useRef(true);
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    // On start, focus stays at the top of the page (the skip link is the first Tab stop).
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    const heading = () => root.querySelector<HTMLElement>(':scope > :not(.notice-banner):not(.reminder-banner) h2');
    const land = (h: HTMLElement) => {
      h.tabIndex = -1;
      h.focus();
    };
    const h = heading();
    if (h) return land(h);
    const watch = new MutationObserver(() => {
      const found = heading();
      if (!found) return;
      watch.disconnect();
      land(found);
    });
    watch.observe(root, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [route.name]);

  // Today and the now strip are drawn again only when what they show changes (both are memo): an
  // answer at start that changes nothing of theirs (the reminders' state) leaves them as they are.
  const goNow = useRef(go);
  goNow.current = go;
  const goToday = useCallback((d: string) => goNow.current('today', d), []);
  const openReview = useCallback(() => goNow.current('review'), []);
  const todayLog = useMemo(() => ({ entries: reminders.log, omitted: reminders.omitted }), [reminders.log, reminders.omitted]);

  // Once the first view is up, the other views' code is fetched while the window is idle.
  const ready = settings !== undefined && now !== undefined && info !== undefined;
  useEffect(() => (ready ? prefetchViewsWhenIdle(i18n) : undefined), [ready, i18n]);

  const dismiss = async (id: string) => {
    const r = await api.appDismissNotice({ id });
    if (r.ok) setNotices(r.data);
  };

  // アンケート is in the menu only while the settings hold a trial with a survey and the user is asked
  // (a target 課, and the survey's window after the trial's end not yet passed).
  const surveyAsked = Boolean(settings?.trial?.survey) && survey.state?.asked === true;
  const nav: Route[] = ROUTES.filter((r) => !OFF_MENU.includes(r) && (r !== 'survey' || surveyAsked));
  /** Until the setup is done or skipped, the menu and the now strip are hidden: they would all lead back here. */
  const settingsPending = settings?.firstRun === 'pending';
  const dateParam = route.param && isRealDate(route.param) ? route.param : undefined;

  const body = () => {
    // Views open once what they depend on is here: before `info`, an export clicked at once in the
    // desktop app would have downloaded instead of asking for a folder (canPickFolder still false).
    if (!settings || !now || !info) return <p aria-busy="true">{t('app.loading')}</p>;
    // A new data folder (or 「初回設定をやり直す」): the setup, whatever view the URL names.
    if (settingsPending) {
      return (
        <SetupView
          api={api}
          settings={settings}
          onDone={(s) => {
            setSettings(s);
            go('today');
          }}
        />
      );
    }
    switch (route.name) {
      case 'today':
        return (
          <TodayView
            api={api}
            date={dateParam ?? now.date}
            today={now.date}
            nowMinutes={now.minutes}
            settings={settings}
            go={goToday}
            reminderLog={!dateParam || dateParam === now.date ? todayLog : undefined}
          />
        );
      case 'review':
        return <DayReviewView api={api} date={now.date} nowMinutes={now.minutes} onClose={() => go('today')} onReport={() => go('report', 'end')} />;
      case 'report': {
        const kind = REPORT_KINDS.find((k) => k === route.param) ?? REPORT_KINDS[0];
        return <ReportView api={api} date={now.date} kind={kind} settings={settings} go={(k) => go('report', k)} />;
      }
      case 'export':
        return <ExportView api={api} today={now.date} canPickFolder={info.canPickFolder} />;
      case 'supervisor':
        return <SupervisorView api={api} today={now.date} timeZone={settings.orgTimeZone} />;
      case 'org':
        return <OrgSummaryView api={api} trial={settings.trial} />;
      case 'checklist':
        return <ChecklistView api={api} date={dateParam} today={now.date} canPickFiles={info.canPickFiles} go={(d) => go('checklist', d)} />;
      case 'week':
        return <WeekView api={api} date={dateParam ?? now.date} today={now.date} settings={settings} go={(d) => go('week', d)} open={(d) => go('today', d)} />;
      case 'inventory':
        return <InventoryView api={api} settings={settings} />;
      case 'calendar':
        return <CalendarView api={api} year={Number(route.param) || Number(now.date.slice(0, 4))} go={(y) => go('calendar', String(y))} />;
      case 'settings':
        return <SettingsView api={api} settings={settings} onSaved={setSettings} />;
      case 'survey':
        return <SurveyView api={api} date={now.date} occasion={route.param} onChange={survey.setState} />;
      case 'data':
        return <DataView api={api} settings={settings} canPickFolder={info.canPickFolder} onWiped={setWipedFiles} />;
      default:
        return <AboutView info={info} />;
    }
  };

  if (wipedFiles !== undefined) {
    return (
      <main className="wiped" role="alert">
        <h1>{t('app.title')}</h1>
        <p>{t('data.wiped', { count: wipedFiles })}</p>
      </main>
    );
  }

  return (
    <div className={settingsPending ? 'app app-setup' : 'app'}>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </header>
      {!settingsPending && (
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {nav.map((name) => (
              <li key={name}>
                <a href={`#/${name}`} aria-current={route.name === name ? 'page' : undefined}>
                  {t(`nav.${name}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {/* Pinned while the page scrolls: the now strip, and under it (never over it) what is due. */}
        {!settingsPending && (
          <NowBar>
            {now && settings && <NowStrip api={api} date={now.date} nowMinutes={now.minutes} onReview={openReview} timeZone={settings.orgTimeZone} />}
            {reminders.due.length > 0 && (
              <ReminderBanner
                api={api}
                due={reminders.due}
                onChange={(due, log) => {
                  reminders.setDue(due);
                  reminders.setLog(log);
                }}
              />
            )}
          </NowBar>
        )}
        {notices.length > 0 && <NoticeBanner notices={notices} onDismiss={dismiss} />}
        {!settingsPending && now && surveyAsked && route.name !== 'survey' && (
          <SurveyOffer api={api} date={now.date} state={survey.state} onOpen={() => go('survey', survey.state?.due ?? undefined)} onChange={survey.setState} />
        )}
        {loadError && (
          <p role="alert" className="error-text">
            {loadError}
          </p>
        )}
        {body()}
      </main>
    </div>
  );
}
