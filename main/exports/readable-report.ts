/**
 * Human-readable daily reports: Markdown / plain text, and a printable HTML page (A4, print CSS)
 * that the PDF export prints. Everything the user typed is escaped: in the HTML as entities, in the
 * Markdown with backslashes (markdown-text.ts).
 */
import { holidayName } from '../../shared/calendar/day-kind.js';
import { formatDate } from '../../shared/calendar/japanese-date.js';
import { formatRecordMinutes } from '../../shared/day/day-metrics.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { nationalHoliday } from '../../shared/calendar/national-holidays.js';
import type { ReportDay, ReportDocument } from '../../shared/reports/report-document.js';
import { workStyleLabel } from '../../shared/reports/work-style-label.js';
import { clockText, durationText, stampText } from '../../shared/time/time-text.js';
import { markdownText as md } from './markdown-text.js';


// 翌1:30 in Japanese, "next day 1:30" in English.
const time = (m: number | null, t: TranslateFn) => (m === null ? t('record.notRecorded') : clockText(formatRecordMinutes(m, t('exports.nextDayPrefix'))));

interface Section {
  heading: string;
  facts: [string, string][];
  blocks: string[][];
  notes: string[];
}

/** `timeZone`: the organisation's; a correction's instant is written as "2026-11-25 18:00" there, whatever the machine's. */
function sections(doc: ReportDocument, t: TranslateFn, language: Language, timeZone: string): Section[] {
  const paren = (text: string) => t('reports.paren', { text });
  const holiday = (d: ReportDay) => {
    const nameEn = d.info.kind === 'national' ? nationalHoliday(d.date)?.nameEn : undefined;
    return holidayName({ name: d.info.name, nameEn }, language) || t(`dayKinds.${d.info.kind}`);
  };
  return doc.days.map((d: ReportDay) => ({
    // 和暦 in Japanese (as d.wareki); the English report dates the English way.
    heading: `${formatDate(d.date, language)}${d.info.isHoliday ? ` ${holiday(d)}` : ''}`,
    facts: [
      [t('day.workStyle'), `${workStyleLabel(d.workStyle, t)}${d.workStyle.satelliteOffice ? paren(d.workStyle.satelliteOffice) : ''}`],
      [t('day.hours'), `${clockText(d.scheduled.start)}${t('reports.range')}${clockText(d.scheduled.end)}`],
      [t('record.start'), time(d.record.start, t)],
      [t('record.end'), time(d.record.end, t)],
      [t('record.interruptions'), d.record.interruptions.map((i) => `${time(i.start, t)}${t('reports.range')}${i.end === null ? '' : time(i.end, t)}${paren(t(`record.treatments.${i.treatment}`))}`).join(t('app.listSeparator')) || t('reports.none')],
      [t('exports.worked'), durationText(d.metrics.workedMinutes, language)],
      [t('exports.outside'), durationText(d.metrics.outsideMinutes, language)],
      [t('exports.lateNight'), durationText(d.metrics.lateNightMinutes, language)],
      [t('record.permission'), d.record.permissionRef || (d.metrics.needsPermission ? t('reports.needsConfirmation') : '—')],
    ],
    blocks: d.blocks.map((b) => [`${clockText(b.start)}${t('reports.range')}${clockText(b.end)}`, b.title, t(`kinds.${b.kind}`), t(`statuses.${b.status}`), b.note]),
    notes: d.record.corrections.map((c) =>
      t('record.historyEntry', {
        at: stampText(c.at, timeZone, language),
        field: c.field === 'interruption' ? t('record.interruptions') : t(`record.${c.field}`),
        before: c.before === null ? t('record.empty') : clockText(c.before),
        after: c.after === null ? t('record.empty') : clockText(c.after),
        reason: c.reason,
      }),
    ),
  }));
}

const title = (doc: ReportDocument, t: TranslateFn, language: Language) =>
  t('exports.title', { name: doc.staff.name, from: formatDate(doc.from, language), to: formatDate(doc.to, language) });

export function buildMarkdown(doc: ReportDocument, t: TranslateFn, language: Language, timeZone: string): string {
  // Every string below may hold user text (names, titles, notes, reasons): all go through md().
  const out = [`# ${md(title(doc, t, language))}`, '', md(`${t('settings.staffId')}: ${doc.staff.staffId} / ${t('settings.department')}: ${doc.staff.department}`), ''];
  for (const s of sections(doc, t, language, timeZone)) {
    out.push(`## ${md(s.heading)}`, '', ...s.facts.map(([k, v]) => `- ${md(k)}: ${md(v)}`), '');
    if (s.blocks.length) {
      out.push(`| ${t('exports.blockColumns').split(',').map(md).join(' | ')} |`, `|${' --- |'.repeat(5)}`, ...s.blocks.map((r) => `| ${r.map(md).join(' | ')} |`), '');
    }
    if (s.notes.length) out.push(`${md(t('record.history'))}:`, ...s.notes.map((n) => `- ${md(n)}`), '');
  }
  return out.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildHtml(doc: ReportDocument, t: TranslateFn, language: Language, timeZone: string): string {
  const body = sections(doc, t, language, timeZone)
    .map(
      (s) => `<section class="day">
<h2>${esc(s.heading)}</h2>
<dl>${s.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${
  s.blocks.length
    ? `<table><thead><tr>${t('exports.blockColumns')
        .split(',')
        .map((h) => `<th>${esc(h)}</th>`)
        .join('')}</tr></thead><tbody>${s.blocks.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : ''
}
${s.notes.length ? `<p class="notes">${esc(t('record.history'))}: ${s.notes.map(esc).join(' / ')}</p>` : ''}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${esc(title(doc, t, language))}</title>
<style>
@page { size: A4; margin: 15mm; }
body { font-family: 'Noto Sans JP', 'Yu Gothic', 'Meiryo', 'IPAPGothic', 'IPAexGothic', 'IPAGothic', sans-serif; font-size: 10.5pt; color: #000; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; border-bottom: 1px solid #000; margin: 6mm 0 2mm; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 2mm; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #555; padding: 1mm 2mm; text-align: left; vertical-align: top; }
h2 { break-after: avoid; } tr { break-inside: avoid; }
.notes { font-size: 9pt; }
</style></head>
<body>
<h1>${esc(title(doc, t, language))}</h1>
<p>${esc(`${t('settings.staffId')}: ${doc.staff.staffId} / ${t('settings.department')}: ${doc.staff.department}`)}</p>
${body}
</body></html>
`;
}
