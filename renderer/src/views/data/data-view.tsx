/** データの保護: backups, the export of everything and the import back, and the wipe for a returned laptop. */
import { useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { Settings } from '../../../../shared/settings/settings-schema.js';
import { BackupsSection } from './backups-section.js';
import { takeMessageAfterReload } from './export-all.js';
import { TransferSection } from './transfer-section.js';
import { WipeSection } from './wipe-section.js';

export function DataView({ api, settings, canPickFolder, onWiped }: { api: TechoApi; settings: Settings; canPickFolder: boolean; onWiped: (files: number) => void }) {
  const { t } = useTranslation();
  const [afterReload] = useState(takeMessageAfterReload);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      {afterReload && (
        // Focused: a status region that exists from page load would not be announced.
        <p className="ok-box" tabIndex={-1} ref={(el) => el?.focus()}>
          {afterReload}
        </p>
      )}
      <BackupsSection api={api} settings={settings} />
      <TransferSection api={api} canPickFolder={canPickFolder} />
      <WipeSection api={api} canPickFolder={canPickFolder} onWiped={onWiped} />
    </section>
  );
}
