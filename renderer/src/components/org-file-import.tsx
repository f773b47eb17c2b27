/**
 * 「庁内共通の設定を読み込む」: the organisation's file, chosen and imported through `org:import`,
 * with every problem in the file listed beside the button (one per line, as main words them).
 * Used by カレンダー and by the first-run setup; each says what the import means for it.
 */
import { useState } from 'react';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { fieldErrors } from '../field-errors.js';

type OrgImportResult = Extract<Awaited<ReturnType<TechoApi['orgImport']>>, { ok: true }>['data'];

export function OrgFileImport({ api, legend, hint, fileLabel, onImported, onFailed }: { api: TechoApi; legend: string; hint: string; fileLabel: string; onImported: (result: OrgImportResult) => void | Promise<void>; onFailed: () => void }) {
  const [errors, setErrors] = useState<string[]>([]);
  const importFile = async (file: File) => {
    const r = await api.orgImport({ text: await file.text() });
    if (!r.ok) {
      // Every problem in the file, one per line, is the message for the request's one field: the text.
      setErrors((fieldErrors(r.error).text ?? r.error.message).split('\n'));
      return onFailed();
    }
    setErrors([]);
    await onImported(r.data);
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <label className="file-button">
        {fileLabel}
        <input type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
      </label>
      {errors.length > 0 && (
        <ul className="error-text" role="alert">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
