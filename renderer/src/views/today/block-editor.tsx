/**
 * Add or edit one time block. Times are typed as HH:MM (9:00 and 0900 are tidied to 09:00);
 * main validates and answers with a message per field, shown beside it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import { type Block, type BlockInput, emptyFocus } from '../../../../shared/day/day-schema.js';
import type { BlockKind } from '../../../../shared/lists/block-kinds.js';
import { BLOCK_STATUSES } from '../../../../shared/lists/block-statuses.js';
import type { InventoryItem } from '../../../../shared/inventory/inventory-schema.js';
import type { IpcError } from '../../../../shared/ipc/result.js';
import { Field } from '../../components/field.js';
import { ImeSafeForm } from '../../components/ime-safe-form.js';
import { SelectField } from '../../components/select-field.js';
import { fieldErrors } from '../../field-errors.js';
import { hhmm, parseTime, tidyTime } from '../../format.js';

export interface EditorTarget {
  /** null for a new block. */
  id: string | null;
  initial: BlockInput;
}

export function BlockEditor({
  target,
  kinds,
  inventory,
  onSave,
  onCancel,
  onDelete,
}: {
  target: EditorTarget;
  kinds: readonly BlockKind[];
  inventory: InventoryItem[];
  onSave: (id: string | null, block: BlockInput) => Promise<IpcError | undefined>;
  onCancel: () => void;
  onDelete?: (block: Block) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<BlockInput>(target.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setDraft(target.initial);
    setErrors({});
    setSummary(undefined);
    first.current?.focus();
    first.current?.select(); // typing replaces the time (it used to append: "08:300830")
  }, [target]);

  const set = <K extends keyof BlockInput>(key: K) => (value: BlockInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (key: keyof BlockInput) => errors[key];

  const submit = async () => {
    const block = { ...draft, start: tidyTime(draft.start), end: tidyTime(draft.end) };
    setDraft(block);
    const error = await onSave(target.id, block);
    if (!error) return;
    setErrors(fieldErrors(error, 'block'));
    setSummary(error.message);
  };

  const fromInventory = (id: string) => {
    const item = inventory.find((i) => i.id === id);
    if (!item) return setDraft((d) => ({ ...d, inventoryId: null }));
    const start = parseTime(draft.start) ?? 540;
    setDraft((d) => ({ ...d, inventoryId: item.id, title: item.title, kind: item.kind, end: hhmm(Math.min(1439, start + item.minutes)) }));
  };

  const titleId = target.id ? 'edit-block-title' : 'new-block-title';
  return (
    <section className="block-editor" aria-labelledby={titleId}>
      <h3 id={titleId}>{target.id ? t('day.editBlock') : t('day.newBlock')}</h3>
      <ImeSafeForm
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          // Enter saves from the 種類/状況 lists too, as it does from a text field.
          else if (e.key === 'Enter' && e.target instanceof HTMLSelectElement && !e.nativeEvent.isComposing) {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
      >
        {inventory.length > 0 && (
          <SelectField
            id="block-inventory"
            label={t('day.fromInventory')}
            value={draft.inventoryId ?? ''}
            onChange={fromInventory}
            options={[{ value: '', label: t('day.fromInventoryNone') }, ...inventory.map((i) => ({ value: i.id, label: `${i.title}(${t(`fitness.${i.telework}`)})` }))]}
          />
        )}
        <div className="row">
          <Field ref={first} id="block-start" label={t('day.start')} value={draft.start} onChange={set('start')} error={err('start')} inputMode="numeric" placeholder="09:00" size={6} />
          <Field id="block-end" label={t('day.end')} value={draft.end} onChange={set('end')} error={err('end')} inputMode="numeric" placeholder="10:00" size={6} />
        </div>
        <Field id="block-title" label={t('day.blockTitle')} value={draft.title} onChange={set('title')} error={err('title')} />
        <div className="row">
          <SelectField id="block-kind" label={t('day.kind')} value={draft.kind} onChange={set('kind')} options={[...new Set([...kinds, draft.kind])].map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
          <SelectField id="block-status" label={t('day.status')} value={draft.status} onChange={set('status')} options={BLOCK_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        </div>
        <div className="field">
          <label htmlFor="block-note">{t('day.note')}</label>
          <textarea id="block-note" rows={2} value={draft.note} onChange={(e) => set('note')(e.target.value)} aria-invalid={err('note') ? true : undefined} />
        </div>
        {summary && (
          <p role="alert" className="error-text">
            {summary}
          </p>
        )}
        <div className="actions">
          <button type="submit">{t('day.save')}</button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('day.cancel')}
          </button>
          {target.id && onDelete && (
            <button type="button" className="danger" onClick={() => onDelete({ ...target.initial, id: target.id!, focus: emptyFocus() })}>
              {t('day.delete')}
            </button>
          )}
        </div>
      </ImeSafeForm>
    </section>
  );
}
