import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../shared/i18n/translator.js';
import { personalDataHints } from '../../shared/reports/personal-data.js';
import { composeReport, fillTemplate, mailtoUrl } from '../../shared/reports/report-text.js';
import { defaultReportTemplates } from '../../shared/settings/settings-schema.js';
import type { DayView } from '../../shared/day/day-view.js';
import { type Block, emptyFocus } from '../../shared/day/day-schema.js';
import type { ReminderEntry } from '../../shared/reminders/reminder-log.js';

const t = translatorFor('ja');
const b = (start: string, end: string, title: string, kind: Block['kind'], status: Block['status'], note = ''): Block => ({ id: title, start, end, title, kind, status, note, inventoryId: null, focus: emptyFocus() });
const view = (over: Partial<DayView['day']> = {}, metrics: Partial<DayView['metrics']> = {}): DayView => ({
  day: {
    date: '2025-06-02',
    hours: { start: '08:30', end: '17:15' },
    workStyle: { am: 'home', pm: 'office', satelliteOffice: '' },
    blocks: [b('08:30', '10:00', '○○計画案作成', 'focus', 'done', '案を課内共有'), b('12:00', '13:00', '休憩', 'break', 'planned'), b('14:00', '15:00', '資料作成', 'focus', 'carriedOver')],
    record: { start: 510, end: 1080, interruptions: [{ id: 'i', start: 840, end: 860, treatment: 'break', note: '' }], permissionRef: '', corrections: [] },
    reports: [{ kind: 'start', sentAt: '2025-06-01T23:31:00.000Z' /* 8:31 in Tokyo */, via: 'mail', text: '' }],
    ...over,
  },
  stored: true,
  info: { date: '2025-06-02', kind: 'workday', name: '', isHoliday: false },
  telework: true,
  free: [],
  metrics: { workedMinutes: 0, breakMinutes: 0, interruptionCount: 1, interruptionMinutes: 20, outsideMinutes: 45, lateNightMinutes: 0, holidayWork: false, needsPermission: true, ...metrics },
  warnings: [],
  canUndo: false,
});
const done = (h: number, m: number): ReminderEntry => ({ id: `a${h}`, kind: 'approval', due: h * 60, label: '', span: '', missed: false, snoozedUntil: null, doneAt: new Date(`2025-06-02T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+09:00`).toISOString(), events: [] });
const settings = { profile: { name: '山田 花子', staffId: '001', department: '企画課', title: '', supervisorName: '', supervisorEmail: 'k@example.lg.jp' }, reportTemplates: defaultReportTemplates(), language: 'ja' as const, orgTimeZone: 'Asia/Tokyo' };

