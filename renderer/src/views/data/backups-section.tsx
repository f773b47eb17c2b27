/** 自動バックアップ: how long they are kept, a manual backup, and restoring one (with a confirmation step). */
import { TableHead } from '../../components/table-head.js';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import { type BackupInfo, KEEP_DAYS_MAX } from '../../../../shared/data/data-schema.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { Settings } from '../../../../shared/settings/settings-schema.js';
import { ConfirmBox } from '../../components/confirm-box.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../field-errors.js';
import { useReplaceAllData } from './use-replace-all-data.js';

const when = (iso: string, language: string) =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'ja-JP', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function BackupsSection({ api, settings }: { api: TechoApi; settings: Settings }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<{ folder: string; backups: BackupInfo[] }>();
  const [keepDays, setKeepDays] = useState(String(settings.backupKeepDays));
  const [keepError, setKeepError] = useState<string>();
  const [message, setMessage] = useState('');
  const [backingUp, setBackingUp] = useState(false);
  const restore = useReplaceAllData({
    run: (backup: BackupInfo) => api.dataRestore({ id: backup.id }),
    done: (d) => t(d.safety ? 'data.restored' : 'data.restoredNoSafety', { days: d.days }),
    refused: setMessage,
  });
  const busy = backingUp || restore.replacing;

  const load = useCallback(() => void api.dataBackups().then((r) => (r.ok ? setList(r.data) : setMessage(r.error.message))), [api]);
  useEffect(load, [load]);

  const saveKeepDays = async () => {
    const r = await api.settingsUpdate({ ...settings, backupKeepDays: Number(keepDays) });
    if (r.ok) {
      setKeepError(undefined);
      setMessage(t('data.keepDaysSaved', { days: r.data.backupKeepDays }));
    } else setKeepError(fieldErrors(r.error).backupKeepDays ?? r.error.message);
  };
  const backupNow = async () => {
    setBackingUp(true);
    const r = await api.dataBackupNow();
    setBackingUp(false);
    setMessage(r.ok ? t('data.backedUp', { at: when(r.data.at, i18n.language) }) : r.error.message);
    load();
  };

  return (
    <section aria-labelledby="backups-title">
      <h3 id="backups-title">{t('data.backups')}</h3>
      <p>{list ? t('data.backupsIntro', { folder: list.folder }) : t('app.loading')}</p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void saveKeepDays();
        }}
      >
        <Field id="keep-days" type="number" min={1} max={KEEP_DAYS_MAX} label={t('data.keepDays')} hint={t('data.keepDaysHint', { max: KEEP_DAYS_MAX })} value={keepDays} onChange={setKeepDays} error={keepError} />
        <div className="actions">
          <button type="submit" className="secondary">
            {t('data.saveKeepDays')}
          </button>
        </div>
      </form>
      <p className="actions">
        <button type="button" onClick={() => void backupNow()} disabled={busy}>
          {t('data.backupNow')}
        </button>
      </p>
      {list && list.backups.length === 0 && <p>{t('data.none')}</p>}
      {list && list.backups.length > 0 && (
        <table className="table">
          <TableHead columns={[t('data.at'), t('data.kind'), t('data.size'), t('data.actions')]} />
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.id}>
                <td>{when(b.at, i18n.language)}</td>
                <td>{t(`data.kinds.${b.kind}`)}</td>
                <td>{size(b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('data.restoreLabel', { at: when(b.at, i18n.language) })}
                    disabled={busy}
                    onClick={(e) => restore.ask(b, e.currentTarget)}
                  >
                    {t('data.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restore.pending && (
        <ConfirmBox id="restore-confirm" text={t('data.restoreConfirm', { at: when(restore.pending.at, i18n.language) })} yes={t('data.restoreYes')} busy={busy} onYes={() => void restore.confirm()} onCancel={restore.cancel} />
      )}
      <p role="status" className="status-text">
        {busy ? t('data.working') : message}
      </p>
    </section>
  );
}
