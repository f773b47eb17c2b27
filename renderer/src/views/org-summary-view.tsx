/**
 * 試行の集計 (issue #17): 総務課 reads a folder of staff report files and anonymous answer files and
 * sees the telework trial — participation overall, for managers and by 課, who has not teleworked
 * yet, telework days per person and month, 時間外勤務 by 課, the survey compiled — then saves it as a
 * workbook or a printable page. The trial is this app's (庁内共通の設定) or the one in an
 * organisation file chosen here. Files are read here and counted in main (orgSummary:*).
 */
import './org-summary-view.css';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { FileDropZone } from '../components/file-drop-zone.js';
import { useTranslation } from '../use-translation.js';
import { eraYear, formatDate } from '../../../shared/calendar/japanese-date.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { OrgSummary } from '../../../shared/trial/org-summary.js';
import { MIN_ANONYMOUS_RESPONSES, type Trial } from '../../../shared/trial/trial-schema.js';
import { TableHead } from '../components/table-head.js';
import { SelectField } from '../components/select-field.js';
import { downloadBytes, fromBase64, toBase64 } from '../download.js';
import { fieldErrors } from '../field-errors.js';
import { durationIn } from '../format.js';

/** Files above this are sent without their bytes: main refuses them with their size (as the 所属長の確認画面 does). */
const MAX_BYTES = 20 * 1024 * 1024;
/** Files are sent in batches of up to 20 files or ~16 MB of base64 (as the 所属長の確認画面 does), so no request is huge. */
const BATCH = 20;
const BATCH_BYTES = 16 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Progress = { done: number; total: number } | 'compiling';
type Person = OrgSummary['people'][number];

