import { useTranslation } from '../use-translation.js';
import type { AppInfo } from '../../../shared/ipc/contract.js';

export function AboutView({ info }: { info: AppInfo | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('nav.about')}</h2>
      {info && (
        <dl className="about-list">
          <dt>{t('app.title')}</dt>
          <dd>{t('app.version', { version: info.version })}</dd>
          <dt>{t(`app.shell.${info.shell}`)}</dt>
          <dd>{t('app.dataDir', { dir: info.dataDir })}</dd>
        </dl>
      )}
    </section>
  );
}
