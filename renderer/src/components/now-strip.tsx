/**
 * The "now" strip at the top of every view: today's current and next 予定, the focus timer, the
 * 始業報告 / 終業報告 status and the one press that makes sense now (始業 before the start;
 * 中抜け開始 and 終業 while working; 戻り while away). Everything is main's: the strip shows today's
 * DayView and the focus state and asks main to change them; it keeps nothing of its own.
 *
 * A 中抜け started here pauses a running focus timer (time away is not focused time) and offers
 * the 中断報告; 戻り offers the 再開報告. 終業 opens the end-of-day review, which records it.
 */
import { type ReactNode, memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { Block } from '../../../shared/day/day-schema.js';
import type { DayView } from '../../../shared/day/day-view.js';
import type { FocusState } from '../../../shared/focus/focus-schema.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { INTERRUPTION_TREATMENTS } from '../../../shared/lists/interruption-treatments.js';
import { toMinutes } from '../../../shared/time/clock-time.js';
import { clockText, durationIn, hhmm, recordTime } from '../format.js';
import { orgWallClock } from '../../../shared/time/org-time-zone.js';
import { countdownText, useRemainingMs } from '../use-remaining.js';
import { useDay } from '../views/today/use-day.js';
import { onThePlan } from '../../../shared/lists/block-statuses.js';

/** Minutes of the day (a 中抜け, 始業) as "9:05" (DOMAIN.md: 8:30, not 08:30). */
export const minuteTime = (minutes: number): string => clockText(hhmm(minutes));
/** An ISO instant (a report's sent time) as "8:28" on the organisation's clock, as the reports write it. */
const instantTime = (iso: string, timeZone: string): string => clockText(orgWallClock(iso, timeZone).time);

/** "20分" / "1時間5分" — never 65分 or 1.1時間 (DOMAIN.md). */
export function useDuration() {
  const { i18n } = useTranslation();
  return durationIn(i18n.language);
}

/** The block the minute falls in (not a 休憩, not 中止) and the next one to start after it. */
export function currentAndNext(blocks: readonly Block[], minutes: number): { current: Block | undefined; next: Block | undefined } {
  const work = [...blocks].filter((b) => b.kind !== 'break' && onThePlan(b.status)).sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  const current = work.find((b) => toMinutes(b.start) <= minutes && minutes < toMinutes(b.end));
  const next = work.find((b) => b !== current && toMinutes(b.start) > minutes);
  return { current, next };
}

/** Which report the strip offers after a 中抜け: 中断報告 while away (until one is sent), 再開報告 after 戻り (until one is sent). */
export function reportOffer(view: DayView): 'pause' | 'resume' | undefined {
  const last = view.day.record.interruptions.at(-1);
  if (!last) return undefined;
  const sentSince = (kind: 'pause' | 'resume', minute: number) =>
    view.day.reports.some((r) => {
      if (r.kind !== kind) return false;
      const d = new Date(r.sentAt);
      return d.getHours() * 60 + d.getMinutes() >= minute;
    });
  if (last.end === null) return sentSince('pause', last.start) ? undefined : 'pause';
  if (view.day.record.end !== null) return undefined;
  return sentSince('resume', last.end) ? undefined : 'resume';
}

/** Only this re-renders every second, while a session runs. */
const FocusTime = memo(function FocusTime({ state, receivedAt }: { state: FocusState; receivedAt: number }) {
  const { t } = useTranslation();
  const { remaining, running } = useRemainingMs(state, receivedAt);
  return (
    <span role="timer" aria-live="off" data-testid="now-focus">
      {t(running ? 'now.focusRemaining' : 'now.focusPaused', { time: countdownText(remaining) })}
    </span>
  );
});

/** `timeZone`: the organisation's (setting orgTimeZone), for the times reports were sent. */
export const NowStrip = memo(function NowStrip({ api, date, nowMinutes, onReview, timeZone }: { api: TechoApi; date: string; nowMinutes: number; onReview: () => void; timeZone: string }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const { view, apply } = useDay(api, date);
  const [focus, setFocus] = useState<FocusState>();
  const [receivedAt, setReceivedAt] = useState(0);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const accept = useCallback((s: FocusState) => {
    setFocus(s);
    setReceivedAt(performance.now());
  }, []);
  useEffect(() => {
    const load = () => void api.focusGet().then((r) => r.ok && accept(r.data));
    load();
    return api.on('focus:changed', load);
  }, [api, accept]);

  if (!view) return <section className="now-strip" aria-label={t('now.label')} aria-busy="true" />;
  const { record, reports } = view.day;
  const { current, next } = currentAndNext(view.day.blocks, nowMinutes);
  const away = record.interruptions.find((i) => i.end === null);
  const working = record.start !== null && record.end === null;
  const session = focus?.session ?? null;
  const offer = reportOffer(view);

  /** One press at a time, timed by main's clock at the moment of the press (not the strip's last refresh). */
  const act = async (run: (minutes: number) => Promise<string | undefined>) => {
    if (busy) return;
    setBusy(true);
    try {
      const now = await api.appNow();
      if (!now.ok) return setMessage(now.error.message);
      const said = await run(now.data.minutes);
      if (said !== undefined) setMessage(said);
    } finally {
      setBusy(false);
    }
  };
  const clockStart = () =>
    act(async (m) => {
      const o = await apply(() => api.recordClock({ date, field: 'start', reason: '' }));
      return o.ok ? t('now.started', { time: minuteTime(m) }) : o.error.message;
    });
  const startAway = () =>
    act(async (m) => {
      const o = await apply(() => api.recordSaveInterruption({ date, interruption: { id: null, start: m, end: null, treatment: INTERRUPTION_TREATMENTS[0], note: '' }, reason: '' }));
      if (!o.ok) return o.error.message;
      // Time away is not focused time: a running session stops counting until the user resumes it.
      if (session?.status === 'running') {
        const p = await api.focusPause();
        if (!p.ok) return p.error.message;
        accept(p.data);
        return t('now.awayStarted', { time: minuteTime(m) });
      }
      return t('now.awayStartedNoFocus', { time: minuteTime(m) });
    });
  const comeBack = () =>
    act(async (m) => {
      if (!away) return undefined;
      const o = await apply(() => api.recordSaveInterruption({ date, interruption: { ...away, end: m }, reason: '' }));
      return o.ok ? t('now.backAt', { time: minuteTime(m) }) : o.error.message;
    });
  const focusRun = (p: ReturnType<TechoApi['focusGet']>) =>
    act(async () => {
      const r = await p;
      if (!r.ok) return r.error.message;
      accept(r.data);
      return '';
    });

  const blockText = (b: Block | undefined) => (b ? t('now.block', { start: clockText(b.start), end: clockText(b.end), title: b.title }) : t('now.none'));

  return (
    <section className="now-strip" aria-label={t('now.label')} data-testid="now-strip">
      <div className="now-row">
        <p className="now-item now-block">
          <span className="now-key">{t('now.current')}</span> <span data-testid="now-current" title={blockText(current)}>{blockText(current)}</span>
        </p>
        <p className="now-item now-block">
          <span className="now-key">{t('now.next')}</span> <span data-testid="now-next" title={blockText(next)}>{blockText(next)}</span>
        </p>
        <p className="now-item now-focus">
          <span className="now-key">{t('now.focus')}</span>{' '}
          {session && session.status !== 'finished' && focus ? (
            <>
              <FocusTime state={focus} receivedAt={receivedAt} />{' '}
              {session.status === 'running' ? (
                <button type="button" className="secondary compact" disabled={busy} onClick={() => void focusRun(api.focusPause())}>
                  {t('now.focusPause')}
                </button>
              ) : (
                <button type="button" className="secondary compact" disabled={busy || away !== undefined} onClick={() => void focusRun(api.focusResume())}>
                  {t('now.focusResume')}
                </button>
              )}
            </>
          ) : session?.status === 'finished' ? (
            <a href="#/today">{t('now.focusFinished')}</a>
          ) : (
            <button
              type="button"
              className="secondary compact"
              disabled={busy || !focus || away !== undefined}
              onClick={() => void focusRun(api.focusStart({ date, blockId: current?.id ?? null, minutes: null, countSleep: false }))}
            >
              {t('now.focusStart')}
            </button>
          )}
        </p>
      </div>
      <div className="now-row">
        {working && <p className="now-item">{t('now.startedAt', { time: recordTime(record.start!, t('record.nextDay')) })}</p>}
        <p className="now-item now-reports" data-testid="now-reports">
          {(['start', 'end'] as const).map((kind) => {
            const sent = reports.filter((r) => r.kind === kind).at(-1);
            const text = sent ? t('now.reportSent', { kind: t(`reports.kinds.${kind}`), time: instantTime(sent.sentAt, timeZone) }) : t('now.reportNotSent', { kind: t(`reports.kinds.${kind}`) });
            return (
              // Unsent is flagged only on a telework day: on an 出勤 day the reports are not expected.
              <a key={kind} href={`#/report/${kind}`} className={sent ? 'now-sent' : view.telework ? 'now-unsent' : undefined}>
                {text}
              </a>
            );
          })}
        </p>
        {(away || record.interruptions.length > 0) && (
          <p className="now-item" data-testid="now-away">
            {away && <span>{t('now.awaySince', { time: minuteTime(away.start) })} </span>}
            {record.interruptions.some((i) => i.end !== null) && <span data-testid="now-away-minutes">{t('now.interruptionMinutes', { duration: duration(view.metrics.interruptionMinutes) })}</span>}
          </p>
        )}
        <p aria-live="polite" className="now-status" data-testid="now-message">
          {message}
        </p>
        <div className="now-actions">
          {offer && (
            <a className="button secondary compact" href={`#/report/${offer}`}>
              {t(offer === 'pause' ? 'now.offerPause' : 'now.offerResume')}
            </a>
          )}
          {record.start === null && (
            <button type="button" className="compact" disabled={busy} onClick={() => void clockStart()}>
              {t('now.clockStart')}
            </button>
          )}
          {working && !away && (
            <button type="button" className="secondary compact" disabled={busy} onClick={() => void startAway()}>
              {t('now.startAway')}
            </button>
          )}
          {working && away && (
            <button type="button" className="compact" disabled={busy} onClick={() => void comeBack()}>
              {t('now.back')}
            </button>
          )}
          {working && !away && (
            <button type="button" className="compact" disabled={busy} onClick={onReview}>
              {t('now.clockEnd')}
            </button>
          )}
          {record.end !== null && <span className="now-item">{t('now.endedAt', { time: recordTime(record.end, t('record.nextDay')) })}</span>}
          {record.end !== null && (
            <button type="button" className="secondary compact" onClick={onReview}>
              {t('now.review')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
});

/**
 * The pinned bar (the strip, and under it what is due). The page keeps its height free at the top
 * when it scrolls a focused control into view (scroll-padding), so Tab never lands under the bar
 * (WCAG 2.4.11, focus not obscured).
 */
export function NowBar({ children }: { children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    // The observer reports the first size too, measured with the frame's own layout: asking the bar
    // for its height here would force a layout of the whole page before the first paint.
    const watch = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height;
      root.style.scrollPaddingTop = `${Math.ceil(height) + 8}px`;
    });
    watch.observe(el);
    return () => {
      watch.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, []);
  return (
    <div className="now-bar" ref={bar}>
      {children}
    </div>
  );
}
