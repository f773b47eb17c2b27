/**
 * The trial's survey (issue #17): the questions of 総務課's survey as form controls (a 5-point
 * scale as a radio group with its words at each end, choices as radios or check boxes, free text
 * as a text area with its limit), the consent choice (with the name, in the report file; or
 * anonymously, in a separate answer file) and 送信. Main checks the answers against the survey;
 * its messages are shown beside the questions. After saving, the view says where the answers go;
 * an anonymous answer is saved as its answer file from here.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { formatShortDate } from '../../../shared/calendar/japanese-date.js';
import { type SurveyConsent, type SurveyEntry, type SurveyState, SURVEY_CONSENTS } from '../../../shared/trial/survey-answers.js';
import { MAX_FREE_TEXT, MIN_ANONYMOUS_RESPONSES, SCALE_POINTS, type Survey, type SurveyAnswer, type SurveyOccasion, type SurveyQuestion, SURVEY_OCCASIONS } from '../../../shared/trial/trial-schema.js';
import { ImeSafeForm } from '../components/ime-safe-form.js';
import { downloadBytes, fromBase64 } from '../download.js';

type Draft = Record<string, { value?: number; chosen: string[]; text: string }>;

const emptyDraft = (survey: Survey): Draft => Object.fromEntries(survey.questions.map((q) => [q.id, { chosen: [], text: '' }]));

/** The occasion the view shows: the one asked for, else the one due, else one open, else the last answered. */
function currentOccasion(state: SurveyState, asked: string | undefined): SurveyOccasion {
  const named = SURVEY_OCCASIONS.find((o) => o === asked);
  if (named) return named;
  if (state.due) return state.due;
  const open = state.occasions.find((o) => o.open);
  if (open) return open.occasion;
  const done = [...state.occasions].reverse().find((o) => o.entry?.status === 'answered');
  return done?.occasion ?? 'firstDay';
}

export function SurveyView({ api, date, occasion, onChange }: { api: TechoApi; date: string; occasion: string | undefined; onChange: (s: SurveyState) => void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<SurveyState>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    void api.surveyState({ date }).then((r) => (r.ok ? setState(r.data) : setLoadError(r.error.message)));
  }, [api, date]);
  const changed = (s: SurveyState) => {
    setState(s);
    onChange(s);
  };

  // Someone not asked (outside the target 課, or after the survey's window) sees only what they answered, if anything.
  const notAsked = state !== undefined && !state.asked && !state.occasions.some((o) => o.entry?.status === 'answered');
  if (!state || !state.survey || !state.trial || notAsked) {
    return (
      <section aria-labelledby="survey-title">
        <h2 id="survey-title">{t('nav.survey')}</h2>
        {loadError ? (
          <p role="alert" className="error-text">
            {loadError}
          </p>
        ) : state ? (
          <p>{t(notAsked && state.survey ? 'survey.notAsked' : 'survey.noSurvey')}</p>
        ) : (
          <p aria-busy="true">{t('app.loading')}</p>
        )}
      </section>
    );
  }
  const current = currentOccasion(state, occasion);
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const status = state.occasions.find((o) => o.occasion === current);
  const others = state.occasions.filter((o) => o.occasion !== current && o.entry?.status === 'answered');
  return (
    <section aria-labelledby="survey-title" className="survey-view">
      <h2 id="survey-title">{t('survey.heading', { title: state.survey.title, occasion: t(`survey.occasions.${current}`) })}</h2>
      <p className="hint">{t('survey.period', { trial: state.trial.name, start: formatShortDate(state.trial.start, language), end: formatShortDate(state.trial.end, language) })}</p>
      {state.survey.intro && <p>{state.survey.intro}</p>}
      <p className="hint">{t('survey.whereAnswersGo')}</p>
      <OccasionPart key={current} api={api} date={date} survey={state.survey} occasion={current} open={status?.open ?? false} entry={status?.entry ?? null} onChange={changed} />
      {others.map((o) => (
        <section key={o.occasion} aria-labelledby={`survey-${o.occasion}-title`}>
          <h3 id={`survey-${o.occasion}-title`}>{t(`survey.occasions.${o.occasion}`)}</h3>
          <Answered api={api} occasion={o.occasion} entry={o.entry!} />
        </section>
      ))}
    </section>
  );
}

