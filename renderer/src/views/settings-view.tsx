/**
 * Settings: staff details, working hours with breaks, language. Validation happens in main; its
 * messages come back per field and are shown next to each input. Saved settings apply at once.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { LANGUAGES, type Language, type Settings, WEBHOOK_KINDS } from '../../../shared/settings/settings-schema.js';
import { Field } from '../components/field.js';
import { fieldErrors } from '../field-errors.js';
import { ImeSafeForm } from '../components/ime-safe-form.js';
import { SelectField } from '../components/select-field.js';
import { TIME_ZONES, isListedTimeZone } from '../../../shared/lists/time-zones.js';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function SettingsView({ api, settings, onSaved }: { api: TechoApi; settings: Settings; onSaved: (s: Settings) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Settings>(settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on each refused save; after that render, focus goes to the first field that needs attention.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  // Another window (or a reload) saved new settings: show them.
  useEffect(() => setDraft(settings), [settings]);

  const setProfile = (key: keyof Settings['profile']) => (value: string) =>
    setDraft((d) => ({ ...d, profile: { ...d.profile, [key]: value } }));
  const setHours = (key: 'start' | 'end') => (value: string) => setDraft((d) => ({ ...d, workHours: { ...d.workHours, [key]: value } }));
  const setBreak = (index: number, key: 'start' | 'end') => (value: string) =>
    setDraft((d) => ({
      ...d,
      workHours: { ...d.workHours, breaks: d.workHours.breaks.map((b, i) => (i === index ? { ...b, [key]: value } : b)) },
    }));
  const addBreak = () => setDraft((d) => ({ ...d, workHours: { ...d.workHours, breaks: [...d.workHours.breaks, { start: '15:00', end: '15:15' }] } }));
  const removeBreak = (index: number) =>
    setDraft((d) => ({ ...d, workHours: { ...d.workHours, breaks: d.workHours.breaks.filter((_, i) => i !== index) } }));

  const save = async () => {
    setStatus({ kind: 'saving' });
    const result = await api.settingsUpdate(draft);
    if (result.ok) {
      setErrors({});
      setStatus({ kind: 'saved' });
      onSaved(result.data);
      return;
    }
    setErrors(fieldErrors(result.error));
    setStatus(result.error.code === 'invalid_input' ? { kind: 'error', message: t('settings.invalid') } : { kind: 'error', message: t('settings.failed', { message: result.error.message }) });
    setRefusals((n) => n + 1);
  };

  const err = (path: string) => errors[path];
  const r = draft.reminders;
  const setReminder = <K extends keyof Settings['reminders']>(key: K, value: Settings['reminders'][K]) =>
    setDraft((d) => ({ ...d, reminders: { ...d.reminders, [key]: value } }));
  const check = (key: 'startReport' | 'endReport' | 'approval' | 'blocks' | 'breaks' | 'checklist' | 'onHolidays' | 'onOfficeDays', label: string) => (
    <label className="check">
      <input type="checkbox" checked={r[key]} onChange={(e) => setReminder(key, e.target.checked)} /> {label}
    </label>
  );
  const setWebhook = <K extends keyof Settings['webhook']>(key: K, value: Settings['webhook'][K]) =>
    setDraft((d) => ({ ...d, webhook: { ...d.webhook, [key]: value } }));
  const approvalError = Object.entries(errors).find(([k]) => k.startsWith('reminders.approvalTimes'))?.[1];
  const p = draft.profile;

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <p>{t('settings.intro')}</p>
      <div className="row">
        <button type="button" className="secondary" aria-describedby="redo-setup-hint" onClick={() => void api.settingsUpdate({ ...settings, firstRun: 'pending' }).then((r) => r.ok && onSaved(r.data))}>
          {t('setup.redo')}
        </button>
        <span id="redo-setup-hint" className="hint">
          {t('setup.redoHint')}
        </span>
      </div>
      <ImeSafeForm
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{t('settings.profile')}</legend>
          <Field id="name" label={t('settings.name')} value={p.name} onChange={setProfile('name')} error={err('profile.name')} autoComplete="name" />
          <Field id="staffId" label={t('settings.staffId')} hint={t('settings.staffIdHint')} value={p.staffId} onChange={setProfile('staffId')} error={err('profile.staffId')} inputMode="text" />
          <Field id="department" label={t('settings.department')} value={p.department} onChange={setProfile('department')} error={err('profile.department')} />
          <Field id="jobTitle" label={t('settings.jobTitle')} hint={t('settings.jobTitleHint')} value={p.title} onChange={setProfile('title')} error={err('profile.title')} autoComplete="organization-title" />
          <Field id="supervisorName" label={t('settings.supervisorName')} value={p.supervisorName} onChange={setProfile('supervisorName')} error={err('profile.supervisorName')} />
          <Field id="supervisorEmail" type="email" label={t('settings.supervisorEmail')} value={p.supervisorEmail} onChange={setProfile('supervisorEmail')} error={err('profile.supervisorEmail')} autoComplete="email" />
        </fieldset>

        <fieldset>
          <legend>{t('settings.workHours')}</legend>
          <div className="row">
            <Field id="workStart" label={t('settings.start')} value={draft.workHours.start} onChange={setHours('start')} error={err('workHours.start')} inputMode="numeric" placeholder="08:30" size={6} />
            <Field id="workEnd" label={t('settings.end')} value={draft.workHours.end} onChange={setHours('end')} error={err('workHours.end')} inputMode="numeric" placeholder="17:15" size={6} />
          </div>
          <h3>{t('settings.breaks')}</h3>
          {err('workHours.breaks') && <p className="error-text">{err('workHours.breaks')}</p>}
          <ol className="break-list">
            {draft.workHours.breaks.map((b, i) => (
              <li key={i} className="row">
                <Field id={`break${i}Start`} label={t('settings.breakStart', { n: i + 1 })} value={b.start} onChange={setBreak(i, 'start')} error={err(`workHours.breaks.${i}.start`)} inputMode="numeric" size={6} />
                <Field id={`break${i}End`} label={t('settings.breakEnd', { n: i + 1 })} value={b.end} onChange={setBreak(i, 'end')} error={err(`workHours.breaks.${i}.end`)} inputMode="numeric" size={6} />
                <button type="button" className="secondary" onClick={() => removeBreak(i)}>
                  {t('settings.removeBreak', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={addBreak} disabled={draft.workHours.breaks.length >= 4}>
            {t('settings.addBreak')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('reminders.settings')}</legend>
          <div className="check-list">
            {check('startReport', t('reminders.startReportOn'))}
            {check('endReport', t('reminders.endReportOn'))}
          </div>
          <Field
            id="endReportMinutesBefore"
            label={t('reminders.endReportMinutesBefore')}
            value={String(r.endReportMinutesBefore)}
            onChange={(v) => setReminder('endReportMinutesBefore', Number(v))}
            error={err('reminders.endReportMinutesBefore')}
            inputMode="numeric"
            size={4}
          />
          <div className="check-list">{check('approval', t('reminders.approvalOn'))}</div>
          <Field
            id="approvalTimes"
            label={t('reminders.approvalTimes')}
            value={r.approvalTimes.join(', ')}
            onChange={(v) => setReminder('approvalTimes', v.split(/[,、\s]+/).filter(Boolean))}
            error={approvalError}
          />
          <div className="check-list">
            {check('blocks', t('reminders.blocksOn'))}
            {check('breaks', t('reminders.breaksOn'))}
          </div>
          <Field id="breakAfterMinutes" label={t('reminders.breakAfterMinutes')} value={String(r.breakAfterMinutes)} onChange={(v) => setReminder('breakAfterMinutes', Number(v))} error={err('reminders.breakAfterMinutes')} inputMode="numeric" size={4} />
          <div className="check-list">{check('checklist', t('reminders.checklistOn'))}</div>
          <Field id="checklistTime" label={t('reminders.checklistTime')} value={r.checklistTime} onChange={(v) => setReminder('checklistTime', v)} error={err('reminders.checklistTime')} inputMode="numeric" size={6} />
          <div className="check-list">
            {check('onHolidays', t('reminders.onHolidays'))}
            {check('onOfficeDays', t('reminders.onOfficeDays'))}
            <label className="check">
              <input type="checkbox" checked={draft.startAtLogin} onChange={(e) => setDraft((d) => ({ ...d, startAtLogin: e.target.checked }))} /> {t('reminders.startAtLogin')}
            </label>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('webhook.title')}</legend>
          <p className="hint">{t('webhook.intro')}</p>
          <label className="check">
            <input type="checkbox" checked={draft.webhook.enabled} onChange={(e) => setWebhook('enabled', e.target.checked)} /> {t('webhook.enabled')}
          </label>
          {/* Also shown while off if a saved value was refused, so the message is never hidden. */}
          {(draft.webhook.enabled || err('webhook.url') || err('webhook.allowHttpHost')) && (
            <>
              <SelectField id="webhook-kind" label={t('webhook.kind')} value={draft.webhook.kind} onChange={(v) => setWebhook('kind', v)} options={WEBHOOK_KINDS.map((k) => ({ value: k, label: t(`webhook.kinds.${k}`) }))} />
              <Field id="webhook-url" label={t('webhook.url')} value={draft.webhook.url} onChange={(v) => setWebhook('url', v)} error={err('webhook.url')} inputMode="url" />
              <Field id="webhook-http-host" label={t('webhook.allowHttpHost')} hint={t('webhook.allowHttpHostHint')} value={draft.webhook.allowHttpHost} onChange={(v) => setWebhook('allowHttpHost', v)} error={err('webhook.allowHttpHost')} />
              <div className="row">
                <Field id="webhook-timeout" label={t('webhook.timeoutSeconds')} value={String(draft.webhook.timeoutSeconds)} onChange={(v) => setWebhook('timeoutSeconds', Number(v))} error={err('webhook.timeoutSeconds')} inputMode="numeric" size={4} />
                <Field id="webhook-retries" label={t('webhook.retries')} value={String(draft.webhook.retries)} onChange={(v) => setWebhook('retries', Number(v))} error={err('webhook.retries')} inputMode="numeric" size={4} />
              </div>
              <button
                type="button"
                className="secondary"
                disabled={!settings.webhook.enabled}
                onClick={() => void api.webhookTest().then((r) => setStatus(r.ok ? { kind: 'saved' } : { kind: 'error', message: r.error.message }))}
              >
                {t('webhook.test')}
              </button>
            </>
          )}
        </fieldset>

        <SelectField
          id="org-time-zone"
          label={t('settings.orgTimeZone')}
          hint={t('settings.orgTimeZoneHint')}
          value={draft.orgTimeZone}
          onChange={(orgTimeZone: string) => setDraft((d) => ({ ...d, orgTimeZone }))}
          error={err('orgTimeZone')}
          // A zone the 庁内共通の設定 file named that is not listed stays offered, under its own name.
          options={[...new Set<string>([...TIME_ZONES, draft.orgTimeZone])].map((zone) => ({ value: zone, label: isListedTimeZone(zone) ? t('settings.timeZoneOption', { place: t(`settings.timeZones.${zone}`), zone }) : zone }))}
        />

        <SelectField id="language" label={t('settings.language')} value={draft.language} onChange={(language: Language) => setDraft((d) => ({ ...d, language }))} options={LANGUAGES.map((l) => ({ value: l, label: t(`settings.languages.${l}`) }))} />

        <div className="actions">
          <button type="submit" disabled={status.kind === 'saving'}>
            {t('settings.save')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(settings);
              setErrors({});
              setStatus({ kind: 'idle' });
            }}
          >
            {t('settings.reset')}
          </button>
        </div>
        <p role="status" className={status.kind === 'error' ? 'error-text' : 'status-text'}>
          {status.kind === 'saving' ? t('settings.saving') : status.kind === 'saved' ? t('settings.saved') : status.kind === 'error' ? status.message : ''}
        </p>
      </ImeSafeForm>
    </section>
  );
}
