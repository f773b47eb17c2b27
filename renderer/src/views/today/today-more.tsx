/**
 * Today's side column below the first screen (issue #16): the focus timer, the work style, the 予定
 * templates and today's reminder log. Not needed for the first paint (on a 1366×768 laptop they
 * are below 勤務の記録), so they are a chunk of their own, fetched as Today mounts and shown
 * together when it is here: nothing above them moves.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { Day } from '../../../../shared/day/day-schema.js';
import type { ReminderEntry } from '../../../../shared/reminders/reminder-log.js';
import type { DayTemplate } from '../../../../shared/templates/template-schema.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../field-errors.js';
import { ImeSafeForm } from '../../components/ime-safe-form.js';
import { SelectField } from '../../components/select-field.js';
import { ReminderLogList } from '../../components/reminder-banner.js';
import { DaySettings } from './day-settings.js';
import { FocusPanel } from './focus-panel.js';
import type { useDay } from './use-day.js';

type Apply = ReturnType<typeof useDay>['apply'];

export function TodayMore({ api, date, isToday, day, nowMinutes, apply, applyKeepingFocus, say, reminderLog, timeZone }: {
  api: TechoApi;
  date: string;
  isToday: boolean;
  day: Day;
  nowMinutes: number;
  apply: Apply;
  applyKeepingFocus: Apply;
  say: (text: string) => void;
  reminderLog: { entries: ReminderEntry[]; omitted: number } | undefined;
  timeZone: string;
}) {
  const [templates, setTemplates] = useState<DayTemplate[]>([]);
  useEffect(() => {
    void api.templateList().then((r) => r.ok && setTemplates(r.data));
  }, [api]);
  return (
    <>
      {isToday && <FocusPanel api={api} date={date} blocks={day.blocks} nowMinutes={nowMinutes} />}
      <DaySettings part="workStyle" key={`style-${date}-${JSON.stringify(day.workStyle)}`} api={api} date={date} hours={day.hours} workStyle={day.workStyle} apply={applyKeepingFocus} say={say} />
      <Templates api={api} date={date} templates={templates} setTemplates={setTemplates} apply={apply} say={say} />
      {reminderLog && <ReminderLogList log={reminderLog.entries} omitted={reminderLog.omitted} timeZone={timeZone} />}
    </>
  );
}

function Templates({ api, date, templates, setTemplates, apply, say }: { api: TechoApi; date: string; templates: DayTemplate[]; setTemplates: (t: DayTemplate[]) => void; apply: Apply; say: (s: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [chosen, setChosen] = useState('');
  return (
    <fieldset className="templates">
      <legend>{t('day.template')}</legend>
      <ImeSafeForm
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void api.templateSave({ date, name }).then((r) => {
            if (!r.ok) {
              setNameError(fieldErrors(r.error).name);
              return say(r.error.message);
            }
            setNameError(undefined);
            setTemplates(r.data);
            say(t('day.templateSaved', { name }));
            setName('');
          });
        }}
      >
        <Field id="template-name" label={t('day.templateName')} value={name} onChange={setName} error={nameError} />
        <button type="submit" className="secondary">
          {t('day.saveTemplate')}
        </button>
      </ImeSafeForm>
      {templates.length > 0 && (
        <div className="row">
          <SelectField id="template-choose" label={t('day.chooseTemplate')} value={chosen} onChange={setChosen} options={[{ value: '', label: '' }, ...templates.map((x) => ({ value: x.id, label: x.name }))]} />
          <button
            type="button"
            className="secondary"
            disabled={!chosen}
            onClick={() => void apply(() => api.templateApply({ date, id: chosen })).then((o) => say(o.ok ? t('day.templateApplied') : o.error.message))}
          >
            {t('day.applyTemplate')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