/** `trial`: the one in this app's settings (null when none is set). */
export function OrgSummaryView({ api, trial }: { api: TechoApi; trial: Trial | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [summary, setSummary] = useState<OrgSummary | null>(null);
  const [orgFile, setOrgFile] = useState<{ name: string; text: string }>();
  const [progress, setProgress] = useState<Progress>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [orgError, setOrgError] = useState('');

  // What main holds from an earlier import in this session (the view may have been left and opened again).
  useEffect(() => void api.orgSummaryCurrent().then((r) => r.ok && setSummary(r.data)), [api]);

  const importFiles = async (list: File[]) => {
    const files = list.filter((f) => f.name.toLowerCase().endsWith('.json'));
    setStatus('');
    setError('');
    setOrgError('');
    if (files.length === 0) return setError(t('orgView.noJson'));
    setProgress({ done: 0, total: files.length });
    // The first batch starts a new summary (and checks the trial); the next ones add to it (append).
    let done = 0;
    let last: OrgSummary | null = null;
    const failed: { name: string; reason: string }[] = [];
    while (done < files.length) {
      const batch: { name: string; size: number; base64?: string }[] = [];
      let bytes = 0;
      while (done + batch.length < files.length && batch.length < BATCH && bytes < BATCH_BYTES) {
        const f = files[done + batch.length]!;
        // Bytes, not f.text(): main decides the encoding (a Shift_JIS file is named as such, not garbled).
        const entry = { name: f.webkitRelativePath || f.name, size: f.size, ...(f.size > MAX_BYTES ? {} : { base64: toBase64(new Uint8Array(await f.arrayBuffer())) }) };
        bytes += entry.base64?.length ?? 0;
        batch.push(entry);
      }
      // The last batch: main counts everything read so far.
      if (done + batch.length === files.length) setProgress('compiling');
      const r = await api.orgSummaryImport({ files: batch, ...(last ? { append: true } : orgFile ? { orgText: orgFile.text } : {}) });
      if (r.ok) last = r.data;
      else {
        // A problem in the chosen organisation file is said beside it (each problem on its line); one with these files lists them.
        const fields = fieldErrors(r.error);
        const aboutFiles = Object.keys(fields).some((k) => k.startsWith('files'));
        const onOrgFile = fields.orgText ?? fields.text ?? (orgFile && r.error.code === 'invalid_input' && !aboutFiles ? r.error.message : undefined);
        if (!last && !aboutFiles) {
          // Nothing can be counted (no trial, or its file is wrong): said once, and nothing else is sent.
          setProgress(undefined);
          if (onOrgFile) setOrgError(onOrgFile);
          else setError(r.error.message);
          return;
        }
        failed.push(...batch.map((b) => ({ name: b.name, reason: r.error.message })));
      }
      done += batch.length;
      if (done < files.length) setProgress({ done, total: files.length });
    }
    setProgress(undefined);
    if (!last) return setError(t('orgView.batchFailed', { names: failed.map((f) => f.name).join(t('app.listSeparator')), reason: failed[0]?.reason ?? '' }));
    // A batch refused after the first: its files are listed with the reason, and what was read is kept.
    setSummary(failed.length ? { ...last, files: { ...last.files, rejected: [...last.files.rejected, ...failed] } } : last);
    setStatus(t('orgView.imported', { reports: last.files.reports, answers: last.files.answerFiles }));
  };

  const save = async (kind: 'xlsx' | 'pdf') => {
    setError('');
    const r = kind === 'xlsx' ? await api.orgSummaryExportXlsx() : await api.orgSummaryExportPdf();
    if (!r.ok) return setError(r.error.message);
    downloadBytes(r.data.name, fromBase64(r.data.base64), kind === 'xlsx' ? XLSX_TYPE : 'application/pdf');
  };

  const clear = async () => {
    const r = await api.orgSummaryClear();
    if (!r.ok) return setError(r.error.message);
    setSummary(null);
    setError('');
    setStatus(t('orgView.cleared'));
  };

  const pickOrgFile = async (file: File) => {
    setOrgError('');
    setOrgFile({ name: file.name, text: await file.text() });
  };

  return (
    <section aria-labelledby="org-title" className="org-summary">
      <h2 id="org-title">{t('orgView.title')}</h2>
      <p>{t('orgView.intro')}</p>

      <fieldset>
        <legend>{t('orgView.trialFile.legend')}</legend>
        <p data-testid="org-trial-source">
          {orgFile
            ? t('orgView.trialFile.chosen', { file: orgFile.name })
            : trial
              ? t('orgView.trialFile.current', { name: trial.name, start: formatDate(trial.start, lang), end: formatDate(trial.end, lang) })
              : t('orgView.trialFile.none')}
        </p>
        <p className="hint" id="org-file-hint">
          {t('orgView.trialFile.hint')}
        </p>
        <div className="actions">
          <label className="file-button">
            {t('orgView.trialFile.pick')}
            <input
              type="file"
              accept=".json,application/json"
              aria-describedby="org-file-hint"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void pickOrgFile(file);
              }}
            />
          </label>
          {orgFile && (
            <button type="button" className="secondary" onClick={() => (setOrgFile(undefined), setOrgError(''))}>
              {t('orgView.trialFile.unpick')}
            </button>
          )}
        </div>
        {orgError && (
          <ul className="error-text" role="alert">
            {orgError.split('\n').map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </fieldset>

      <FileDropZone dropText={t('orgView.files.drop')} pickFiles={t('orgView.files.pickFiles')} pickFolder={t('orgView.files.pickFolder')} onFiles={(files) => void importFiles(files)} testId="org-drop-zone" />
      <div role="status" className="status-text" data-testid="org-status">
        {progress === 'compiling' ? (
          t('orgView.compiling')
        ) : progress ? (
          <>
            {t('orgView.importing', progress)} <progress max={progress.total} value={progress.done} />
          </>
        ) : (
          status
        )}
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}

      {!summary ? <p>{t('orgView.empty')}</p> : <SummaryBody summary={summary} onSave={save} onClear={clear} />}
    </section>
  );
}

/** Everything shown once a folder has been read. */
function SummaryBody({ summary, onSave, onClear }: { summary: OrgSummary; onSave: (kind: 'xlsx' | 'pdf') => Promise<void>; onClear: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const duration = durationIn(i18n.language);
  const { trial, files } = summary;
  // 2/3人(66.7%): one decimal, as the workbook, the printable page and `org-summary` write it.
  const share = (n: number, total: number) => (total === 0 ? t('orgView.shareNone', { n, total }) : t('orgView.share', { n, total, percent: Math.round((n / total) * 1000) / 10 }));
  const days = (count: number) => t('orgView.days', { count });
  const list = (items: readonly string[]) => items.join(t('app.listSeparator'));
  const sum = (pick: (d: OrgSummary['byDepartment'][number]) => number) => summary.byDepartment.reduce((a, d) => a + pick(d), 0);

  return (
    <>
      {files.rejected.length > 0 && (
        <section className="warnings" aria-labelledby="org-rejected-title" data-testid="org-rejected">
          <h3 id="org-rejected-title">{t('orgView.rejectedTitle')}</h3>
          <ul>
            {files.rejected.map((r, i) => (
              <li key={`${r.name}|${i}`}>
                <strong>{r.name}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="org-trial-title" data-testid="org-trial">
        <h3 id="org-trial-title">{t('orgView.trial.heading', { name: trial.name })}</h3>
        <dl className="org-facts">
          <div>
            <dt>{t('orgView.trial.period')}</dt>
            <dd>{t('orgView.trial.periodText', { start: formatDate(trial.start, lang), end: formatDate(trial.end, lang) })}</dd>
          </div>
          <div>
            <dt>{t('orgView.trial.rule')}</dt>
            <dd>{t('orgView.trial.ruleText', { count: trial.minDays })}</dd>
          </div>
          <div>
            <dt>{t('orgView.trial.departments')}</dt>
            <dd>{trial.departments.length ? list(trial.departments) : t('orgView.trial.allDepartments')}</dd>
          </div>
          <div>
            <dt>{t('orgView.trial.managerTitles')}</dt>
            <dd>{trial.managerTitles.length ? list(trial.managerTitles) : t('orgView.trial.noManagerTitles')}</dd>
          </div>
          <div>
            <dt>{t('orgView.trial.files')}</dt>
            <dd>
              {t('orgView.trial.filesText', { reports: files.reports, answers: files.answerFiles })}
              {files.outsideTrial > 0 && (
                <>
                  <br />
                  {t('orgView.trial.outside', { n: files.outsideTrial })}
                </>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="org-participation-title">
        <h3 id="org-participation-title">{t('orgView.participation.heading')}</h3>
        <table className="table org-table compact" data-testid="org-participation">
          <caption>{t('orgView.participation.caption')}</caption>
          <Head columns={(['group', 'staff', 'participants', 'metRule'] as const).map((c) => t(`orgView.participation.columns.${c}`))} numeric={[1, 2, 3]} />
          <tbody>
            {(['all', 'managers'] as const).map((group) => {
              const p = summary[group];
              return (
                <tr key={group}>
                  <th scope="row">{t(`orgView.participation.${group}`)}</th>
                  <td className="num">{t('orgView.people', { n: p.staff })}</td>
                  <td className="num">{share(p.participants, p.staff)}</td>
                  <td className="num">{share(p.metRule, p.staff)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="org-departments-title">
        <h3 id="org-departments-title">{t('orgView.byDepartment.heading')}</h3>
        <TableRegion name={t('orgView.byDepartment.caption')}>
          <table className="table org-table" data-testid="org-by-department">
            <caption>{t('orgView.byDepartment.caption')}</caption>
            <Head
              columns={(['department', 'staff', 'participants', 'metRule', 'managers', 'teleworkDays', 'outside', 'teleworkOutside'] as const).map((c) => t(`orgView.byDepartment.columns.${c}`))}
              numeric={[1, 2, 3, 4, 5, 6, 7]}
            />
            <tbody>
              {summary.byDepartment.map((d) => (
                <tr key={d.department}>
                  <th scope="row">{d.department}</th>
                  <td className="num">{t('orgView.people', { n: d.staff })}</td>
                  <td className="num">{share(d.participants, d.staff)}</td>
                  <td className="num">{share(d.metRule, d.staff)}</td>
                  <td className="num">{t('orgView.shareNone', { n: d.managers.participants, total: d.managers.staff })}</td>
                  <td className="num">{days(d.teleworkDays)}</td>
                  <td className="num">{duration(d.outsideMinutes)}</td>
                  <td className="num">{duration(d.teleworkOutsideMinutes)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('orgView.byDepartment.total')}</th>
                <td className="num">{t('orgView.people', { n: summary.all.staff })}</td>
                <td className="num">{share(summary.all.participants, summary.all.staff)}</td>
                <td className="num">{share(summary.all.metRule, summary.all.staff)}</td>
                <td className="num">{t('orgView.shareNone', { n: summary.managers.participants, total: summary.managers.staff })}</td>
                <td className="num">{days(sum((d) => d.teleworkDays))}</td>
                <td className="num">{duration(sum((d) => d.outsideMinutes))}</td>
                <td className="num">{duration(sum((d) => d.teleworkOutsideMinutes))}</td>
              </tr>
            </tfoot>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="org-not-yet-title" data-testid="org-not-yet">
        <h3 id="org-not-yet-title">{t('orgView.notYet.heading', { n: summary.notYet.length })}</h3>
        {summary.notYet.length === 0 ? (
          <p>{t('orgView.notYet.none')}</p>
        ) : (
          <TableRegion name={t('orgView.notYet.caption')} tall>
            <table className="table org-table">
              <caption>{t('orgView.notYet.caption')}</caption>
              <TableHead columns={(['staffId', 'name', 'department', 'title', 'manager'] as const).map((c) => t(`orgView.notYet.columns.${c}`))} />
              <tbody>
                {summary.notYet.map((p) => (
                  <tr key={`${p.staffId}|${p.name}`}>
                    <td>{p.staffId}</td>
                    <th scope="row">{p.name}</th>
                    <td>{p.department}</td>
                    <td>{p.title}</td>
                    <td>{p.manager ? t('orgView.notYet.manager') : t('orgView.notYet.notManager')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      <ByMonth summary={summary} />

      <SurveySection summary={summary} />

      <div className="actions org-actions">
        <button type="button" onClick={() => void onSave('xlsx')}>
          {t('orgView.exportXlsx')}
        </button>
        <button type="button" onClick={() => void onSave('pdf')}>
          {t('orgView.exportPdf')}
        </button>
        <button type="button" className="secondary" onClick={() => void onClear()}>
          {t('orgView.clear')}
        </button>
      </div>
    </>
  );
}

/** Column headings; those over numbers are right-aligned with them. */
function Head({ columns, numeric = [] }: { columns: readonly string[]; numeric?: readonly number[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={c} scope="col" className={numeric.includes(i) ? 'num' : undefined}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A table that may be longer (or wider) than the page: it scrolls inside its own labelled region,
 * which the keyboard can reach (Tab, then the arrow keys), and the page itself never scrolls sideways.
 */
function TableRegion({ name, tall = false, children }: { name: string; tall?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`table-region${tall ? ' tall' : ''}`} role="region" aria-label={t('orgView.tableRegion', { name })} tabIndex={0}>
      {children}
    </div>
  );
}

/** Telework days per person and month, one 課 at a time (or all), so 300 staff stay readable. */
function ByMonth({ summary }: { summary: OrgSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const duration = durationIn(i18n.language);
  const departments = useMemo(() => [...new Set([...summary.byDepartment.map((d) => d.department), ...summary.people.map((p) => p.department)])], [summary]);
  const [department, setDepartment] = useState('');
  const shown: Person[] = department ? summary.people.filter((p) => p.department === department) : summary.people;
  const count = (d: string) => summary.people.filter((p) => p.department === d).length;
  // 11月, 12月 — or 令和8年12月, 令和9年1月 when a month number would repeat (a period over a year).
  const numbers = summary.months.map((m) => Number(m.slice(5, 7)));
  const withYear = new Set(numbers).size !== numbers.length;
  const monthName = (ym: string) => {
    const month = Number(ym.slice(5, 7));
    if (lang === 'en') {
      const name = new Date(Date.UTC(Number(ym.slice(0, 4)), month - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
      return withYear ? t('orgView.byMonth.yearMonth', { year: ym.slice(0, 4), month: name }) : t('orgView.byMonth.month', { month: name });
    }
    return withYear ? t('orgView.byMonth.yearMonth', { year: eraYear(`${ym}-01`), month }) : t('orgView.byMonth.month', { month });
  };
  const caption = department ? t('orgView.byMonth.caption', { department }) : t('orgView.byMonth.captionAll');

  return (
    <section aria-labelledby="org-by-month-title" data-testid="org-by-month">
      <h3 id="org-by-month-title">{t('orgView.byMonth.heading')}</h3>
      <SelectField
        id="org-by-month-department"
        label={t('orgView.byMonth.filter')}
        value={department}
        onChange={setDepartment}
        options={[{ value: '', label: t('orgView.byMonth.allDepartments', { n: summary.people.length }) }, ...departments.map((d) => ({ value: d, label: t('orgView.byMonth.department', { department: d, n: count(d) }) }))]}
      />
      {shown.length === 0 ? (
        <p>{t('orgView.byMonth.none')}</p>
      ) : (
        <TableRegion name={caption} tall>
          <table className="table org-table">
            <caption>{caption}</caption>
            <Head
              numeric={[...summary.months.map((_, i) => 3 + i), 3 + summary.months.length, 5 + summary.months.length]}
              columns={[
                t('orgView.byMonth.columns.name'),
                t('orgView.byMonth.columns.department'),
                t('orgView.byMonth.columns.title'),
                ...summary.months.map(monthName),
                t('orgView.byMonth.columns.total'),
                t('orgView.byMonth.columns.rule'),
                t('orgView.byMonth.columns.outside'),
              ]}
            />
            <tbody>
              {shown.map((p) => (
                <tr key={`${p.staffId}|${p.name}`}>
                  <th scope="row">{p.name}</th>
                  <td>{p.department}</td>
                  <td>
                    {p.title}
                    {p.manager && <span className="hint"> {t('orgView.byMonth.managerMark')}</span>}
                  </td>
                  {p.byMonth.map((n, i) => (
                    <td key={summary.months[i]} className="num">
                      {n}
                    </td>
                  ))}
                  <td className="num">{p.teleworkDays}</td>
                  <td className={p.teleworkDays >= summary.trial.minDays ? '' : 'error-text'}>{p.teleworkDays >= summary.trial.minDays ? t('orgView.byMonth.met') : t('orgView.byMonth.notMet')}</td>
                  <td className="num">{duration(p.outsideMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

/** The survey compiled: each question's counts (scale 1–5 with its words and the mean; choices), free text without names. */
function SurveySection({ summary }: { summary: OrgSummary }) {
  const { t, i18n } = useTranslation();
  const survey = summary.survey;
  if (!survey)
    return (
      <section aria-labelledby="org-survey-title" data-testid="org-survey">
        <h3 id="org-survey-title">{t('orgView.survey.headingNone')}</h3>
        <p>{t('orgView.survey.none')}</p>
      </section>
    );
  const defined = summary.trial.survey?.questions ?? [];
  const mean = (value: number | null) => (value === null ? t('orgView.survey.noAverage') : value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  return (
    <section aria-labelledby="org-survey-title" data-testid="org-survey">
      <h3 id="org-survey-title">{t('orgView.survey.heading', { title: survey.title })}</h3>
      <p>
        {t('orgView.survey.responses', {
          total: survey.responses,
          named: survey.named,
          anonymous: survey.anonymous,
          firstDayLabel: t('orgView.survey.occasions.firstDay'),
          firstDay: survey.byOccasion.firstDay,
          endLabel: t('orgView.survey.occasions.end'),
          end: survey.byOccasion.end,
        })}
      </p>
      {survey.withheldAnonymous > 0 && <p className="hint">{t('orgView.survey.withheldAnonymous', { min: MIN_ANONYMOUS_RESPONSES })}</p>}
      {survey.responses === 0 && <p>{t('orgView.survey.noResponses')}</p>}
      {survey.questions.map((q, index) => {
        const n = index + 1;
        const def = defined.find((d) => d.id === q.id);
        return (
          <section key={q.id} className="org-question" aria-labelledby={`org-q-${q.id}`} data-testid={`org-question-${q.id}`}>
            <h4 id={`org-q-${q.id}`}>{t('orgView.survey.question', { n, text: q.text })}</h4>
            <p className="hint">{t('orgView.survey.answered', { count: q.answered })}</p>
            {q.type === 'scale' && (
              <ScaleTable n={n} counts={q.counts} low={def?.type === 'scale' ? def.low : (q.labels[0] ?? '1')} high={def?.type === 'scale' ? def.high : (q.labels.at(-1) ?? '5')} mean={mean(q.average)} />
            )}
            {q.type === 'choice' && (
              <>
                <table className="table org-table compact org-choice">
                  <caption>{t('orgView.survey.choiceCaption', { n })}</caption>
                  <Head columns={[t('orgView.survey.option'), t('orgView.survey.count')]} numeric={[1]} />
                  <tbody>
                    {q.labels.map((label, i) => (
                      <tr key={label}>
                        <th scope="row">{label}</th>
                        <td className="num">{q.counts[i] ?? 0}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {def?.type === 'choice' && def.multiple && <p className="hint">{t('orgView.survey.multiple')}</p>}
              </>
            )}
            {q.type === 'text' &&
              (q.texts.length === 0 ? (
                <p>{t('orgView.survey.noTexts')}</p>
              ) : (
                <>
                  <p>{t('orgView.survey.texts', { count: q.texts.length })}</p>
                  <ul className="org-texts">
                    {q.texts.map((text, i) => (
                      <li key={i}>{text}</li>
                    ))}
                  </ul>
                </>
              ))}
          </section>
        );
      })}
    </section>
  );
}

/** One scale question: how many answered 1…5 (the words at each end named), and the mean. */
function ScaleTable({ n, counts, low, high, mean }: { n: number; counts: readonly number[]; low: string; high: string; mean: string }) {
  const { t } = useTranslation();
  const points = [1, 2, 3, 4, 5];
  return (
    <table className="table org-table compact org-scale">
      <caption>{t('orgView.survey.scaleCaption', { n, low, high })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('orgView.survey.point')}</th>
          {points.map((p) => (
            <th scope="col" key={p} className="num">
              {p === 1 ? t('orgView.survey.scaleLow', { low }) : p === 5 ? t('orgView.survey.scaleHigh', { high }) : p}
            </th>
          ))}
          <th scope="col" className="num">
            {t('orgView.survey.average')}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('orgView.survey.countRow')}</th>
          {points.map((p, i) => (
            <td key={p} className="num">
              {counts[i] ?? 0}
            </td>
          ))}
          <td className="num">{mean}</td>
        </tr>
      </tbody>
    </table>
  );
}
