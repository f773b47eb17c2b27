/**
 * 貸与PCの返却: export everything first (main refuses a wipe without an export made in this
 * session), then type the confirmation word to erase. After the erase the whole window shows
 * only the confirmation.
 */
import { useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../field-errors.js';
import { exportAll } from './export-all.js';

export function WipeSection({ api, canPickFolder, onWiped }: { api: TechoApi; canPickFolder: boolean; onWiped: (files: number) => void }) {
  const { t } = useTranslation();
  const [exported, setExported] = useState<{ id: string; name: string }>();
  const [word, setWord] = useState('');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const expected = t('data.wipeWord');

  const runExport = async () => {
    setBusy(true);
    const r = await exportAll(api, canPickFolder);
    setBusy(false);
    if (r.kind === 'done') setExported({ id: r.exportId, name: r.folder ? `${r.folder}/${r.name}` : r.name });
    setMessage(r.kind === 'failed' ? r.message : '');
  };
  const wipe = async () => {
    if (!exported) return;
    setBusy(true);
    const r = await api.dataWipe({ exportId: exported.id, confirmation: word });
    setBusy(false);
    if (r.ok) onWiped(r.data.removed);
    else {
      const { confirmation } = fieldErrors(r.error);
      setError(confirmation);
      setMessage(confirmation ? '' : r.error.message);
    }
  };

  return (
    <section aria-labelledby="wipe-title" className="danger-zone">
      <h3 id="wipe-title">{t('data.wipeTitle')}</h3>
      <p>{t('data.wipeIntro')}</p>
      <h4>{t('data.wipeStep1')}</h4>
      <button type="button" className="secondary" onClick={() => void runExport()} disabled={busy}>
        {t('data.exportAllButton')}
      </button>
      {exported && <p>{t('data.wipeStep1Done', { name: exported.name })}</p>}
      <h4>{t('data.wipeStep2', { word: expected })}</h4>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void wipe();
        }}
      >
        <Field id="wipe-confirm" label={t('data.wipeConfirmLabel')} value={word} onChange={setWord} error={error} disabled={!exported} autoComplete="off" />
        <button type="submit" className="danger" disabled={!exported || word.trim() !== expected || busy}>
          {t('data.wipeButton')}
        </button>
      </form>
      <p role="status" className="status-text">
        {busy ? t('data.working') : message}
      </p>
    </section>
  );
}