/** One occasion: its form while it is open and not answered, else what became of it. */
function OccasionPart({
  api,
  date,
  survey,
  occasion,
  open,
  entry,
  onChange,
}: {
  api: TechoApi;
  date: string;
  survey: Survey;
  occasion: SurveyOccasion;
  open: boolean;
  entry: SurveyEntry | null;
  onChange: (s: SurveyState) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(survey));
  const [consent, setConsent] = useState<SurveyConsent>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [justSaved, setJustSaved] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  const [told, setTold] = useState(0);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .survey-form-error')?.focus();
  }, [refusals]);
  // After 送信 or 回答しない, focus goes to the message that says what happened.
  useEffect(() => {
    if (told > 0) said.current?.focus();
  }, [told]);

  if (entry?.status === 'answered') {
    return (
      <div ref={said} tabIndex={-1} className="survey-done">
        {justSaved ? (
          <p role="status" className="status-text">
            {t(entry.consent === 'named' ? 'survey.savedNamed' : 'survey.savedAnonymous')}
          </p>
        ) : (
          <Answered api={api} occasion={occasion} entry={entry} hideFile />
        )}
        {entry.consent === 'anonymous' && <SaveFile api={api} occasion={occasion} />}
      </div>
    );
  }
  if (!open) return <p>{entry === null && occasion === 'firstDay' ? t('survey.notYet') : t(occasion === 'end' ? 'survey.notOpenEnd' : 'survey.closed')}</p>;

  const set = (id: string, part: Partial<Draft[string]>) => setDraft((d) => ({ ...d, [id]: { ...d[id]!, ...part } }));
  const answers = (): { answers: SurveyAnswer[]; ids: string[] } => {
    const out: SurveyAnswer[] = [];
    for (const q of survey.questions) {
      const a = draft[q.id]!;
      if (q.type === 'scale' && a.value !== undefined) out.push({ type: 'scale', questionId: q.id, value: a.value });
      if (q.type === 'choice' && a.chosen.length > 0) out.push({ type: 'choice', questionId: q.id, chosen: a.chosen });
      if (q.type === 'text' && a.text.trim() !== '') out.push({ type: 'text', questionId: q.id, text: a.text });
    }
    return { answers: out, ids: out.map((a) => a.questionId) };
  };

  const send = async () => {
    const { answers: list, ids } = answers();
    const r = await api.surveyAnswer({ date, occasion, consent: consent as SurveyConsent, answers: list });
    if (r.ok) {
      setErrors({});
      setFormError(undefined);
      setJustSaved(true);
      onChange(r.data);
      setTold((n) => n + 1);
      return;
    }
    // Main keys each message by its place in the request ("answers.2.chosen"): shown beside that question.
    const byQuestion: Record<string, string> = {};
    let rest: string | undefined;
    for (const [path, message] of Object.entries(r.error.fields ?? {})) {
      const m = /^answers\.(\d+)/.exec(path);
      const id = m ? ids[Number(m[1])] : undefined;
      if (id) byQuestion[id] ??= message;
      else if (path === 'consent') byQuestion['#consent'] ??= message;
      else rest ??= message;
    }
    setErrors(byQuestion);
    setFormError(Object.keys(byQuestion).length === 0 ? (rest ?? r.error.message) : rest);
    setRefusals((n) => n + 1);
  };

  const decline = async () => {
    const r = await api.surveyDecline({ date, occasion });
    if (!r.ok) return setFormError(r.error.message);
    onChange(r.data);
    setTold((n) => n + 1);
  };

  return (
    <ImeSafeForm
      ref={form}
      className="survey-form"
      aria-labelledby="survey-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {entry?.status === 'declined' && (
        <p ref={said} tabIndex={-1} role="status" className="status-text">
          {t('survey.declinedNote')}
        </p>
      )}
      <p className="hint">{t('survey.unansweredHint')}</p>
      {survey.questions.map((q, i) => (
        <Question key={q.id} index={i} question={q} value={draft[q.id]!} error={errors[q.id]} onChange={(part) => set(q.id, part)} />
      ))}
      <fieldset aria-describedby={errors['#consent'] ? 'survey-consent-error' : undefined}>
        <legend>{t('survey.consentLegend')}</legend>
        <div className="survey-consent">
          {SURVEY_CONSENTS.map((c) => (
            <label key={c} className="check">
              <input
                type="radio"
                name="survey-consent"
                value={c}
                checked={consent === c}
                onChange={() => setConsent(c)}
                aria-invalid={errors['#consent'] ? true : undefined}
                aria-describedby={errors['#consent'] ? 'survey-consent-error' : undefined}
              />{' '}
              {c === 'named' ? t('survey.consentNamed') : t('survey.consentAnonymous', { min: MIN_ANONYMOUS_RESPONSES })}
            </label>
          ))}
        </div>
        {errors['#consent'] && (
          <p id="survey-consent-error" className="error-text">
            {errors['#consent']}
          </p>
        )}
      </fieldset>
      {formError && (
        <p role="alert" tabIndex={-1} className="error-text survey-form-error">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('survey.submit')}</button>
        {entry === null && (
          <button type="button" className="secondary" onClick={() => void decline()}>
            {t('survey.decline')}
          </button>
        )}
      </div>
    </ImeSafeForm>
  );
}

