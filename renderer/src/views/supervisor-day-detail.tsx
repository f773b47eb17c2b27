/**
 * The drill-down from the team view into one person's day: the plan with each 予定's result, the
 * record (始業/終業, 中抜け時間, 命令・許可), the reports sent, and the figures recomputed from the
 * record (the file's own figures are not shown: they are only compared, in main).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import { formatDate } from '../../../shared/calendar/japanese-date.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { ReportDay } from '../../../shared/reports/report-document.js';
import { TableHead } from '../components/table-head.js';
import { clockOf, recordTime } from '../format.js';
import { ListOrEmpty } from '../components/list-or-empty.js';

export function SupervisorDayDetail({ api, staffId, name, date, duration, onClose, timeZone }: { api: TechoApi; staffId: string; name: string; date: string; duration: (minutes: number) => string; onClose: () => void; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [day, setDay] = useState<ReportDay | null>();
  useEffect(() => void api.supervisorDay({ staffId, date }).then((r) => setDay(r.ok ? r.data : null)), [api, staffId, date]);
  const at = (minutes: number | null) => (minutes === null ? t('supervisor.detail.none') : recordTime(minutes, t('exports.nextDayPrefix')));

  return (
    <section className="card" aria-labelledby="supervisor-detail-title" data-testid="supervisor-day-detail">
      <h3 id="supervisor-detail-title">{t('supervisor.detail.title', { name, date: formatDate(date, lang) })}</h3>
      {day === undefined ? null : day === null ? (
        <p>{t('supervisor.detail.noDay')}</p>
      ) : (
        <>
          <h4>{t('supervisor.detail.record')}</h4>
          <ul className="plain-list">
            <li>{t('supervisor.detail.startEnd', { start: at(day.record.start), end: at(day.record.end) })}</li>
            {day.record.interruptions.map((i) => (
              <li key={i.id}>{t('supervisor.detail.interruption', { start: at(i.start), end: at(i.end) })}</li>
            ))}
            <li>{t('supervisor.detail.figures', { worked: duration(day.metrics.workedMinutes), outside: duration(day.metrics.outsideMinutes), late: duration(day.metrics.lateNightMinutes), away: duration(day.metrics.interruptionMinutes) })}</li>
            {day.record.permissionRef && <li>{t('supervisor.detail.permission', { ref: day.record.permissionRef })}</li>}
          </ul>
          <h4>{t('supervisor.detail.plan')}</h4>
          <table className="table">
            <TableHead columns={(['time', 'title', 'kind', 'status', 'note'] as const).map((c) => t(`supervisor.detail.columns.${c}`))} />
            <tbody>
              {day.blocks.map((b) => (
                <tr key={b.id}>
                  <td>{`${b.start}〜${b.end}`}</td>
                  <th scope="row">{b.title}</th>
                  <td>{t(`kinds.${b.kind}`)}</td>
                  <td>{t(`statuses.${b.status}`)}</td>
                  <td>{b.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListOrEmpty heading={t('supervisor.detail.reports')} items={day.reports} empty={t('supervisor.detail.noReports')}>
            {(r) => (
              <>
                {t('supervisor.detail.report', { kind: t(`reports.kinds.${r.kind}`), at: clockOf(r.sentAt, document.documentElement.lang, timeZone) })}
                <pre className="report-text">{r.text}</pre>
              </>
            )}
          </ListOrEmpty>
        </>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('supervisor.detail.close')}
      </button>
    </section>
  );
}
