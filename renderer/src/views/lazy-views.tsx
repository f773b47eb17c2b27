/**
 * Every view but Today is a chunk of its own (issue #16): the window starts with Today only, and a
 * view's code arrives when it is first opened. When the window is idle after start-up, the views a
 * user is likely to open next are fetched in the background, so a click on the menu stays instant;
 * the supervisor view, 総務課's trial summary, the data-protection view and the export view are never
 * fetched for a user who does not open them.
 */
import { type ComponentType, useEffect, useState } from 'react';
import type { CataloguePart } from '../catalogues.js';
import type { RendererI18n } from '../i18n.js';
import { preloadChunks } from '../later-chunks.js';
import { useI18n, useTranslation } from '../use-translation.js';

/** How long a view may take to arrive before its loading line shows (a prefetched one takes a few ms: no flash). */
const LOADING_LINE_AFTER_MS = 250;

/**
 * One view module, loaded once, with the catalogue files its words are in beyond the start
 * catalogue (`parts`, catalogues.ts). Its component renders the view at once when both are here
 * (opened before), else nothing until they arrive, and the loading line if that takes longer than
 * LOADING_LINE_AFTER_MS. Not React.lazy: a Suspense boundary holds content that arrives soon after
 * its fallback back for 300 ms (React's fallback throttle), which made every first switch take over
 * 300 ms.
 */
function view<M, K extends keyof M>(load: () => Promise<M>, name: K, parts: readonly CataloguePart[] = [], whileLoading: 'loading line' | 'nothing' = 'loading line') {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const code = () =>
    (loading ??= load().then(
      (m) => (loaded = m),
      (e: unknown) => ((loading = undefined), Promise.reject(e)),
    ));
  const once = (i18n: RendererI18n) => Promise.all([code(), i18n.load(parts)]);
  /** The chunk's name is its module's: ReportView in report-view.tsx (else the prefetch imports it). */
  const chunk = String(name).replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
  /**
   * Idle prefetch: the code and its words fetched and compiled, not run (later-chunks.ts), so what
   * is never opened holds no objects; a chunk the build's list does not name is imported as on a click.
   */
  const prefetch = (i18n: RendererI18n): Promise<void> =>
    loaded
      ? Promise.resolve()
      : preloadChunks([chunk, ...parts.map((p) => `i18n-${i18n.language}-${p}`)]).then((listed) => (listed ? undefined : once(i18n).then(() => undefined, () => undefined)));
  function View(props: object) {
    const { t } = useTranslation();
    const i18n = useI18n();
    const [, arrived] = useState(0);
    const [failed, setFailed] = useState(false);
    const [slow, setSlow] = useState(false);
    const ready = loaded !== undefined && i18n.has(parts);
    useEffect(() => {
      if (ready) return;
      once(i18n).then(() => arrived((n) => n + 1), () => setFailed(true));
      const timer = setTimeout(() => setSlow(true), LOADING_LINE_AFTER_MS);
      return () => clearTimeout(timer);
    }, [ready, i18n]);
    if (ready && loaded) {
      const Loaded = loaded[name] as ComponentType<object>;
      return <Loaded {...props} />;
    }
    if ((whileLoading === 'nothing' || !slow) && !failed) return null;
    return failed ? (
      <p role="alert" className="error-text">
        {t('errors.unreachable')}
      </p>
    ) : (
      <p aria-busy="true">{t('app.loading')}</p>
    );
  }
  return { Component: View as unknown as M[K], prefetch, chunk };
}

