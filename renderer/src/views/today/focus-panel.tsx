/**
 * The focus timer as the window shows it. Main holds the session as timestamps; this panel only
 * displays: it takes main's figures as of `asOf` and adds the time elapsed since (performance.now),
 * re-rendering just the countdown once a second. Keys 1–4 log an interruption.
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import { clockText } from '../../format.js';
import { countdownText, useRemainingMs } from '../../use-remaining.js';
import type { Block } from '../../../../shared/day/day-schema.js';
import { FOCUS_OUTCOMES, type FocusOutcome } from '../../../../shared/lists/block-statuses.js';
import { INTERRUPTION_KINDS } from '../../../../shared/lists/interruption-kinds.js';
import type { FocusState } from '../../../../shared/focus/focus-schema.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import { toMinutes } from '../../../../shared/time/clock-time.js';
import { Field } from '../../components/field.js';
import { SelectField } from '../../components/select-field.js';

type Length = 'block' | 'm90' | 'm120' | 'custom';

/** The button for each way a finished session can leave its block. */
const OUTCOME_LABELS = { done: 'focus.markDone', inProgress: 'focus.markContinue' } as const satisfies Record<FocusOutcome, string>;

/** Only this re-renders every second. */
const Countdown = memo(function Countdown({ state, receivedAt }: { state: FocusState; receivedAt: number }) {
  const { t } = useTranslation();
  const { remaining } = useRemainingMs(state, receivedAt);
  const planned = state.session?.plannedMs ?? 1;
  return (
    <div className="countdown">
      <span className="countdown-label">{t('focus.remaining')}</span>
      <span className="countdown-time" role="timer" aria-live="off" data-testid="focus-remaining">
        {countdownText(remaining)}
      </span>
      <progress max={planned} value={planned - remaining} aria-label={t('focus.progress', { focused: Math.round((planned - remaining) / 60000), planned: Math.round(planned / 60000) })} />
    </div>
  );
});

export function FocusPanel({ api, date, blocks, nowMinutes }: { api: TechoApi; date: string; blocks: Block[]; nowMinutes: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<FocusState>();
  const [receivedAt, setReceivedAt] = useState(0);
  const [message, setMessage] = useState('');
  const current = blocks.find((b) => b.kind !== 'break' && toMinutes(b.start) <= nowMinutes && nowMinutes < toMinutes(b.end));
  const [blockId, setBlockId] = useState<string>(current?.id ?? '');
  const [length, setLength] = useState<Length>('block');
  const [custom, setCustom] = useState('45');
  const [countSleep, setCountSleep] = useState(false);
  const [note, setNote] = useState('');
  const stateRef = useRef(state);
  stateRef.current = state;

  const accept = useCallback((s: FocusState) => {
    setState(s);
    setReceivedAt(performance.now());
  }, []);
  const load = useCallback(() => void api.focusGet().then((r) => r.ok && accept(r.data)), [api, accept]);
  useEffect(() => {
    load();
    return api.on('focus:changed', load);
  }, [api, load]);

  const run = async (p: ReturnType<TechoApi['focusGet']>, done?: string) => {
    const r = await p;
    if (!r.ok) return setMessage(r.error.message);
    accept(r.data);
    setMessage(done ?? '');
  };

  // 1–4 log an interruption while a session is open (not while typing in a field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = stateRef.current?.session;
      if (!s || s.status === 'finished' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      const kind = INTERRUPTION_KINDS[Number(e.key) - 1];
      if (!kind) return;
      e.preventDefault();
      void run(api.focusInterrupt({ kind }), t('focus.logged', { kind: t(`focus.interruptionKinds.${kind}`) }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const s = state?.session;
  return (
    <section className="focus-panel" aria-labelledby="focus-title">
      <h3 id="focus-title">{t('focus.title')}</h3>
      {/* Until main has said whether a session is open, no start form: offered over a running session, it could only be refused. */}
      {!state && <p aria-busy="true">{t('app.loading')}</p>}
      {state && !s && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const minutes = length === 'block' ? null : length === 'm90' ? 90 : length === 'm120' ? 120 : Number(custom);
            void run(api.focusStart({ date, blockId: blockId || null, minutes, countSleep }));
          }}
        >
          <SelectField
            id="focus-block"
            label={t('focus.block')}
            value={blockId}
            onChange={setBlockId}
            options={[{ value: '', label: t('focus.noBlock') }, ...blocks.filter((b) => b.kind !== 'break').map((b) => ({ value: b.id, label: `${clockText(b.start)}${t('reports.range')}${clockText(b.end)} ${b.title}` }))]}
          />
          <div className="row">
            <SelectField id="focus-length" label={t('focus.length')} value={length} onChange={setLength} options={(['block', 'm90', 'm120', 'custom'] as const).map((l) => ({ value: l, label: t(`focus.lengths.${l}`) }))} />
            {length === 'custom' && <Field id="focus-custom" label={t('focus.customMinutes')} value={custom} onChange={setCustom} inputMode="numeric" size={4} />}
          </div>
          <label className="check">
            <input type="checkbox" checked={countSleep} onChange={(e) => setCountSleep(e.target.checked)} /> {t('focus.countSleep')}
          </label>
          <div className="actions">
            <button type="submit">{t('focus.start')}</button>
          </div>
        </form>
      )}
      {s && s.status !== 'finished' && state && (
        <>
          <p className="focus-title">{s.status === 'paused' ? t('focus.paused') : t('focus.running', { title: s.title })}</p>
          <Countdown state={state} receivedAt={receivedAt} />
          <div className="actions">
            {s.status === 'running' ? (
              <button type="button" className="secondary" onClick={() => void run(api.focusPause())}>
                {t('focus.pause')}
              </button>
            ) : (
              <button type="button" onClick={() => void run(api.focusResume())}>
                {t('focus.resume')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => void run(api.focusExtend({ minutes: 15 }))}>
              {t('focus.extend')}
            </button>
            <button type="button" className="secondary" onClick={() => void run(api.focusStop())}>
              {t('focus.stop')}
            </button>
          </div>
          <p className="hint">{t('focus.interruptions')}</p>
          <div className="actions">
            {INTERRUPTION_KINDS.map((k, i) => (
              <button key={k} type="button" className="secondary" onClick={() => void run(api.focusInterrupt({ kind: k }), t('focus.logged', { kind: t(`focus.interruptionKinds.${k}`) }))} aria-keyshortcuts={String(i + 1)}>
                {i + 1} {t(`focus.interruptionKinds.${k}`)}
              </button>
            ))}
          </div>
          <p>{t('focus.interruptionCount', { count: s.interruptions.length })}</p>
        </>
      )}
      {s && s.status === 'finished' && state && (
        <form
          onSubmit={(e) => e.preventDefault()}
          aria-label={t('focus.finished', { minutes: Math.round(state.focusedMs / 60000), count: s.interruptions.length })}
        >
          <p role="alert">{t('focus.finished', { minutes: Math.round(state.focusedMs / 60000), count: s.interruptions.length })}</p>
          <Field id="focus-note" label={t('focus.outcomeNote')} value={note} onChange={setNote} />
          <div className="actions">
            {FOCUS_OUTCOMES.map((status) => (
              <button key={status} type="button" className={status === 'done' ? undefined : 'secondary'} onClick={() => void run(api.focusComplete({ status, note })).then(() => setNote(''))}>
                {t(OUTCOME_LABELS[status])}
              </button>
            ))}
          </div>
        </form>
      )}
      <p role="status" className="focus-status">
        {message}
      </p>
    </section>
  );
}