function Question({ index, question: q, value, error, onChange }: { index: number; question: SurveyQuestion; value: Draft[string]; error: string | undefined; onChange: (part: Partial<Draft[string]>) => void }) {
  const { t } = useTranslation();
  const base = `survey-q${index + 1}`;
  const errorId = `${base}-error`;
  const tie = { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': error ? errorId : undefined };
  const errorText = error && (
    <p id={errorId} className="error-text">
      {error}
    </p>
  );
  if (q.type === 'text') {
    const left = MAX_FREE_TEXT - value.text.length;
    return (
      <div className="field survey-question">
        <label htmlFor={base}>{q.text}</label>
        <span id={`${base}-hint`} className="hint">
          {t('survey.textHint', { max: MAX_FREE_TEXT, left })}
        </span>
        <textarea
          id={base}
          rows={4}
          maxLength={MAX_FREE_TEXT}
          value={value.text}
          onChange={(e) => onChange({ text: e.target.value })}
          aria-invalid={tie['aria-invalid']}
          aria-describedby={[`${base}-hint`, error && errorId].filter(Boolean).join(' ')}
        />
        {errorText}
      </div>
    );
  }
  if (q.type === 'scale') {
    return (
      <fieldset className="survey-question">
        <legend>{q.text}</legend>
        <div className="survey-scale">
          {SCALE_POINTS.map((n) => (
            <label key={n} className="check">
              <input type="radio" name={base} value={n} checked={value.value === n} onChange={() => onChange({ value: n })} {...tie} />{' '}
              {n === 1 ? t('survey.scaleLow', { word: q.low }) : n === 5 ? t('survey.scaleHigh', { word: q.high }) : String(n)}
            </label>
          ))}
        </div>
        {errorText}
      </fieldset>
    );
  }
  const toggle = (option: string, on: boolean) => onChange({ chosen: q.multiple ? (on ? [...value.chosen, option] : value.chosen.filter((c) => c !== option)) : [option] });
  return (
    <fieldset className="survey-question">
      <legend>{q.text}</legend>
      {q.multiple && <p className="hint">{t('survey.multipleHint')}</p>}
      <div className="check-list">
        {q.options.map((o) => (
          <label key={o} className="check">
            <input type={q.multiple ? 'checkbox' : 'radio'} name={base} value={o} checked={value.chosen.includes(o)} onChange={(e) => toggle(o, e.target.checked)} {...tie} /> {o}
          </label>
        ))}
      </div>
      {errorText}
    </fieldset>
  );
}

/** What became of an answered occasion, and (anonymous) the way to save its answer file. */
function Answered({ api, occasion, entry, hideFile }: { api: TechoApi; occasion: SurveyOccasion; entry: SurveyEntry; hideFile?: boolean }) {
  const { t } = useTranslation();
  if (entry.status !== 'answered') return null;
  return (
    <>
      <p>{t(entry.consent === 'named' ? 'survey.answeredNamed' : 'survey.answeredAnonymous')}</p>
      {!hideFile && entry.consent === 'anonymous' && <SaveFile api={api} occasion={occasion} />}
    </>
  );
}

function SaveFile({ api, occasion }: { api: TechoApi; occasion: SurveyOccasion }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  const save = async () => {
    const r = await api.surveyAnswerFile({ occasion });
    if (!r.ok) return setSaid({ ok: false, text: r.error.message });
    downloadBytes(r.data.name, fromBase64(r.data.base64), 'application/json');
    setSaid({ ok: true, text: t('survey.fileSaved', { name: r.data.name }) });
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => void save()}>
        {t('survey.saveFile')}
      </button>
      <p role="status" className={said?.ok === false ? 'error-text' : 'status-text'}>
        {said?.text}
      </p>
    </div>
  );
}
