/**
 * trial:progress — the staff member's telework trial (issue #17) through the typed client: which days
 * count (a telework day in the period with 始業 recorded), what the rule still asks, the working days
 * left, and the day suggested (skipping days off and days already teleworked or planned).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';
import type { TechoApi } from '../../../shared/ipc/api.js';

const tempDir = useTempDir();
const ORG = fs.readFileSync(new URL('../../fixtures/org-trial.json', import.meta.url), 'utf8');
const HOME = { am: 'home', pm: 'home', satelliteOffice: '' } as const;

/** The organisation's trial (2026-11-09〜12-18, 企画課・総務課・税務課, at least 2 days) and a 所属. */
async function withTrial(department = '企画課') {
  const app = testApp(tempDir());
  await ok(app.api.orgImport({ text: ORG }));
  await ok(changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, department } })));
  return app.api;
}

const telework = (api: TechoApi, date: string) => ok(api.daySetWorkStyle({ date, workStyle: HOME }));
/** A telework day worked: the work style, then 始業 at 8:30. */
async function worked(api: TechoApi, date: string) {
  await telework(api, date);
  await ok(api.recordSetTime({ date, field: 'start', minutes: 510, reason: '' }));
}

describe('trial:progress', () => {
  it('answers null when the organisation has set no trial', async () => {
    const app = testApp(tempDir());
    expect(await ok(app.api.trialProgress({ date: '2026-11-25' }))).toBeNull();
  });

  it('counts only telework days in the period on which 始業 was recorded', async () => {
    const api = await withTrial();
    await worked(api, '2026-11-16'); // counts
    await telework(api, '2026-11-17'); // planned, never begun: does not count
    await worked(api, '2026-11-06'); // before the period: does not count
    await ok(api.recordSetTime({ date: '2026-11-18', field: 'start', minutes: 510, reason: '' })); // 出勤 with 始業: not telework
    const p = await ok(api.trialProgress({ date: '2026-11-25' }));
    expect(p).toMatchObject({ name: '令和8年度 テレワーク試行', start: '2026-11-09', end: '2026-12-18', minDays: 2, status: 'running', target: true });
    expect(p).toMatchObject({ teleworkDays: 1, remaining: 1, plannedDays: 0 });
    // 11/25 (水) to 12/18 (金): 18 working days, today included.
    expect(p?.daysLeft).toBe(18);
    // The next working day after the date that is not a telework day.
    expect(p?.suggestedDate).toBe('2026-11-26');

    await worked(api, '2026-11-25');
    expect(await ok(api.trialProgress({ date: '2026-11-25' }))).toMatchObject({ teleworkDays: 2, remaining: 0, suggestedDate: null });
    // Asked as of an earlier date, the later day is not counted yet.
    expect(await ok(api.trialProgress({ date: '2026-11-20' }))).toMatchObject({ teleworkDays: 1, remaining: 1 });
  });

  it('suggests the next working day that is neither a day off nor already a telework day', async () => {
    const api = await withTrial();
    // From Friday 11/20: 11/21–22 weekend, 11/23 勤労感謝の日, 11/24 planned telework, 11/25 the organisation's day off.
    await ok(api.calendarSetOrgDays({ orgDays: [{ date: '2026-11-25', name: '開庁記念日' }] }));
    await telework(api, '2026-11-24');
    const p = await ok(api.trialProgress({ date: '2026-11-20' }));
    expect(p).toMatchObject({ teleworkDays: 0, remaining: 2, plannedDays: 1, suggestedDate: '2026-11-26' });
    // Working days from 11/20: 21 weekdays to 12/18, less 11/23 and 11/25.
    expect(p?.daysLeft).toBe(19);
  });

  it('suggests nothing once the days planned cover what the rule still asks', async () => {
    const api = await withTrial();
    await ok(changeSettings(api, (s) => ({ ...s, teleworkWeekdays: [3] }))); // every Wednesday planned as telework
    const p = await ok(api.trialProgress({ date: '2026-11-25' }));
    expect(p).toMatchObject({ teleworkDays: 0, remaining: 2, plannedDays: 4, suggestedDate: null });
  });

  it('before and after the period', async () => {
    const api = await withTrial();
    expect(await ok(api.trialProgress({ date: '2026-11-01' }))).toMatchObject({ status: 'notStarted', teleworkDays: 0, suggestedDate: '2026-11-09', daysLeft: 29 });
    await worked(api, '2026-12-01');
    expect(await ok(api.trialProgress({ date: '2026-12-25' }))).toMatchObject({ status: 'ended', teleworkDays: 1, remaining: 1, daysLeft: 0, suggestedDate: null });
    // Shown until the survey's window after the end has passed (12/18 + 28 days = 2027-01-15), then no more.
    expect(await ok(api.trialProgress({ date: '2027-01-15' }))).toMatchObject({ status: 'ended' });
    expect(await ok(api.trialProgress({ date: '2027-01-16' }))).toBeNull();
  });

  it('in May 2027 the ended trial is quiet: no progress line, no survey asked', async () => {
    const app = testApp(tempDir(), fakeClock(Date.parse('2027-05-10T12:00:00+09:00')));
    await ok(app.api.orgImport({ text: ORG }));
    await ok(changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, department: '企画課' } })));
    await worked(app.api, '2026-11-16');
    const today = '2027-05-10';
    expect(await ok(app.api.trialProgress({ date: today }))).toBeNull();
    expect(await ok(app.api.surveyState({ date: today }))).toMatchObject({ asked: false, due: null });
  });

  it('outside the target 課: answered as not a target, with no suggestion; a blank 所属 is treated as a target', async () => {
    const api = await withTrial('市民課');
    expect(await ok(api.trialProgress({ date: '2026-11-25' }))).toMatchObject({ target: false, remaining: 2, suggestedDate: null });
    // 全角 spaces and letters are compared as written after NFKC (trial-days.ts).
    await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, department: ' 税務課 ' } })));
    expect(await ok(api.trialProgress({ date: '2026-11-25' }))).toMatchObject({ target: true, suggestedDate: '2026-11-26' });
    await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, department: '' } })));
    expect(await ok(api.trialProgress({ date: '2026-11-25' }))).toMatchObject({ target: true });
  });

  it('refuses a date that is not one, in the user\'s language', async () => {
    const api = await withTrial();
    const error = await refused(api.trialProgress({ date: '2026-02-30' }));
    expect(error.fields?.date).toBeTruthy();
    expect(error.message).not.toMatch(/v\.date/);
  });
});
