/** カレンダー: the year's 休日 (祝日, 年末年始, the organisation's days), editing the organisation's
 * own days, and importing the organisation defaults file. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { DayInfo, OrgDay } from '../../../shared/calendar/day-kind.js';
import { formatDate } from '../../../shared/calendar/japanese-date.js';
import { holidayName } from '../format.js';
import { Field } from '../components/field.js';
import { OrgFileImport } from '../components/org-file-import.js';
import { useTrialImported } from '../components/trial-progress.js';
import { fieldErrors } from '../field-errors.js';
import type { TechoApi } from '../../../shared/ipc/api.js';

export function CalendarView({ api, year, go }: { api: TechoApi; year: number; go: (year: number) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [holidays, setHolidays] = useState<DayInfo[]>([]);
  const [orgDays, setOrgDays] = useState<OrgDay[]>([]);
  const [message, setMessage] = useState('');
  const [orgDayErrors, setOrgDayErrors] = useState<Record<string, string>>({});
  const trialImported = useTrialImported();

  /**
   * The year the lists below are of. Until the asked year arrives they are not shown: a row added
   * to the organisation's days before the saved ones came would be wiped by their arrival, and
   * after ← / → last year's days would stand under this year's title.
   */
  const [loadedYear, setLoadedYear] = useState<number>();
  const wanted = useRef(year);
  wanted.current = year;
  const load = () =>
    void api.calendarGet({ year }).then((r) => {
      if (!r.ok || year !== wanted.current) return;
      setHolidays(r.data.holidays);
      setOrgDays(r.data.orgDays);
      setLoadedYear(year);
    });
  useEffect(load, [api, year]);


  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <nav className="day-nav" aria-label={t('calendar.title')}>
        <button type="button" className="secondary" onClick={() => go(year - 1)}>
          ← {t('calendar.prevYear')}
        </button>
        <strong>{t('calendar.year', { year })}</strong>
        <button type="button" className="secondary" onClick={() => go(year + 1)}>
          {t('calendar.nextYear')} →
        </button>
      </nav>
      {loadedYear === year ? (
        <>
          <h3>{t('calendar.holidays')}</h3>
          <ul className="plain-list holiday-list">
            {holidays.map((h) => (
              <li key={h.date}>
                {formatDate(h.date, lang)} {holidayName(h, i18n.language) || t(`dayKinds.${h.kind}`)}
              </li>
            ))}
          </ul>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void api.calendarSetOrgDays({ orgDays }).then((r) => {
                if (r.ok) {
                  setOrgDays(r.data);
                  load();
                }
                // Each problem beside its field; the status line only says that something is wrong.
                setOrgDayErrors(r.ok ? {} : fieldErrors(r.error, 'orgDays'));
                setMessage(r.ok ? t('day.saved') : r.error.message);
              });
            }}
          >
            <fieldset>
              <legend>{t('calendar.orgDays')}</legend>
              <p className="hint">{t('calendar.orgDaysHelp')}</p>
              {orgDays.map((d, i) => (
                <div key={i} className="row">
                  <Field
                    id={`org-date-${i}`}
                    type="date"
                    label={t('calendar.date')}
                    value={d.date}
                    error={orgDayErrors[`${i}.date`]}
                    onChange={(date) => setOrgDays((all) => all.map((x, j) => (j === i ? { ...x, date } : x)))}
                  />
                  <Field
                    id={`org-name-${i}`}
                    label={t('calendar.name')}
                    value={d.name}
                    error={orgDayErrors[`${i}.name`]}
                    onChange={(name) => setOrgDays((all) => all.map((x, j) => (j === i ? { ...x, name } : x)))}
                  />
                  <button type="button" className="secondary" onClick={() => setOrgDays((all) => all.filter((_, j) => j !== i))}>
                    {t('calendar.remove', { name: d.name || d.date })}
                  </button>
                </div>
              ))}
              <div className="actions">
                <button type="button" className="secondary" onClick={() => setOrgDays((all) => [...all, { date: `${year}-01-01`, name: '' }])}>
                  {t('calendar.add')}
                </button>
                <button type="submit">{t('calendar.saveOrgDays')}</button>
              </div>
            </fieldset>
          </form>
        </>
      ) : (
        <p aria-busy="true">{t('app.loading')}</p>
      )}
      <OrgFileImport
        api={api}
        legend={t('calendar.importTitle')}
        hint={t('calendar.importHelp')}
        fileLabel={t('calendar.importFile')}
        onFailed={() => setMessage(t('calendar.importFailed'))}
        onImported={async (r) => {
          const imported = t('calendar.imported', { hours: r.workHours ? '✓' : '—', days: r.orgDays, inventory: r.inventory, templates: r.templates, checklist: r.checklist });
          // The trial's period is not in the answer: it is read from the settings the import changed.
          const trial = r.trial ? trialImported(await api.settingsGet().then((s) => (s.ok ? s.data : undefined))) : trialImported(undefined, r.trialRemoved);
          setMessage([imported, r.orgTimeZone ? t('calendar.importedTimeZone', { zone: r.orgTimeZone }) : '', trial].filter(Boolean).join(' '));
          load();
        }}
      />
      <p role="status" className="status-text">
        {message}
      </p>
    </section>
  );
}
