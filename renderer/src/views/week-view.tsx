/** 週の予定: the week at a glance (telework days, holidays, planned blocks) and the weekly pattern. */
import { StepNav } from '../components/step-nav.js';
import { useEffect, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { addDays, weekStart } from '../../../shared/calendar/local-date.js';
import { formatShortDate } from '../../../shared/calendar/japanese-date.js';
import { holidayName } from '../format.js';
import { durationText } from '../../../shared/time/time-text.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { Week } from '../../../shared/ipc/contract.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { TrialLine, useTrialProgress } from '../components/trial-progress.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

export function WeekView({ api, date, today, settings, go, open }: { api: TechoApi; date: string; today: string; settings: Settings; go: (d: string) => void; open: (d: string) => void }) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Week>();
  const [pattern, setPattern] = useState(settings.teleworkWeekdays);
  const [message, setMessage] = useState('');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const start = weekStart(date);
  const trial = useTrialProgress(api, today, settings.trial !== null);
  const suggested = trial?.target ? trial.suggestedDate : null;

  useEffect(() => {
    const load = () => void api.weekGet({ date: start }).then((r) => r.ok && setLoaded(r.data));
    load();
    const off = api.on('day:changed', load);
    const offSettings = api.on('settings:changed', load);
    return () => {
      off();
      offSettings();
    };
  }, [api, start]);
  useEffect(() => setPattern(settings.teleworkWeekdays), [settings.teleworkWeekdays]);
  // After ← / →, until the new week arrives: nothing, rather than last week's days to click on.
  const week = loaded?.days[0]?.date === start ? loaded : undefined;

  return (
    <section aria-labelledby="week-title">
      <h2 id="week-title">{t('week.title')}</h2>
      <StepNav label={t('week.title')} prev={{ text: t('week.prev'), go: () => go(addDays(start, -7)) }} next={{ text: t('week.next'), go: () => go(addDays(start, 7)) }} />
      <TrialLine progress={trial} />
      <ol className="week-grid">
        {week?.days.map((d) => (
          <li key={d.date} className={`${d.info.isHoliday ? 'holiday' : ''} ${d.telework ? 'telework' : ''} ${d.date === today ? 'today' : ''} ${d.date === suggested ? 'trial-suggested' : ''}`} aria-current={d.date === today ? 'date' : undefined}>
            <a href={`#/today/${d.date}`} onClick={(e) => (e.preventDefault(), open(d.date))} aria-label={t('week.open', { date: formatShortDate(d.date, lang) })}>
              <strong>{formatShortDate(d.date, lang)}</strong>
            </a>
            <span>{d.info.isHoliday ? holidayName(d.info, i18n.language) || t(`dayKinds.${d.info.kind}`) : d.telework ? t('week.telework') : t('places.office')}</span>
            <span>{d.blockCount > 0 ? t('week.blocks', { count: d.blockCount, duration: durationText(d.plannedMinutes, lang) }) : t('week.noPlan')}</span>
            {d.date === suggested && <strong className="trial-mark">{t('trial.suggestedDay')}</strong>}
          </li>
        ))}
      </ol>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void api.settingsUpdate({ ...settings, teleworkWeekdays: [...pattern].sort() }).then((r) => setMessage(r.ok ? t('settings.saved') : r.error.message));
        }}
      >
        <fieldset>
          <legend>{t('week.pattern')}</legend>
          <p className="hint">{t('week.patternHelp')}</p>
          <div className="row">
            {WEEKDAYS.map((wd) => (
              <label key={wd} className="check">
                <input
                  type="checkbox"
                  checked={pattern.includes(wd)}
                  onChange={(e) => setPattern((p) => (e.target.checked ? [...p, wd] : p.filter((x) => x !== wd)))}
                />{' '}
                {t(`weekdays.${wd}`)}
              </label>
            ))}
          </div>
          <button type="submit" className="secondary">
            {t('week.savePattern')}
          </button>
        </fieldset>
      </form>
      <p role="status" className="status-text">
        {message}
      </p>
    </section>
  );
}
