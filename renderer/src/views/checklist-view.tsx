/**
 * テレワーク前日の準備: the checklist of one telework day — items, paper materials as PDF (chosen
 * through the OS dialog and checked by main; the window never reads a path), and approval dates
 * with the conflicts main finds. Completion is shown as done/total.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { formatDate, formatShortDate } from '../../../shared/calendar/japanese-date.js';
import type { ApprovalInput, ChecklistView as View } from '../../../shared/checklist/checklist-schema.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { AddForm } from '../components/add-form.js';
import { ConfirmDelete } from '../components/confirm-delete.js';
import { Field } from '../components/field.js';
import { fieldErrors } from '../field-errors.js';
import { TrialChecklistNote, useTrialProgress } from '../components/trial-progress.js';

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

export function ChecklistView({ api, date, today, canPickFiles, go }: { api: TechoApi; date: string | undefined; today: string; canPickFiles: boolean; go: (date: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [view, setView] = useState<View>();
  const [message, setMessage] = useState('');
  const empty: ApprovalInput = { subject: '', approver: '', deadline: date ?? '', plannedDate: date ?? '', paper: false };
  const [approval, setApproval] = useState<ApprovalInput>(empty);
  const [approvalErrors, setApprovalErrors] = useState<Record<string, string>>({});
  const trial = useTrialProgress(api, today);

  const load = useCallback(() => void api.checklistGet({ date: date ?? null }).then((r) => (r.ok ? setView(r.data) : setMessage(r.error.message))), [api, date]);
  useEffect(() => {
    load();
    return api.on('checklist:changed', load);
  }, [api, load]);

  if (!view) return <p aria-busy="true">{t('app.loading')}</p>;
  const d = view.checklist.date;
  /** Shows main's answer; true when the change was accepted. */
  const apply = async (p: ReturnType<TechoApi['checklistGet']>, ok = ''): Promise<boolean> => {
    const r = await p;
    if (!r.ok) {
      setMessage(r.error.message);
      return false;
    }
    setView(r.data);
    setMessage(ok);
    return true;
  };

  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <p className="day-facts">
        <strong>{t('checklist.for', { date: formatDate(d, lang) })}</strong>
        <strong className="completion" data-testid="checklist-completion">
          {t('checklist.completion', { done: view.done, total: view.total })}
        </strong>
      </p>
      {!view.telework && <p className="warnings">{t('checklist.notTelework')}</p>}
      <TrialChecklistNote progress={trial} />
      <Field id="checklist-date" type="date" label={t('checklist.date')} value={d} onChange={(v) => v && go(v)} />
      <p role="status" className="status-text">
        {message}
      </p>

      <fieldset>
        <legend>{t('checklist.items')}</legend>
        <ul className="plain-list checklist-items">
          {view.checklist.items.map((i) => (
            <li key={i.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={i.done}
                  onChange={(e) => {
                    const done = e.target.checked;
                    // Shown at once; main's answer (or its refusal) follows.
                    setView((v) => v && { ...v, checklist: { ...v.checklist, items: v.checklist.items.map((x) => (x.id === i.id ? { ...x, done } : x)) } });
                    void apply(api.checklistSetItemDone({ date: d, id: i.id, done }));
                  }}
                />{' '}
                {i.label}
              </label>{' '}
              <ConfirmDelete
                name={i.label}
                label={t('checklist.removeItem', { label: i.label })}
                className="secondary small"
                onDelete={() => apply(api.checklistRemoveItem({ date: d, id: i.id }), t('checklist.removed', { name: i.label }))}
                fallback={() => document.getElementById('checklist-new-item')}
              />
            </li>
          ))}
        </ul>
        <AddForm id="checklist-new-item" label={t('checklist.newItem')} button={t('checklist.addItem')} onAdd={(label) => apply(api.checklistAddItem({ date: d, label }))} />
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void api.checklistSaveAsTemplate({ date: d }).then((r) => setMessage(r.ok ? t('checklist.templateSaved') : r.error.message))}>
            {t('checklist.saveAsTemplate')}
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={view.checklist.includeInStartReport} onChange={(e) => void apply(api.checklistSetIncludeInStartReport({ date: d, include: e.target.checked }))} />{' '}
          {t('checklist.includeInStartReport')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('checklist.pdfs')}</legend>
        <p className="hint">{t('checklist.pdfsHelp')}</p>
        {!canPickFiles && <p className="hint">{t('checklist.noPicker')}</p>}
        <ul className="plain-list" data-testid="checklist-pdfs">
          {view.checklist.pdfs.map((p) => {
            const missing = view.missingPdfs.includes(p.id);
            return (
              <li key={p.id}>
                <strong>{p.title}</strong>: {p.path && p.size !== null ? t('checklist.attached', { name: baseName(p.path), size: kb(p.size) }) : t('checklist.notAttached')}
                {missing && <span className="error-text"> ⚠ {t('checklist.missing')}</span>}{' '}
                {canPickFiles && (
                  <button type="button" className="secondary" onClick={() =>
                      void api.checklistAttachPdf({ date: d, id: p.id }).then((r) => {
                        if (!r.ok) return setMessage(r.error.message);
                        if (!('cancelled' in r.data)) setView(r.data);
                        setMessage('');
                      })
                    }>
                    {p.path ? t('checklist.reattach') : t('checklist.attach')}
                  </button>
                )}{' '}
                <ConfirmDelete
                  name={p.title}
                  label={t('checklist.removePdf', { title: p.title })}
                  onDelete={() => apply(api.checklistRemovePdf({ date: d, id: p.id }), t('checklist.removed', { name: p.title }))}
                  fallback={() => document.getElementById('checklist-pdf-title')}
                />
              </li>
            );
          })}
        </ul>
        <AddForm id="checklist-pdf-title" label={t('checklist.pdfTitle')} button={t('checklist.addPdf')} onAdd={(title) => apply(api.checklistAddPdf({ date: d, title }))} />
      </fieldset>

      <fieldset>
        <legend>{t('checklist.approvals')}</legend>
        <p className="hint">{t('checklist.approvalsHelp')}</p>
        <ul className="plain-list" data-testid="checklist-approvals">
          {view.checklist.approvals.map((a) => (
            <li key={a.id}>
              {t('checklist.approvalLine', { subject: a.subject, approver: a.approver || '—', deadline: a.deadline ? formatShortDate(a.deadline, lang) : '—', planned: a.plannedDate ? formatShortDate(a.plannedDate, lang) : '—', method: a.paper ? t('checklist.paper') : t('checklist.electronic') })}{' '}
              <ConfirmDelete
                name={a.subject}
                label={t('checklist.removeApproval', { subject: a.subject })}
                onDelete={() => apply(api.checklistRemoveApproval({ date: d, id: a.id }), t('checklist.removed', { name: a.subject }))}
                fallback={() => document.getElementById('approval-subject')}
              />
              {view.conflicts
                .filter((c) => c.approvalId === a.id)
                .map((c) => (
                  <p key={c.kind} className="error-text">
                    ⚠ {t(`checklist.conflicts.${c.kind}`)} {c.suggestedDate ? t('checklist.suggest', { date: formatDate(c.suggestedDate, lang) }) : t('checklist.noSuggestion')}
                  </p>
                ))}
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void api.checklistSaveApproval({ date: d, id: null, approval: { ...approval, deadline: approval.deadline || d, plannedDate: approval.plannedDate || d } }).then((r) => {
              if (!r.ok) {
                setApprovalErrors(fieldErrors(r.error, 'approval'));
                return setMessage(r.error.message);
              }
              setView(r.data);
              setApproval({ ...empty, deadline: d, plannedDate: d });
              setApprovalErrors({});
              setMessage('');
            });
          }}
        >
          <div className="row">
            <Field id="approval-subject" label={t('checklist.subject')} value={approval.subject} onChange={(v) => setApproval((a) => ({ ...a, subject: v }))} error={approvalErrors.subject} />
            <Field id="approval-approver" label={t('checklist.approver')} value={approval.approver} onChange={(v) => setApproval((a) => ({ ...a, approver: v }))} error={approvalErrors.approver} />
          </div>
          <div className="row">
            <Field id="approval-deadline" type="date" label={t('checklist.deadline')} value={approval.deadline || d} onChange={(v) => setApproval((a) => ({ ...a, deadline: v }))} error={approvalErrors.deadline} />
            <Field id="approval-planned" type="date" label={t('checklist.plannedDate')} value={approval.plannedDate || d} onChange={(v) => setApproval((a) => ({ ...a, plannedDate: v }))} error={approvalErrors.plannedDate} />
            <label className="check">
              <input type="checkbox" checked={approval.paper} onChange={(e) => setApproval((a) => ({ ...a, paper: e.target.checked }))} /> {t('checklist.paper')}
            </label>
          </div>
          <button type="submit" className="secondary">
            {t('checklist.addApproval')}
          </button>
        </form>
      </fieldset>
    </section>
  );
}
