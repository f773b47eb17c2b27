/**
 * Issue #12, "sending is explicit": the mail draft works for a real day's report and the subject
 * names the date in 和暦 like the body. (Copy, .eml and the mail draft never record a report as
 * sent by themselves — the report view offers 「送信済みにする」; test/e2e/report.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { changeSettings } from '../../helpers/settings.js';
import { block, seedExampleDay } from '../../helpers/seed-day.js';
import { ok } from '../../helpers/typed-client.js';
import { mailDraft, mailtoUrl } from '../../../shared/reports/report-text.js';
import { translatorFor } from '../../../shared/i18n/translator.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
const note = translatorFor('ja')('reports.mailPasteBody');

async function realDay() {
  const app = testApp(tempDir());
  await ok(changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, name: '山田 花子', department: '総務課 情報政策係', supervisorEmail: 'sato@city.example.lg.jp' } })));
  await seedExampleDay(app.api, DATE);
  await ok(app.api.daySaveBlock({ date: DATE, id: null, block: block('08:30', '09:00', 'メール・掲示板の確認') }));
  await ok(app.api.daySaveBlock({ date: DATE, id: null, block: block('17:30', '17:45', '終業報告・次の勤務日の準備') }));
  await ok(app.api.daySaveBlock({ date: DATE, id: null, block: block('17:45', '18:00', '作業メモの整理') }));
  return app;
}

describe('report sending', () => {
  it("the mail draft works for the seed's 10-予定 day: subject and a paste note in the link, the full text for the clipboard", async () => {
    const app = await realDay();
    const view = await ok(app.api.dayGet({ date: DATE }));
    expect(view.day.blocks).toHaveLength(10);
    {
      const report = await ok(app.api.reportCompose({ date: DATE, kind: 'end' }));
      // The whole Japanese text does not fit a mail link (that hid the button)…
      expect(mailtoUrl(report.to, report.subject, report.body)).toBeNull();
      // …so the draft carries the subject and the note, and the button stays.
      const draft = mailDraft(report.to, report.subject, report.body, note);
      expect(draft).not.toBeNull();
      expect(draft!.fullText).toBe(false);
      expect(draft!.url.length).toBeLessThanOrEqual(1800);
      const params = new URLSearchParams(draft!.url.split('?')[1]);
      expect(params.get('subject')).toBe(report.subject);
      expect(params.get('body')).toBe(note);
    }
    // The 始業報告 of the same day (no results yet) has a draft too; a short report goes whole in the link.
    const start = await ok(app.api.reportCompose({ date: DATE, kind: 'start' }));
    expect(mailDraft(start.to, start.subject, start.body, note)).not.toBeNull();
    const pause = await ok(app.api.reportCompose({ date: DATE, kind: 'pause' }));
    expect(mailDraft(pause.to, pause.subject, pause.body, note)).toMatchObject({ fullText: true });
  });

  it('the subject names the date in 和暦, like the body (never ISO)', async () => {
    const app = await realDay();
    const start = await ok(app.api.reportCompose({ date: DATE, kind: 'start' }));
    expect(start.subject).toBe('【始業報告】令和8年(2026年)11月25日(水) 山田 花子');
    expect(start.body.split('\n')[0]).toContain('令和8年(2026年)11月25日(水)');
    // Composing records nothing: only report:markSent (or a webhook post) does.
    expect((await ok(app.api.dayGet({ date: DATE }))).day.reports).toEqual([]);
  });
});
