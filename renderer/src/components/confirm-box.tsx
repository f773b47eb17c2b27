/**
 * An inline confirmation before something that replaces data. Focus starts on やめる (holding
 * Enter never confirms by accident), Escape cancels, and the caller puts focus back where it was.
 */
import { useTranslation } from 'react-i18next';

export function ConfirmBox({ id, text, yes, busy, onYes, onCancel }: { id: string; text: string; yes: string; busy: boolean; onYes: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="alertdialog"
      aria-labelledby={id}
      className="confirm-box"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={id}>{text}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="secondary" autoFocus onClick={onCancel}>
          {t('data.cancel')}
        </button>
      </div>
    </div>
  );
}
