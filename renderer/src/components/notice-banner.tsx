/** Tells the user about stored files that were kept aside, until they acknowledge each one. */
import { useTranslation } from 'react-i18next';
import type { StorageNotice } from '../../../shared/ipc/contract.js';

/** "days/2026-11" → 「2026-11 の日々の記録」; "settings" → 「設定」; unknown names as they are. */
function documentName(name: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const [folder, month] = name.split('/');
  if (month) return t(`notice.documents.${folder}Month`, { month, defaultValue: name });
  return t(`notice.documents.${name}`, { defaultValue: name });
}

export function NoticeBanner({ notices, onDismiss }: { notices: StorageNotice[]; onDismiss: (id: string) => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="notice-banner" role="alert" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('notice.title')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            <p>{t(`notice.${n.kind}`, { document: documentName(n.document, t) })}</p>
            <p className="notice-path">
              {t('notice.keptAt', { path: n.keptAt })}
            </p>
            <button type="button" onClick={() => onDismiss(n.id)}>
              {t('notice.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
