/**
 * An inline confirmation before something that replaces or deletes data. Focus starts on やめる
 * (holding Enter never confirms by accident), Tab stays inside it (a focus trap), Escape cancels,
 * and when it closes with focus inside, focus goes back to what had it before it opened.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../use-translation.js';

export function ConfirmBox({ id, text, yes, busy, onYes, onCancel }: { id: string; text: string; yes: string; busy: boolean; onYes: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // What had focus when the box opened (read during the first render, before its autoFocus).
  const opener = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);
  useEffect(() => {
    const trigger = opener.current;
    return () => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && trigger instanceof HTMLElement && trigger.isConnected) trigger.focus();
    };
  }, []);
  return (
    <div
      ref={box}
      role="alertdialog"
      aria-labelledby={id}
      className="confirm-box"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Tab') {
          const buttons = [...(box.current?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
          const first = buttons[0];
          const last = buttons.at(-1);
          if (!first || !last) return;
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first.focus();
          }
        }
      }}
    >
      <p id={id}>{text}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="secondary" autoFocus onClick={onCancel}>
          {t('day.cancel')}
        </button>
      </div>
    </div>
  );
}
