/**
 * 所属長ビュー: import staff reports (drag and drop, file picker or a folder), see who is where and
 * which reports arrived, plan vs result, exceptions only, and time outside hours against the
 * limits; record 確認; export one consolidated CSV. Files are read here and checked in main.
 */
import { TableHead } from '../components/table-head.js';
import { useCallback, useEffect, useState } from 'react';
import { FileDropZone } from '../components/file-drop-zone.js';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { TeamView } from '../../../shared/ipc/contract.js';
import { CSV_ENCODINGS, type CsvEncoding, DEFAULT_CSV_ENCODING } from '../../../shared/lists/csv-encodings.js';
import { Field } from '../components/field.js';
import { SupervisorDayDetail } from './supervisor-day-detail.js';
import { SelectField } from '../components/select-field.js';
import { downloadBytes, fromBase64, toBase64 } from '../download.js';
import { clockOf, durationIn, recordTime } from '../format.js';
import { fiscalYearName, formatDate, formatShortDate } from '../../../shared/calendar/japanese-date.js';
import { stampText } from '../../../shared/time/time-text.js';
import { ListOrEmpty } from '../components/list-or-empty.js';

const MAX_BYTES = 20 * 1024 * 1024;
const BATCH = 20;


/** `timeZone`: the organisation's (setting orgTimeZone), for the 確認 times. */
export function SupervisorView({ api, today, timeZone }: { api: TechoApi; today: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  // Report times on the organisation's clock, as the team CSV and the 確認 times write them.
  const clock = (iso: string | null) => (iso ? clockOf(iso, i18n.language, timeZone) : null);
  // 和暦 in Japanese text, never ISO (DOMAIN.md): 11/25(水) in lists, 令和8年(2026年)11月25日(水) in headings.
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [date, setDate] = useState(today);
  const [view, setView] = useState<TeamView>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [summary, setSummary] = useState('');
  const [rejected, setRejected] = useState<{ name: string; reason: string }[]>([]);
  const [encoding, setEncoding] = useState<CsvEncoding>(DEFAULT_CSV_ENCODING);
  const [detail, setDetail] = useState<{ staffId: string; name: string }>();

  const load = useCallback(() => void api.supervisorView({ date }).then((r) => r.ok && setView(r.data)), [api, date]);
  useEffect(load, [load]);

  const importFiles = async (list: File[]) => {
    const files = list.filter((f) => f.name.toLowerCase().endsWith('.json'));
    let accepted = 0;
    let staff = 0;
    const bad: { name: string; reason: string }[] = [];
    setProgress({ done: 0, total: files.length });
    // Batches of up to 20 files or ~16 MB, so progress moves and no request is huge.
    let done = 0;
    while (done < files.length) {
      const batch: { name: string; size: number; base64?: string }[] = [];
      let bytes = 0;
      while (done + batch.length < files.length && batch.length < BATCH && bytes < 16 * 1024 * 1024) {
        const f = files[done + batch.length]!;
        // Bytes, not f.text(): that would decode as UTF-8 here and hide a Shift_JIS or UTF-16 file from main's decoder.
        const entry = { name: f.webkitRelativePath || f.name, size: f.size, ...(f.size > MAX_BYTES ? {} : { base64: toBase64(new Uint8Array(await f.arrayBuffer())) }) };
        bytes += entry.base64?.length ?? 0;
        batch.push(entry);
      }
      const r = await api.supervisorImport({ files: batch });
      if (r.ok) {
        accepted += r.data.accepted;
        staff = r.data.staff;
        bad.push(...r.data.rejected);
      } else bad.push(...batch.map((b) => ({ name: b.name, reason: r.error.message })));
      done += batch.length;
      setProgress({ done, total: files.length });
    }
    setProgress(undefined);
    setRejected(bad);
    setSummary(t('supervisor.imported', { accepted, staff }));
    load();
  };

  const checkOf = (staffId: string) => view?.checks.filter((c) => c.staffId === staffId && c.date === date).at(-1);
  // 7時間14分, never 434分 or 7.2時間 (DOMAIN.md terms).
  const duration = durationIn(i18n.language);
  const at = (minutes: number | null) => (minutes === null ? '—' : recordTime(minutes, t('exports.nextDayPrefix')));

  return (
    <section aria-labelledby="supervisor-title">
      <h2 id="supervisor-title">{t('supervisor.title')}</h2>
      <p>{t('supervisor.intro')}</p>
      <FileDropZone dropText={t('supervisor.drop')} pickFiles={t('supervisor.pickFiles')} pickFolder={t('supervisor.pickFolder')} onFiles={(files) => void importFiles(files)} testId="drop-zone">
        <button type="button" className="secondary" onClick={() => void api.supervisorClear().then(() => (setRejected([]), setSummary(''), load()))}>
          {t('supervisor.clear')}
        </button>
      </FileDropZone>
      <div role="status" className="status-text">
        {progress ? (
          <>
            {t('supervisor.importing', progress)} <progress max={progress.total} value={progress.done} />
          </>
        ) : (
          summary
        )}
      </div>
      {rejected.length > 0 && (
        <section className="warnings" aria-labelledby="rejected-title">
          <h3 id="rejected-title">{t('supervisor.rejectedTitle')}</h3>
          <ul>
            {rejected.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <Field id="supervisor-date" type="date" label={t('supervisor.date')} value={date} onChange={setDate} />
      {!view || view.staff === 0 ? (
        <p>{t('supervisor.empty')}</p>
      ) : (
        <>
          <h3>{t('supervisor.status', { date: formatDate(date, lang) })}</h3>
          <table className="table" data-testid="team-status">
            <TableHead columns={(['name', 'place', 'start', 'end', 'plan', 'minutes', 'check'] as const).map((c) => t(`supervisor.columns.${c}`))} />
            <tbody>
              {view.status.map((s) => {
                const check = checkOf(s.staffId);
                return (
                  <tr key={s.staffId || s.name}>
                    <th scope="row">
                      {s.present ? (
                        <button type="button" className="secondary" aria-label={t('supervisor.showDay', { name: s.name })} onClick={() => setDetail({ staffId: s.staffId, name: s.name })}>
                          {s.name}
                        </button>
                      ) : (
                        s.name
                      )}
                    </th>
                    <td>{s.workStyle ? (s.workStyle.am === s.workStyle.pm ? t(`places.${s.workStyle.am}`) : `${t(`places.${s.workStyle.am}`)}/${t(`places.${s.workStyle.pm}`)}`) : t('supervisor.noRecord')}</td>
                    <td className={s.startReportAt ? '' : 'error-text'}>{clock(s.startReportAt) ?? t('supervisor.missing')}</td>
                    <td className={s.endReportAt ? '' : 'error-text'}>{clock(s.endReportAt) ?? t('supervisor.missing')}</td>
                    <td>{t('supervisor.planDone', { planned: s.planned, done: s.done })}</td>
                    <td>{s.conflict ? <span className="error-text">{t('supervisor.conflictStatus')}</span> : t('supervisor.minutesPair', { planned: duration(s.plannedMinutes), worked: duration(s.workedMinutes) })}</td>
                    <td>
                      {check ? (
                        t('supervisor.checked', { by: check.by, at: stampText(check.at, timeZone, lang) })
                      ) : s.present ? (
                        <button
                          type="button"
                          className="secondary check-button"
                          onClick={(e) => {
                            // After 確認, focus moves on to the next person's 確認 (or this row's name): never <body>.
                            const row = e.currentTarget.closest('tr');
                            let next: Element | null | undefined = row?.nextElementSibling;
                            while (next && !next.querySelector('.check-button')) next = next.nextElementSibling;
                            const to = next?.querySelector<HTMLElement>('.check-button') ?? row?.querySelector<HTMLElement>('th button') ?? null;
                            void api.supervisorCheck({ staffId: s.staffId, date }).then((r) => {
                              load();
                              if (r.ok) to?.focus();
                            });
                          }}
                          aria-label={t('supervisor.checkButton', { name: s.name, date: formatShortDate(date, lang) })}>
                          {t('supervisor.columns.check')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          {detail && <SupervisorDayDetail key={`${detail.staffId}|${date}`} api={api} timeZone={timeZone} staffId={detail.staffId} name={detail.name} date={date} duration={duration} onClose={() => setDetail(undefined)} />}

          <ListOrEmpty heading={t('supervisor.exceptions')} level={3} items={view.exceptions} empty={t('supervisor.noExceptions')} testId="team-exceptions">
            {(e) =>
              t('supervisor.exceptionLine', {
                date: formatShortDate(e.date, lang),
                name: e.name,
                kind: t(`supervisor.kinds.${e.kind}`),
                minutes: e.figures.length ? t('supervisor.figuresList', { figures: e.figures.map((f) => t(`supervisor.figures.${f}`)).join('・') }) : e.minutes ? duration(e.minutes) : '',
              }).trim()
            }
          </ListOrEmpty>

          {view.conflicts.length > 0 && (
            <section className="warnings" aria-labelledby="conflicts-title" data-testid="team-conflicts">
              <h3 id="conflicts-title">{t('supervisor.conflictsTitle')}</h3>
              <p>{t('supervisor.conflictIntro')}</p>
              {view.conflicts.map((c) => (
                <div key={`${c.staffId}|${c.date}`}>
                  <h4>
                    {formatDate(c.date, lang)} {c.name}
                  </h4>
                  <ul className="plain-list">
                    {c.versions.map((v) => (
                      <li key={v.id}>
                        {t('supervisor.conflictVersion', {
                          files: v.files.join(', '),
                          generatedAt: stampText(v.generatedAt, timeZone, lang),
                          start: at(v.start),
                          end: at(v.end),
                          worked: duration(v.workedMinutes),
                          outside: duration(v.outsideMinutes),
                          late: duration(v.lateNightMinutes),
                          blocks: v.blocks,
                        })}{' '}
                        {c.chosen === v.id ? (
                          <strong>{t('supervisor.chosenVersion')}</strong>
                        ) : (
                          <button type="button" className="secondary" onClick={() => void api.supervisorChoose({ staffId: c.staffId, date: c.date, version: v.id }).then(load)}>
                            {t('supervisor.useVersion')}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}

          <h3>{t('supervisor.totals')}</h3>
          <table className="table" data-testid="team-totals">
            <thead>
              <tr>
                <th scope="col">{t('supervisor.totalsColumns.name')}</th>
                <th scope="col">{t('supervisor.totalsColumns.month', { year: view.totals[0]?.month.slice(0, 4) ?? '', month: Number(view.totals[0]?.month.slice(5, 7) ?? 0) || '' })}</th>
                <th scope="col">{t('supervisor.totalsColumns.year', { fiscalYear: view.totals[0] ? fiscalYearName(view.totals[0].fiscalYear, i18n.language === 'en' ? 'en' : 'ja') : '' })}</th>
              </tr>
            </thead>
            <tbody>
              {view.totals.map((x) => (
                <tr key={x.staffId || x.name}>
                  <th scope="row">{x.name}</th>
                  <td className={x.overMonth ? 'error-text' : ''}>
                    {duration(x.monthMinutes)} {x.overMonth && `(${t('supervisor.over')})`}
                  </td>
                  <td className={x.overYear ? 'error-text' : ''}>
                    {duration(x.yearMinutes)} {x.overYear && `(${t('supervisor.over')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <div className="row">
            <SelectField
              id="team-encoding"
              label={t('exports.encoding')}
              value={encoding}
              onChange={setEncoding}
              options={CSV_ENCODINGS.map((e) => ({ value: e, label: t(`exports.encodings.${e}`) }))}
            />
            <button
              type="button"
              onClick={() =>
                void api.supervisorExportCsv({ encoding }).then((r) => {
                  if (!r.ok) return setSummary(r.error.message);
                  downloadBytes(r.data.name, fromBase64(r.data.base64), 'text/csv');
                  if (r.data.lost.length) setSummary(t('exports.lost', { chars: r.data.lost.join(' ') }));
                })
              }
            >
              {t('supervisor.exportCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                void api.supervisorExportXlsx().then((r) => {
                  if (!r.ok) return setSummary(r.error.message);
                  downloadBytes(r.data.name, fromBase64(r.data.base64), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
                })
              }
            >
              {t('supervisor.exportXlsx')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