const report = view(() => import('./report-view.js'), 'ReportView', ['settings', 'exports']);
const checklist = view(() => import('./checklist-view.js'), 'ChecklistView', ['checklist', 'trial']);
const week = view(() => import('./week-view.js'), 'WeekView', ['week', 'settings', 'trial']);
const inventory = view(() => import('./inventory-view.js'), 'InventoryView');
const calendar = view(() => import('./calendar-view.js'), 'CalendarView', ['trial', 'calendar']);
const settings = view(() => import('./settings-view.js'), 'SettingsView', ['settings', 'setup', 'reminders']);
const about = view(() => import('./about-view.js'), 'AboutView');
const review = view(() => import('./day-review-view.js'), 'DayReviewView');
// Opened by few users: loaded on navigation only, never prefetched.
const exports = view(() => import('./export-view.js'), 'ExportView', ['exports']);
const supervisor = view(() => import('./supervisor-view.js'), 'SupervisorView', ['supervisor', 'exports']);
const orgSummary = view(() => import('./org-summary-view.js'), 'OrgSummaryView', ['orgView']);
const data = view(() => import('./data/data-view.js'), 'DataView', ['data']);
// The trial's survey (issue #17): opened from its offer or the menu, a few times a year.
const survey = view(() => import('./survey-view.js'), 'SurveyView', ['survey']);
// Shown on a new data folder only (初回設定), or when asked for again from 設定.
const setup = view(() => import('./setup-view.js'), 'SetupView', ['setup', 'settings', 'week', 'trial', 'calendar']);

/**
 * The storage notices (a file kept aside, a folder out of reach): rare, so their banner and its
 * words (storage.ts) come only when there is one to show. Nothing shows while they arrive.
 */
const notices = view(() => import('../components/notice-banner.js'), 'NoticeBanner', ['storage'], 'nothing');
/** The trial's survey offer: only for someone whose organisation file brought a survey, with the survey's words. */
const surveyOffer = view(() => import('../components/survey-offer.js'), 'SurveyOffer', ['survey'], 'nothing');

/**
 * Today's parts that the first paint does not need: the block editor (opened on a click; fetched
 * first when the window is idle, and when it arrives it takes the focus as always) and the side
 * column below the first screen (today-more.tsx; fetched as Today mounts). Nothing shows while they arrive.
 */
const blockEditor = view(() => import('./today/block-editor.js'), 'BlockEditor', [], 'nothing');
const todayMore = view(() => import('./today/today-more.js'), 'TodayMore', ['reminders', 'focus'], 'nothing');
/** The hours and the work record, beside the plan on the first screen: fetched as Today mounts. */
const todaySide = view(() => import('./today/today-side.js'), 'TodaySide', [], 'nothing');
/** The trial's line under Today's heading: only while the organisation file sets a trial. */
const todayTrialLine = view(() => import('../components/trial-progress.js'), 'TodayTrialLine', ['trial'], 'nothing');
/** The banner of what is due (with today's reminder log): fetched when idle, or as soon as a reminder is due. */
const reminderBanner = view(() => import('../components/reminder-banner.js'), 'ReminderBanner', ['reminders'], 'nothing');
export const ReminderBanner = reminderBanner.Component;
export const BlockEditor = blockEditor.Component;
export const TodayMore = todayMore.Component;
export const TodaySide = todaySide.Component;
export const TodayTrialLine = todayTrialLine.Component;

export const NoticeBanner = notices.Component;
export const SurveyOffer = surveyOffer.Component;
export const ReportView = report.Component;
export const ChecklistView = checklist.Component;
export const WeekView = week.Component;
export const InventoryView = inventory.Component;
export const CalendarView = calendar.Component;
export const SettingsView = settings.Component;
export const AboutView = about.Component;
export const DayReviewView = review.Component;
export const ExportView = exports.Component;
export const SupervisorView = supervisor.Component;
export const OrgSummaryView = orgSummary.Component;
export const DataView = data.Component;
export const SurveyView = survey.Component;
export const SetupView = setup.Component;

const LIKELY = [blockEditor, reminderBanner, report, review, week, checklist, settings, calendar, inventory, about];
/** The chunks the idle prefetch fetches, in its order (each named in the build's list: test/renderer/lazy-views-prefetch.test.tsx). */
export const LIKELY_CHUNKS: readonly string[] = LIKELY.map((v) => v.chunk);

/**
 * Fetches the likely views (with their words) one after another while the window is idle (never
 * more than one request at a time, so nothing the user asks for waits behind them).
 */
export function prefetchViewsWhenIdle(i18n: RendererI18n): () => void {
  let stopped = false;
  const idle = (cb: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200));
  const next = (i: number) => {
    if (stopped || i >= LIKELY.length) return;
    idle(() => {
      if (!stopped) void LIKELY[i]!.prefetch(i18n).then(() => next(i + 1));
    });
  };
  next(0);
  return () => void (stopped = true);
}
