/** Tells the user about stored files that were kept aside or are out of reach, until they acknowledge each one. */
import { useTranslation } from '../use-translation.js';
import { storageProblemParams } from '../../../shared/i18n/document-label.js';
import type { StorageNotice } from '../../../shared/storage/storage-notice.js';

export function NoticeBanner({ notices, onDismiss }: { notices: StorageNotice[]; onDismiss: (id: string) => void | Promise<void> }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="notice-banner" role="alert" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('notice.title')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            <p>{t(`notice.${n.kind}`, storageProblemParams(n, t))}</p>
            {n.keptAt !== undefined && <p className="notice-path">{t('notice.keptAt', { path: n.keptAt })}</p>}
            {n.path !== undefined && <p className="notice-path">{t('notice.path', { path: n.path })}</p>}
            <button
              type="button"
              onClick={(e) => {
                // Focus continues at the next notice's button, or (none left) at the view's heading.
                const li = e.currentTarget.closest('li');
                const next = (li?.nextElementSibling ?? li?.previousElementSibling)?.querySelector<HTMLElement>('button') ?? null;
                void Promise.resolve(onDismiss(n.id)).then(() => {
                  const heading = document.querySelector<HTMLElement>('#main section h2');
                  if (heading) heading.tabIndex = -1;
                  (next?.isConnected ? next : heading)?.focus();
                });
              }}
            >
              {t('notice.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
