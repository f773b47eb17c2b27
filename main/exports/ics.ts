/**
 * The planned telework days and blocks as an iCalendar file (RFC 5545) for Outlook or the team
 * 予定表: one all-day event per telework day and one event per block, at their times on the
 * organisation's clock (setting orgTimeZone): with Japan's zone (no daylight saving) as TZID=Asia/Tokyo,
 * with any other zone as UTC instants, so every calendar client places them right.
 * Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { workStyleLabel } from '../../shared/reports/work-style-label.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import { orgInstant } from '../../shared/time/org-time-zone.js';
import { onThePlan } from '../../shared/lists/block-statuses.js';

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds one content line at 75 octets (RFC 5545 §3.1); continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = new TextEncoder().encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
const local = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

export function buildIcs(doc: ReportDocument, t: TranslateFn, timeZone: string): string {
  const tokyo = timeZone === 'Asia/Tokyo';
  const at = (field: 'DTSTART' | 'DTEND', date: string, time: string) =>
    tokyo ? `${field};TZID=Asia/Tokyo:${local(date, time)}` : `${field}:${stamp(orgInstant(date, toMinutes(time), timeZone))}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Telework Techo//telework-techo//JA',
    'CALSCALE:GREGORIAN',
  ];
  if (tokyo) lines.push(
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Tokyo',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0900',
    'TZOFFSETTO:+0900',
    'TZNAME:JST',
    'END:STANDARD',
    'END:VTIMEZONE',
  );
  const dtstamp = stamp(doc.generatedAt);
  for (const day of doc.days) {
    if (day.telework) {
      const next = new Date(`${day.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${day.date}-telework-${doc.staff.staffId || 'staff'}@telework-techo`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART;VALUE=DATE:${day.date.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
        `SUMMARY:${escapeText(`${t('week.telework')}(${workStyleLabel(day.workStyle, t)}) ${doc.staff.name}`.trim())}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
    for (const b of day.blocks) {
      if (!onThePlan(b.status)) continue; // a 繰越済み 予定 is an event on the day it went to, not twice
      lines.push(
        'BEGIN:VEVENT',
        `UID:${day.date}-${b.id}-${doc.staff.staffId || 'staff'}@telework-techo`,
        `DTSTAMP:${dtstamp}`,
        at('DTSTART', day.date, b.start),
        at('DTEND', day.date, b.end),
        `SUMMARY:${escapeText(b.title)}`,
        `CATEGORIES:${escapeText(t(`kinds.${b.kind}`))}`,
        ...(b.note ? [`DESCRIPTION:${escapeText(b.note)}`] : []),
        b.kind === 'break' ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
