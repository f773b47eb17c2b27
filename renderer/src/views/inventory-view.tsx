/** 業務の棚卸: recurring tasks with テレワーク可 / 一部可 / 不可 and the reason. */
import { ConfirmDelete } from '../components/confirm-delete.js';
import { TableHead } from '../components/table-head.js';
import { useEffect, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { BLOCK_KINDS, type BlockKind } from '../../../shared/lists/block-kinds.js';
import { type InventoryInput, type InventoryItem, TELEWORK_FITNESS, UNFIT_REASONS } from '../../../shared/inventory/inventory-schema.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { Field } from '../components/field.js';
import { fieldErrors } from '../field-errors.js';
import { InlineForm } from '../components/ime-safe-form.js';
import { SelectField } from '../components/select-field.js';

const empty = (kind: BlockKind): InventoryInput => ({ title: '', kind, telework: 'yes', reason: null, minutes: 60, note: '' });

export function InventoryView({ api, settings }: { api: TechoApi; settings: Settings }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<InventoryItem[]>([]);
  const [editing, setEditing] = useState<{ id: string | null; draft: InventoryInput } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  useEffect(() => void api.inventoryList().then((r) => r.ok && setItems(r.data)), [api]);

  const kinds = settings.blockKinds.length ? settings.blockKinds : BLOCK_KINDS;
  const save = async () => {
    if (!editing) return;
    const r = await api.inventorySave({ id: editing.id, item: editing.draft });
    if (!r.ok) {
      setErrors(fieldErrors(r.error, 'item'));
      return setMessage(r.error.message);
    }
    setItems(r.data);
    setEditing(null);
    setErrors({});
    setMessage(t('day.saved'));
  };
  const set = <K extends keyof InventoryInput>(key: K, value: InventoryInput[K]) =>
    setEditing((e) => e && { ...e, draft: { ...e.draft, [key]: value } });

  return (
    <section aria-labelledby="inventory-title">
      <h2 id="inventory-title">{t('inventory.title')}</h2>
      <p>{t('inventory.intro')}</p>
      {items.length === 0 ? (
        <p>{t('inventory.empty')}</p>
      ) : (
        <table className="table">
          <TableHead columns={[t('inventory.taskTitle'), t('inventory.kind'), t('inventory.fitness'), t('inventory.reason'), t('inventory.minutes'), '']} />
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{i.title}</td>
                <td>{t(`kinds.${i.kind}`)}</td>
                <td>{t(`fitness.${i.telework}`)}</td>
                <td>{i.reason ? t(`unfitReasons.${i.reason}`) : ''}</td>
                <td>{i.minutes}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="secondary" aria-label={t('inventory.edit', { title: i.title })} onClick={() => setEditing({ id: i.id, draft: { title: i.title, kind: i.kind, telework: i.telework, reason: i.reason, minutes: i.minutes, note: i.note } })}>
                      {t('inventory.editShort')}
                    </button>
                    <ConfirmDelete
                      name={i.title}
                      label={t('inventory.delete', { title: i.title })}
                      className="danger"
                      onDelete={() => api.inventoryDelete({ id: i.id }).then((r) => (r.ok && setItems(r.data), r.ok))}
                      fallback={() => document.getElementById('inventory-add')}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!editing && (
        <button type="button" id="inventory-add" onClick={() => setEditing({ id: null, draft: empty(kinds[0] ?? 'focus') })}>
          {t('inventory.add')}
        </button>
      )}
      {editing && (
        <InlineForm
          label={t('inventory.add')}
          onSave={() => {
            void save();
          }}
        >
          <Field id="inv-title" label={t('inventory.taskTitle')} value={editing.draft.title} onChange={(v) => set('title', v)} error={errors.title} autoFocus />
          <div className="row">
            <SelectField id="inv-kind" label={t('inventory.kind')} value={editing.draft.kind} onChange={(v) => set('kind', v)} options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            <SelectField
              id="inv-fitness"
              label={t('inventory.fitness')}
              value={editing.draft.telework}
              onChange={(v) => {
                set('telework', v);
                if (v === 'yes') set('reason', null);
              }}
              options={TELEWORK_FITNESS.map((f) => ({ value: f, label: t(`fitness.${f}`) }))}
            />
            {editing.draft.telework !== 'yes' && (
              <SelectField
                id="inv-reason"
                label={t('inventory.reason')}
                value={editing.draft.reason ?? ''}
                onChange={(v) => set('reason', v === '' ? null : v)}
                error={errors.reason}
                options={[{ value: '' as const, label: '' }, ...UNFIT_REASONS.map((r) => ({ value: r, label: t(`unfitReasons.${r}`) }))]}
              />
            )}
            <Field id="inv-minutes" label={t('inventory.minutes')} value={String(editing.draft.minutes)} onChange={(v) => set('minutes', Number(v) || 0)} error={errors.minutes} inputMode="numeric" size={5} />
          </div>
          <Field id="inv-note" label={t('inventory.note')} value={editing.draft.note} onChange={(v) => set('note', v)} error={errors.note} />
          <div className="actions">
            <button type="submit">{t('inventory.save')}</button>
            <button type="button" className="secondary" onClick={() => (setEditing(null), setErrors({}))}>
              {t('day.cancel')}
            </button>
          </div>
        </InlineForm>
      )}
      <p role="status" className="status-text">
        {message}
      </p>
    </section>
  );
}
