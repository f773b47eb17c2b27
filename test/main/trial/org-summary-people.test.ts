/**
 * Who is one person in 総務課's summary (review of issue #17, findings 6, 7 and 12): names and 所属
 * written with 全角 or 半角 spaces, a file exported before the 職員番号 was filled in, staff who left
 * 所属 blank (counted under 所属未記入, as the staff app shows them the trial), and an organisation
 * file left in the folder (skipped by the window as by `telework-techo org-summary`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli.js';
import type { NamedSurveyResponse } from '../../../shared/trial/trial-schema.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ORG_TRIAL_TEXT, asFile, trialReport } from '../../helpers/trial-files.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const at = (iso: string) => Date.parse(iso);

async function orgApp() {
  const app = testApp(tempDir(), fakeClock(at('2026-12-21T10:00:00+09:00')));
  await ok(app.api.orgImport({ text: ORG_TRIAL_TEXT }));
  return app;
}

const answer: NamedSurveyResponse = {
  trialId: 'r8-trial',
  surveyId: 'r8-survey',
  occasion: 'firstDay',
  answeredAt: '2026-11-10T17:30:00+09:00',
  answers: [{ type: 'scale', questionId: 'efficiency', value: 4 }],
};
const telework = { telework: true, start: 510, end: 1035 };

describe('one person in the summary', () => {
  it('「山田 花子」 and 「山田　花子」 of 「企画課」/「企画課 」 without 職員番号 are one person, her days added up', async () => {
    const { api } = await orgApp();
    const first = await trialReport(tempDir(), { staffId: '', name: '山田 花子', department: '企画課', title: '' }, { '2026-11-10': telework }, at('2026-11-20T18:00:00+09:00'));
    const second = await trialReport(tempDir(), { staffId: '', name: '山田　花子', department: '企画課 ', title: '' }, { '2026-12-01': telework }, at('2026-12-18T18:00:00+09:00'));
    const s = await ok(api.orgSummaryImport({ files: [asFile('a.json', first), asFile('b.json', second)] }));
    expect(s.people.map((p) => [p.name, p.department, p.teleworkDays])).toEqual([['山田　花子', '企画課', 2]]);
    expect(s.all).toEqual({ staff: 1, participants: 1, metRule: 1 });
  });

  it('a file from before the 職員番号 was filled in joins the person with it: one person, one named answer', async () => {
    const { api } = await orgApp();
    const before = await trialReport(tempDir(), { staffId: '', name: '山田　花子', department: '企画課', title: '主査' }, { '2026-11-10': telework }, at('2026-11-10T18:00:00+09:00'), [answer]);
    const after = await trialReport(tempDir(), { staffId: '100001', name: '山田 花子', department: '企画課', title: '主査' }, { '2026-11-10': telework, '2026-12-01': telework }, at('2026-12-18T18:00:00+09:00'), [answer]);
    for (const files of [
      [asFile('before.json', before), asFile('after.json', after)],
      [asFile('after.json', after), asFile('before.json', before)],
    ]) {
      const s = await ok(api.orgSummaryImport({ files }));
      expect(s.people.map((p) => [p.staffId, p.name, p.teleworkDays])).toEqual([['100001', '山田 花子', 2]]);
      expect(s.survey).toMatchObject({ responses: 1, named: 1 });
      expect(s.survey!.questions.find((q) => q.id === 'efficiency')).toMatchObject({ answered: 1, counts: [0, 0, 0, 1, 0] });
    }
    // Two people with that name and 所属 and a 職員番号 each: which one the nameless file is cannot be told; it stays apart.
    const namesake = await trialReport(tempDir(), { staffId: '100099', name: '山田 花子', department: '企画課', title: '' }, { '2026-11-12': { telework: false, start: 510, end: 1035 } }, at('2026-12-18T18:00:00+09:00'));
    const s = await ok(api.orgSummaryImport({ files: [asFile('before.json', before), asFile('after.json', after), asFile('namesake.json', namesake)] }));
    expect(s.people).toHaveLength(3);
  });

  it('staff who left 所属 blank are targets under 「所属未記入」 (the last row) and listed as not yet teleworking', async () => {
    const { api } = await orgApp();
    const blank = await trialReport(tempDir(), { staffId: '100007', name: '高橋 三郎', department: '', title: '主事' }, { '2026-11-12': { telework: false, start: 510, end: 1035 } }, at('2026-12-18T18:00:00+09:00'));
    const yamada = await trialReport(tempDir(), { staffId: '100001', name: '山田 花子', department: '企画課', title: '' }, { '2026-11-10': telework }, at('2026-12-18T18:00:00+09:00'));
    const s = await ok(api.orgSummaryImport({ files: [asFile('blank.json', blank), asFile('yamada.json', yamada)] }));
    expect(s.files.outsideTrial).toBe(0);
    expect(s.all).toEqual({ staff: 2, participants: 1, metRule: 0 });
    expect(s.byDepartment.map((r) => [r.department, r.staff, r.participants])).toEqual([
      ['企画課', 1, 1],
      ['総務課', 0, 0],
      ['税務課', 0, 0],
      ['所属未記入', 1, 0],
    ]);
    expect(s.notYet).toEqual([{ staffId: '100007', name: '高橋 三郎', department: '所属未記入', title: '主事', manager: false }]);
  });

  it('an organisation file in the folder is skipped, not listed as unreadable, by the window and by the command line alike', async () => {
    const { api } = await orgApp();
    const yamada = await trialReport(tempDir(), { staffId: '100001', name: '山田 花子', department: '企画課', title: '' }, { '2026-11-10': telework }, at('2026-12-18T18:00:00+09:00'));
    // Its format named last, past the start the command line looks at: the shared reader still knows it.
    const { format, ...rest } = JSON.parse(ORG_TRIAL_TEXT) as { format: string };
    const formatLast = JSON.stringify({ ...rest, format }, null, 2);
    expect(formatLast.indexOf(format)).toBeGreaterThan(1024);
    const s = await ok(api.orgSummaryImport({ files: [asFile('org-trial.json', ORG_TRIAL_TEXT), asFile('org-format-last.json', formatLast), asFile('yamada.json', yamada)] }));
    expect(s.files).toEqual({ reports: 1, answerFiles: 0, outsideTrial: 0, rejected: [] });

    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'org-format-last.json'), formatLast);
    fs.writeFileSync(path.join(dir, 'yamada.json'), yamada);
    const org = path.join(tempDir(), 'org.json');
    fs.writeFileSync(org, ORG_TRIAL_TEXT);
    const stderr: string[] = [];
    const out = path.join(tempDir(), 'summary.json');
    const io = { stdout: () => undefined, stderr: (t: string) => stderr.push(t), now: () => at('2026-12-21T10:00:00+09:00'), version: 'test' };
    expect(await runCli(['org-summary', dir, '--org', org, '--out', out], io)).toBe(0);
    expect(stderr.join('')).not.toContain('NG');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).files).toEqual(s.files);
  });
});
