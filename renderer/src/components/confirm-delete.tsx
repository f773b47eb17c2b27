/**
 * A delete button that asks first: 「削除」 (named 「『…』を削除」 for screen readers) opens an inline
 * confirmation; 「削除する」 deletes, やめる or Escape goes back to the button. After a delete, focus
 * goes to the next item of the same list (or the one before, or `fallback`): never to <body>.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { ConfirmBox } from './confirm-box.js';

const FOCUSABLE = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), a[href]';

export function ConfirmDelete({
  name,
  label,
  onDelete,
  fallback,
  className = 'secondary',
}: {
  /** What is deleted, as the user knows it (an item's label, a PDF's title). */
  name: string;
  /** The button's accessible name, e.g. 「『紙資料のPDF化』を削除」. */
  label: string;
  /** Deletes; true when main accepted. */
  onDelete: () => Promise<boolean>;
  /** Where focus goes when the list has nothing left (its add field). */
  fallback: () => HTMLElement | null;
  className?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (!asking && back.current) {
      back.current = false;
      button.current?.focus();
    }
  }, [asking]);

  const yes = async () => {
    // The row's neighbours, found before the row goes away.
    const row = box.current?.closest('li, tr');
    const neighbours = [row?.nextElementSibling, row?.previousElementSibling].map((r) => r?.querySelector<HTMLElement>(FOCUSABLE) ?? null);
    setBusy(true);
    const ok = await onDelete();
    setBusy(false);
    if (!ok) {
      back.current = true;
      setAsking(false);
      return;
    }
    (neighbours.find((el) => el?.isConnected) ?? fallback())?.focus();
  };

  return (
    <span ref={box} className="confirm-delete">
      {asking ? (
        <ConfirmBox
          id={id}
          text={t('app.confirmDelete', { name })}
          yes={t('app.deleteYes')}
          busy={busy}
          onYes={() => void yes()}
          onCancel={() => {
            back.current = true;
            setAsking(false);
          }}
        />
      ) : (
        <button ref={button} type="button" className={className} aria-label={label} onClick={() => setAsking(true)}>
          {t('day.delete')}
        </button>
      )}
    </span>
  );
}
