/**
 * 一日の振り返り (end-of-day review, a Sunsama-style shutdown): every 予定 of today in one list,
 * each set to 完了 / 未完了 / 繰越し with one press; then one button saves those statuses, carries
 * the 未完了 and 繰越し ones to the next working day, records 終業 if the user leaves that ticked,
 * and opens the 終業報告, which main composes from the statuses just saved.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { formatDate, formatShortDate } from '../../../shared/calendar/japanese-date.js';
import type { Block } from '../../../shared/day/day-schema.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { BlockStatus } from '../../../shared/lists/block-statuses.js';
import { toMinutes } from '../../../shared/time/clock-time.js';
import { minuteTime } from '../components/now-strip.js';
import { clockText, recordTime } from '../format.js';
import { useDay } from './today/use-day.js';

export const REVIEW_CHOICES = ['done', 'unfinished', 'carry'] as const;
export type ReviewChoice = (typeof REVIEW_CHOICES)[number];

/**
 * The status each choice is saved as: 完了, 未完了 or 繰越し (marked to carry). Carry-over then moves
 * exactly the blocks named (those chosen 未完了 or 繰越し) and marks each 繰越済み.
 */
export const REVIEW_STATUS: Record<ReviewChoice, BlockStatus> = { done: 'done', unfinished: 'unfinished', carry: 'carriedOver' };

/** What the review proposes for a block as it stands: 完了 stays 完了, 繰越し / 繰越済み are 繰越し, anything else is 未完了. */
export function choiceOf(status: BlockStatus): ReviewChoice {
  return status === 'done' ? 'done' : status === 'carriedOver' || status === 'carried' ? 'carry' : 'unfinished';
}

/** The carry-over request: exactly the blocks chosen to go. */
export function carryOverInput(date: string, blockIds: readonly string[]): Parameters<TechoApi['dayCarryOver']>[0] {
  return { date, blockIds: [...blockIds] };
}

/** The 予定 a day review lists: work, not 休憩, and not 中止. */
export const reviewBlocks = (blocks: readonly Block[]): Block[] =>
  blocks.filter((b) => b.kind !== 'break' && b.status !== 'cancelled').sort((a, b) => toMinutes(a.start) - toMinutes(b.start));

export function DayReviewView({ api, date, nowMinutes, onClose, onReport }: { api: TechoApi; date: string; nowMinutes: number; onClose: () => void; onReport: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const { view, apply } = useDay(api, date);
  const [chosen, setChosen] = useState<Record<string, ReviewChoice>>({});
  const [recordEnd, setRecordEnd] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [partly, setPartly] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The time 終業 would be recorded at, as of opening the review (the shell's clock is asked only every 30 s).
  const [openedAt, setOpenedAt] = useState(nowMinutes);
  useEffect(() => void api.appNow().then((r) => r.ok && setOpenedAt(r.data.minutes)), [api]);

  // The review opens with focus on its heading, so a screen reader starts at the top of the list.
  useEffect(() => heading.current?.focus(), [view === undefined]);

  if (!view) return <p aria-busy="true">{t('app.loading')}</p>;
  const blocks = reviewBlocks(view.day.blocks);
  const choice = (b: Block) => chosen[b.id] ?? choiceOf(b.status);
  const count = (c: ReviewChoice) => blocks.filter((b) => choice(b) === c).length;
  // A block already carried (繰越済み) stays as it is, shown but not changeable: its copy on the next
  // working day is the one to work on, and carry-over never copies a block twice.
  const alreadyCarried = (b: Block) => b.status === 'carried';
  const toCarry = blocks.filter((b) => choice(b) !== 'done' && !alreadyCarried(b));
  const endRecorded = view.day.record.end;

  const submit = async () => {
    setBusy(true);
    setMessage(t('review.working'));
    let stay = false;
    try {
      // 1. Each block's status as chosen (only those that change).
      for (const b of blocks) {
        const status = REVIEW_STATUS[choice(b)];
        if (b.status === status || alreadyCarried(b)) continue;
        const { id, focus: _focus, ...rest } = b;
        const o = await apply(() => api.daySaveBlock({ date, id, block: { ...rest, status } }));
        if (!o.ok) return setMessage(o.error.message);
      }
      // 2. The 未完了 and 繰越し ones to the next working day.
      if (toCarry.length > 0) {
        const r = await api.dayCarryOver(carryOverInput(date, toCarry.map((b) => b.id)));
        if (!r.ok) return setMessage(r.error.message);
        await apply(async () => ({ ok: true, data: r.data.from }));
        if (r.data.notPlaced > 0) {
          stay = true;
          setPartly(true);
          setMessage(t('review.carriedPartly', { count: r.data.moved, date: formatShortDate(r.data.to.day.date, lang), left: r.data.notPlaced }));
        }
      }
      // A partial carry-over keeps the review open so its message is read; 終業 is still recorded.
      // 3. 終業, if not yet recorded and the user left the box ticked.
      if (endRecorded === null && recordEnd) {
        const o = await apply(() => api.recordClock({ date, field: 'end', reason: '' }));
        if (!o.ok) return setMessage(o.error.message);
      }
      if (!stay) onReport();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="review-title" className="day-review">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        {t('review.title', { date: formatDate(date, lang) })}
      </h2>
      <p>{t('review.intro')}</p>
      {blocks.length === 0 ? (
        <p>{t('review.noBlocks')}</p>
      ) : (
        <ul className="review-list" data-testid="review-list">
          {blocks.map((b) => (
            <li key={b.id}>
              <fieldset className="review-item">
                <legend>
                  {t('review.group', { start: clockText(b.start), end: clockText(b.end), title: b.title })}{' '}
                  <span className="hint">{t('review.status', { status: t(`statuses.${b.status}`) })}</span>
                </legend>
                <div className="review-choices">
                  {REVIEW_CHOICES.map((c) => (
                    <label key={c} className="review-choice">
                      <input
                        type="radio"
                        name={`review-${b.id}`}
                        value={c}
                        checked={choice(b) === c}
                        disabled={busy || alreadyCarried(b)}
                        aria-label={t('review.choiceLabel', { title: b.title, choice: t(`review.choices.${c}`) })}
                        onChange={() => setChosen((all) => ({ ...all, [b.id]: c }))}
                      />{' '}
                      <span aria-hidden="true">{t(`review.choices.${c}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <p data-testid="review-summary">{t('review.summary', { done: count('done'), unfinished: count('unfinished'), carry: count('carry') })}</p>
      {endRecorded === null ? (
        <label className="check">
          <input type="checkbox" checked={recordEnd} onChange={(e) => setRecordEnd(e.target.checked)} /> {t('review.recordEnd', { time: minuteTime(openedAt) })}
        </label>
      ) : (
        <p>{t('review.endRecorded', { time: recordTime(endRecorded, t('record.nextDay')) })}</p>
      )}
      <div className="actions">
        {partly ? (
          <button type="button" onClick={onReport}>
            {t('review.toReport')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void submit()}>
            {toCarry.length > 0 ? t('review.submit') : t('review.submitNoCarry')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {t('review.cancel')}
        </button>
      </div>
      <p role="status" className="status-text">
        {message}
      </p>
    </section>
  );
}
