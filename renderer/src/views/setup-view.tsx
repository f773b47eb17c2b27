/**
 * 初回設定: on a new data folder the app opens here instead of on a day, so the first 始業報告 carries
 * the user's name and the first day follows their テレワークの曜日. One compact form (every field
 * a native input, so the keyboard reaches all of it in order), the organisation's file as a
 * shortcut, and 「あとで設定する」 to go straight to the app. Redone from 設定 at any time.
 * Validation happens in main, as for the settings view; each message stands beside its field.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { Field } from '../components/field.js';
import { OrgFileImport } from '../components/org-file-import.js';
import { useTrialImported } from '../components/trial-progress.js';
import { ImeSafeForm } from '../components/ime-safe-form.js';
import { fieldErrors } from '../field-errors.js';
import { tidyTime } from '../format.js';

/** Monday first, as a Japanese office week is read. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

export function SetupView({ api, settings, onDone }: { api: TechoApi; settings: Settings; onDone: (s: Settings) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Settings>(settings);
  const firstBreak = settings.workHours.breaks[0];
  const [breakText, setBreakText] = useState({ start: firstBreak?.start ?? '', end: firstBreak?.end ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [refusals, setRefusals] = useState(0);
  const trialImported = useTrialImported();

  // The screen replaces whatever was there: a keyboard or screen-reader user starts at its heading.
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const setProfile = (key: keyof Settings['profile']) => (value: string) => setDraft((d) => ({ ...d, profile: { ...d.profile, [key]: value } }));
  const setHours = (key: 'start' | 'end') => (value: string) => setDraft((d) => ({ ...d, workHours: { ...d.workHours, [key]: value } }));
  const toggleDay = (wd: number, on: boolean) =>
    setDraft((d) => ({ ...d, teleworkWeekdays: on ? [...d.teleworkWeekdays, wd].sort() : d.teleworkWeekdays.filter((x) => x !== wd) }));

  /** The form's one break replaces the first; both fields empty means no break. Others are kept. */
  const withBreak = (d: Settings): Settings => {
    const rest = d.workHours.breaks.slice(1);
    const start = tidyTime(breakText.start.trim());
    const end = tidyTime(breakText.end.trim());
    const breaks = start === '' && end === '' ? rest : [{ start, end }, ...rest];
    return { ...d, workHours: { ...d.workHours, start: tidyTime(d.workHours.start), end: tidyTime(d.workHours.end), breaks } };
  };

  const finish = async (next: Settings) => {
    setBusy(true);
    const r = await api.settingsUpdate(next);
    setBusy(false);
    if (r.ok) return onDone(r.data);
    setErrors(fieldErrors(r.error));
    setMessage({ text: r.error.code === 'invalid_input' ? t('setup.invalid') : t('settings.failed', { message: r.error.message }), error: true });
    setRefusals((n) => n + 1);
  };

  // Skipping keeps what is saved (the defaults on a new folder), whatever was typed here.
  const skip = () => void finish({ ...settings, firstRun: settings.firstRun === 'done' ? 'done' : 'skipped' });

  // The file sets work hours, kinds, the organisation's time zone and trial; what the user typed above stays as typed.
  const imported = async (r: { trialRemoved: string | null }) => {
    const fresh = await api.settingsGet();
    if (fresh.ok) {
      const { workHours, blockKinds, orgTimeZone, trial } = fresh.data;
      setDraft((d) => ({ ...d, workHours, blockKinds, orgTimeZone, trial }));
      const b = fresh.data.workHours.breaks[0];
      setBreakText({ start: b?.start ?? '', end: b?.end ?? '' });
    }
    setMessage({ text: [t('setup.orgImported'), trialImported(fresh.ok ? fresh.data : undefined, r.trialRemoved)].filter(Boolean).join(' '), error: false });
  };

  const err = (path: string) => errors[path];
  const p = draft.profile;
  const breakError = err('workHours.breaks.0.start') ?? err('workHours.breaks');

  return (
    <section aria-labelledby="setup-title" className="setup">
      <h2 id="setup-title" ref={headingRef} tabIndex={-1}>
        {t('setup.title')}
      </h2>
      <p>{t('setup.intro')}</p>
      <ImeSafeForm
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void finish({ ...withBreak(draft), firstRun: 'done' });
        }}
      >
        <fieldset>
          <legend>{t('settings.profile')}</legend>
          <div className="setup-grid">
            <Field id="setup-name" label={t('settings.name')} value={p.name} onChange={setProfile('name')} error={err('profile.name')} autoComplete="name" />
            <Field id="setup-department" label={t('settings.department')} value={p.department} onChange={setProfile('department')} error={err('profile.department')} />
            <Field id="setup-jobTitle" label={t('settings.jobTitle')} hint={t('settings.jobTitleHint')} value={p.title} onChange={setProfile('title')} error={err('profile.title')} autoComplete="organization-title" />
            <Field id="setup-staffId" label={t('settings.staffId')} hint={t('settings.staffIdHint')} value={p.staffId} onChange={setProfile('staffId')} error={err('profile.staffId')} />
            <Field id="setup-supervisorName" label={t('settings.supervisorName')} value={p.supervisorName} onChange={setProfile('supervisorName')} error={err('profile.supervisorName')} />
            <Field id="setup-supervisorEmail" type="email" label={t('settings.supervisorEmail')} value={p.supervisorEmail} onChange={setProfile('supervisorEmail')} error={err('profile.supervisorEmail')} autoComplete="email" />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('settings.workHours')}</legend>
          <div className="row">
            <Field id="setup-start" label={t('settings.start')} value={draft.workHours.start} onChange={setHours('start')} error={err('workHours.start')} inputMode="numeric" placeholder="8:30" size={6} />
            <Field id="setup-end" label={t('settings.end')} value={draft.workHours.end} onChange={setHours('end')} error={err('workHours.end')} inputMode="numeric" placeholder="17:15" size={6} />
            <Field id="setup-break-start" label={t('setup.breakStart')} value={breakText.start} onChange={(v) => setBreakText((b) => ({ ...b, start: v }))} error={breakError} inputMode="numeric" size={6} />
            <Field id="setup-break-end" label={t('setup.breakEnd')} value={breakText.end} onChange={(v) => setBreakText((b) => ({ ...b, end: v }))} error={err('workHours.breaks.0.end')} inputMode="numeric" size={6} />
          </div>
          <p className="hint">{t('setup.breakHint')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('settings.teleworkWeekdays')}</legend>
          <p className="hint" id="setup-weekdays-hint">
            {t('setup.weekdaysHint')}
          </p>
          <div className="row" role="group" aria-describedby="setup-weekdays-hint">
            {WEEKDAYS.map((wd) => (
              <label key={wd} className="check">
                <input type="checkbox" checked={draft.teleworkWeekdays.includes(wd)} onChange={(e) => toggleDay(wd, e.target.checked)} /> {t(`weekdays.${wd}`)}
              </label>
            ))}
          </div>
          {err('teleworkWeekdays') && <p className="error-text">{err('teleworkWeekdays')}</p>}
        </fieldset>

        <OrgFileImport
          api={api}
          legend={t('setup.org')}
          hint={t('setup.orgHint')}
          fileLabel={t('setup.orgFile')}
          onFailed={() => setMessage({ text: t('calendar.importFailed'), error: true })}
          onImported={imported}
        />

        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('setup.save')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={skip}>
            {t('setup.skip')}
          </button>
        </div>
        <p role="status" className={message?.error ? 'error-text' : 'status-text'}>
          {message?.text ?? ''}
        </p>
      </ImeSafeForm>
    </section>
  );
}
