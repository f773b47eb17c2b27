/**
 * テレワーク試行 (issue #17) from the staff member's side: where they stand in the organisation's
 * trial, as `trial:progress` answers it. One hook (asked again when a day or the settings change,
 * e.g. a 勤務形態 changed or 始業 recorded) and the pieces Today, the week view and 前日の準備 show.
 * Someone outside the trial's target 課 sees nothing of it (main answers `target: false`).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { formatDate, formatShortDate, weekdayJa } from '../../../shared/calendar/japanese-date.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import type { TrialProgress } from '../../../shared/trial/trial-progress.js';

/** The trial as of `date` (today), or null when there is none; not asked at all when `enabled` is false. */
export function useTrialProgress(api: TechoApi, date: string, enabled = true): TrialProgress | null {
  const [progress, setProgress] = useState<TrialProgress | null>(null);
  useEffect(() => {
    if (!enabled) {
      setProgress(null);
      return undefined;
    }
    // Only the latest answer is shown: an earlier one arriving late must not undo a newer count.
    let asked = 0;
    const load = () => {
      const mine = ++asked;
      void api.trialProgress({ date }).then((r) => r.ok && mine === asked && setProgress(r.data));
    };
    load();
    const offs = [api.on('day:changed', load), api.on('settings:changed', load)];
    return () => {
      asked = -1;
      offs.forEach((off) => off());
    };
  }, [api, date, enabled]);
  return progress;
}

/** The period in long form: 令和8年(2026年)11月9日(月)〜12月18日(金) (the year once when it is the same). */
export function trialPeriodText(start: string, end: string, language: string): string {
  if (language === 'en') return `${formatDate(start, 'en')} – ${formatDate(end, 'en')}`;
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const [, m, d] = end.split('-').map(Number);
  return `${formatDate(start)}〜${sameYear ? `${m}月${d}日(${weekdayJa(end)})` : formatDate(end)}`;
}

/**
 * What the organisation file's import says of the trial it set (カレンダー, 初回設定): its name and
 * period, read from the settings after the import; the trial it removed ("trial": null, its name in
 * `removed`); '' when the file did neither.
 */
export function useTrialImported(): (settings: Settings | undefined, removed?: string | null) => string {
  const { t, i18n } = useTranslation();
  return (settings, removed) => {
    if (removed) return t('trial.removed', { name: removed });
    const trial = settings?.trial;
    return trial ? t('trial.imported', { name: trial.name, period: trialPeriodText(trial.start, trial.end, i18n.language) }) : '';
  };
}

const shown = (p: TrialProgress | null): p is TrialProgress => p !== null && p.target;

/** The one line: 「テレワーク試行 1日実施/目標2日(あと1日・12/18(金)まで) 候補日: 12/3(木)」. */
export function TrialLine({ progress }: { progress: TrialProgress | null }) {
  const { t, i18n } = useTranslation();
  if (!shown(progress)) return null;
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const p = progress;
  const short = (d: string) => formatShortDate(d, lang);
  const values = { done: p.teleworkDays, count: p.minDays, remaining: p.remaining, start: short(p.start), end: short(p.end) };
  const text =
    p.status === 'notStarted'
      ? t('trial.notStarted', values)
      : p.status === 'ended'
        ? t('trial.ended', values)
        : p.remaining > 0
          ? t('trial.running', values)
          : t('trial.met', values);
  const next = p.suggestedDate
    ? t('trial.suggested', { date: short(p.suggestedDate) })
    : p.status !== 'ended' && p.remaining > 0 && p.plannedDays >= p.remaining
      ? t('trial.planned', { count: p.plannedDays })
      : '';
  return (
    <p className="trial-line" data-testid="trial-line">
      <strong>{t('trial.label')}</strong> <span>{text}</span>
      {/* A space between the parts, so a screen reader does not run them together (flex lays them out). */}
      {next && ' '}
      {next && <span className="trial-next">{next}</span>}
    </p>
  );
}

/** 前日の準備: while the rule is not met, what is left and the day suggested (with a way to open its plan). */
export function TrialChecklistNote({ progress }: { progress: TrialProgress | null }) {
  const { t, i18n } = useTranslation();
  if (!shown(progress) || progress.status === 'ended' || progress.remaining === 0) return null;
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const p = progress;
  return (
    <section className="trial-note" aria-labelledby="trial-note-title" data-testid="trial-note">
      <h3 id="trial-note-title">{t('trial.checklistTitle', { name: p.name })}</h3>
      <p>{t('trial.checklistNeed', { count: p.remaining, end: formatShortDate(p.end, lang), daysLeft: p.daysLeft })}</p>
      {p.suggestedDate ? (
        <p>
          {t('trial.checklistSuggest', { date: formatDate(p.suggestedDate, lang) })}{' '}
          <a className="button secondary" href={`#/today/${p.suggestedDate}`}>
            {t('trial.openSuggested', { date: formatShortDate(p.suggestedDate, lang) })}
          </a>
        </p>
      ) : (
        p.plannedDays >= p.remaining && <p>{t('trial.checklistPlanned', { count: p.plannedDays })}</p>
      )}
    </section>
  );
}

/** Today's line of the trial: its own progress, asked for here (a chunk of its own, issue #16). */
export function TodayTrialLine({ api, today }: { api: TechoApi; today: string }) {
  return <TrialLine progress={useTrialProgress(api, today)} />;
}