describe('report text', () => {
  it('writes the 終業報告 from the results, the reminder log, 中抜け, time outside hours and tomorrow', () => {
    const { subject, body } = composeReport({
      kind: 'end',
      view: view(),
      settings,
      reminderLog: [done(11, 2), done(14, 41)],
      next: { date: '2025-06-03', first: b('09:00', '10:00', '資料作成', 'focus', 'planned') },
      now: 1080,
      t,
    });
    // The subject dates the day as the body does (和暦), never 2025-06-02.
    expect(subject).toBe('【終業報告】令和7年(2025年)6月2日(月) 山田 花子');
    expect(body).toBe(
      [
        '【終業報告】令和7年(2025年)6月2日(月) 始業8:30 終業18:00',
        '山田 花子(企画課)',
        '始業報告: 8:31 メールで送信',
        '実績:',
        '・8:30〜10:00 ○○計画案作成(完了) — 案を課内共有',
        '・14:00〜15:00 資料作成(繰越し)',
        '電子決裁・供覧の確認: 2回(11:02、14:41)',
        '中抜け時間: 14:00〜14:20(休憩)(計20分)',
        '時間外勤務: 45分(要確認)',
        '次の勤務日: 6/3(火) 資料作成', // marked 繰越し, not yet moved: named without a time
      ].join('\n'),
    );
  });

  it('writes the 始業報告 with a half-day mix and the plan', () => {
    const { body } = composeReport({ kind: 'start', view: view({ reports: [] }), settings, reminderLog: [], next: undefined, now: 510, t });
    expect(body.split('\n')[0]).toBe('【始業報告】令和7年(2025年)6月2日(月) 午前在宅勤務・午後出勤 8:30〜17:15');
    expect(body).toContain('・8:30〜10:00 ○○計画案作成\n・14:00〜15:00 資料作成');
  });

  it('keeps unknown placeholders visible and builds mailto links only when short enough', () => {
    expect(fillTemplate('{{name}} {{typo}}', { name: 'A' })).toBe('A {{typo}}');
    expect(mailtoUrl('a@b.jp', '件名', '本文\n2行目')).toBe('mailto:a%40b.jp?subject=%E4%BB%B6%E5%90%8D&body=%E6%9C%AC%E6%96%87%0D%0A2%E8%A1%8C%E7%9B%AE');
    expect(mailtoUrl('a@b.jp', 's', 'あ'.repeat(1000))).toBeNull();
  });

  it('hints at resident personal data: a 12-digit number, a name with 様/さん', () => {
    expect(personalDataHints('番号 1234 5678 9012 の件、鈴木様と田中さんに連絡').map((h) => h.text)).toEqual(['1234 5678 9012', '鈴木様', '田中さん']);
    expect(personalDataHints('計画書の内容確認・修正 9:00-10:00')).toEqual([]);
    expect(personalDataHints('電話 0312345678')).toEqual([]); // 10 digits: not an individual number
  });

  it('in English: the shipped template follows the language, values and brackets read as English, "next day" after midnight', () => {
    const en = translatorFor('en');
    const { body } = composeReport({
      kind: 'end',
      view: view({ record: { start: 510, end: 1530, interruptions: [], permissionRef: '', corrections: [] } }),
      settings: { ...settings, language: 'en' },
      reminderLog: [],
      next: undefined,
      now: 1080,
      t: en,
    });
    const lines = body.split('\n');
    expect(lines[0]).toBe('[End of work] Mon, 2 Jun 2025 start 8:30 end next day 1:30');
    expect(lines[1]).toBe('山田 花子 (企画課)');
    expect(body).toContain('- 8:30–10:00 ○○計画案作成 (Done) — 案を課内共有');
    expect(body).not.toMatch(/[【】]|実績|決裁確認|翌/);
    // A template the user wrote stays as written, whatever the language.
    const own = composeReport({ kind: 'pause', view: view(), settings: { ...settings, language: 'en', reportTemplates: { ...defaultReportTemplates(), pause: '中断します {{time}}' } }, reminderLog: [], next: undefined, now: 600, t: en });
    expect(own.body).toBe('中断します 10:00');
  });

  it('時間外勤務 says the time once, with late night, holiday work and the 命令・許可 beside it', () => {
    const end = (metrics: Partial<DayView['metrics']>, permissionRef = '') =>
      composeReport({ kind: 'end', view: view({ record: { start: 510, end: 1080, interruptions: [], permissionRef, corrections: [] } }, metrics), settings, reminderLog: [], next: undefined, now: 1080, t })
        .body.split('\n')
        .find((l) => l.startsWith('時間外勤務: '));
    expect(end({ outsideMinutes: 65, needsPermission: false }, '総第12号')).toBe('時間外勤務: 1時間5分(命令・許可: 総第12号)');
    expect(end({ outsideMinutes: 150, lateNightMinutes: 30, needsPermission: true })).toBe('時間外勤務: 2時間30分・深夜勤務(22時〜翌5時) 30分(要確認)');
    expect(end({ outsideMinutes: 420, holidayWork: true, needsPermission: true })).toBe('時間外勤務: 休日勤務 7時間(要確認)');
    // A minute outside the hours is shown, but no 命令・許可 is asked for (OVERTIME_UNIT_MINUTES).
    expect(end({ outsideMinutes: 1, needsPermission: false })).toBe('時間外勤務: 1分');
    expect(end({ outsideMinutes: 0, needsPermission: false })).toBe('時間外勤務: なし');
  });

  it('a stored end template from before the wording change follows the current default', () => {
    const earlier = '【終業報告】{{date}} 始業{{startTime}} 終業{{endTime}}\n{{name}}({{department}})\n始業報告: {{startReportSent}}\n実績:\n{{results}}\n決裁確認: {{approvals}}\n中抜け: {{interruptions}}\n時間外: {{outside}}\n翌日: {{tomorrow}}';
    const { body } = composeReport({ kind: 'end', view: view(), settings: { ...settings, reportTemplates: { ...defaultReportTemplates(), end: earlier } }, reminderLog: [], next: undefined, now: 1080, t });
    expect(body).toContain('\n次の勤務日: なし');
    expect(body).not.toMatch(/^(決裁確認|中抜け|時間外|翌日):/m);
  });

  it('leaves out a line whose placeholders are all empty, and brackets left empty', () => {
    const noProfile = { ...settings, profile: { ...settings.profile, name: '', department: '' } };
    const { body } = composeReport({ kind: 'start', view: view({ reports: [] }), settings: noProfile, reminderLog: [], next: undefined, now: 510, t });
    expect(body.split('\n').slice(0, 2)).toEqual(['【始業報告】令和7年(2025年)6月2日(月) 午前在宅勤務・午後出勤 8:30〜17:15', '予定:']);
    expect(fillTemplate('{{name}}({{department}})', { name: '山田', department: '' })).toBe('山田');
    // Brackets the user typed, or inside a value, stay.
    expect(fillTemplate('連絡先() {{plan}}', { plan: '・関数f() の修正' })).toBe('連絡先() ・関数f() の修正');
  });
});
