/** すべてのデータを書き出す / データを読み込む: one JSON file out, the same file back in (after a confirmation). */
import { useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import { ConfirmBox } from '../../components/confirm-box.js';
import { exportAll } from './export-all.js';
import { useReplaceAllData } from './use-replace-all-data.js';

export function TransferSection({ api, canPickFolder }: { api: TechoApi; canPickFolder: boolean }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string[]>([]);
  const [importError, setImportError] = useState('');
  const [exporting, setExporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const load = useReplaceAllData({
    run: (file: { name: string; text: string }) => api.dataImport({ text: file.text }),
    done: (d) => t(d.safety ? 'data.imported' : 'data.importedNoSafety', { days: d.days }),
    refused: setImportError,
  });
  const busy = exporting || load.replacing;

  const runExport = async () => {
    setExporting(true);
    const r = await exportAll(api, canPickFolder);
    setExporting(false);
    if (r.kind === 'done') setMessage([t('data.exported', { name: r.name, days: r.days }), ...(r.folder ? [t('data.exportedTo', { folder: r.folder })] : [])]);
    else setMessage(r.kind === 'failed' ? [r.message] : []);
  };

  return (
    <>
      <section aria-labelledby="export-all-title">
        <h3 id="export-all-title">{t('data.exportAll')}</h3>
        <p>{t('data.exportAllIntro')}</p>
        <button type="button" onClick={() => void runExport()} disabled={busy}>
          {t('data.exportAllButton')}
        </button>
        <p role="status" className="status-text">
          {busy ? t('data.working') : message.join(' ')}
        </p>
      </section>
      <section aria-labelledby="import-title">
        <h3 id="import-title">{t('data.importTitle')}</h3>
        <p>{t('data.importIntro')}</p>
        <label className="file-button">
          {t('data.importFile')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be chosen again after a refusal
              setImportError('');
              if (file) void file.text().then((text) => load.ask({ name: file.name, text }, fileInput.current));
            }}
          />
        </label>
        {load.pending && (
          <ConfirmBox id="import-confirm" text={t('data.importConfirm', { name: load.pending.name })} yes={t('data.importYes')} busy={busy} onYes={() => void load.confirm()} onCancel={load.cancel} />
        )}
        {importError && (
          <p className="error-text" role="alert">
            {importError}
          </p>
        )}
      </section>
    </>
  );
}
