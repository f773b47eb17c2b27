/**
 * Instants in exports and report text come out in the organisation's zone (the setting
 * orgTimeZone, Asia/Tokyo by default), not the machine's (issue #13: the same report said 12:42
 * under UTC and 21:42 under Asia/Tokyo). The same data is exported with the process's TZ switched,
 * and the files must be byte for byte the same; with the setting at Asia/Bangkok every instant
 * moves two hours back; a zone the system does not know is refused and nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { orgStamp, orgWallClock } from '../../../shared/time/org-time-zone.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const SENT = Date.parse('2026-11-25T12:42:00Z'); // 21:42 in Tokyo, 19:42 in Bangkok
const DATE = '2026-11-25';

/** A day with a corrected 始業 and a 始業報告 sent at SENT. */
async function seed(dir: string) {
  process.env.TZ = 'Asia/Tokyo';
  const { api } = testApp(dir, fakeClock(SENT));
  await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 510, reason: '' }));
  await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 500, reason: '打刻忘れ' }));
  await ok(api.reportMarkSent({ date: DATE, kind: 'start', via: 'mail', text: '【始業報告】' }));
}

/** Every text the user hands on, made with the process's zone set to `tz`: the export files and the 終業報告. */
async function everythingUnder(tz: string, dir: string) {
  process.env.TZ = tz; // Node re-reads TZ on assignment: Date's local getters follow it.
  const { api } = testApp(dir, fakeClock(SENT));
  const { files } = await ok(api.exportFiles({ from: DATE, to: DATE, formats: ['csv', 'md', 'html'], encoding: 'utf8bom' }));
  const text = (match: (name: string) => boolean) => Buffer.from(files.find((f) => match(f.name))!.base64, 'base64').toString('utf8');
  const { body } = await ok(api.reportCompose({ date: DATE, kind: 'end' }));
  return { files, csv: text((n) => n.startsWith('daily-report_') && n.endsWith('.csv')), md: text((n) => n.endsWith('.md')), endReport: body };
}

describe("instants in the organisation's time zone", () => {
  it('report sent time and correction time: the same text under UTC and Asia/Tokyo', async () => {
    const dir = tempDir();
    await seed(dir);
    const tokyo = await everythingUnder('Asia/Tokyo', dir);
    const utc = await everythingUnder('UTC', dir);
    expect(utc).toEqual(tokyo);
    expect(tokyo.csv.split('\r\n')[1]).toMatch(/,21:42,,有$/);
    expect(tokyo.md).toContain('11/25(水) 21:42'); // in Japanese text: never the ISO date
    expect(tokyo.endReport).toContain('始業報告: 21:42 メールで送信');
  });

  it('with the setting at Asia/Bangkok every instant moves two hours, whatever the machine’s zone', async () => {
    const dir = tempDir();
    await seed(dir);
    const { api } = testApp(dir, fakeClock(SENT));
    const settings = await ok(api.settingsGet());
    expect(settings.orgTimeZone).toBe('Asia/Tokyo');
    await ok(api.settingsUpdate({ ...settings, orgTimeZone: 'Asia/Bangkok' }));
    const bangkok = await everythingUnder('Asia/Tokyo', dir);
    expect(bangkok.csv.split('\r\n')[1]).toMatch(/,19:42,,有$/);
    expect(bangkok.md).toContain('11/25(水) 19:42');
    expect(bangkok.md).not.toContain('21:42');
    expect(bangkok.endReport).toContain('始業報告: 19:42 メールで送信');
    expect(await everythingUnder('UTC', dir)).toEqual(bangkok);
  });

  it('the 所属長’s consolidated CSV gives report and 確認 times in the setting’s zone', async () => {
    const dir = tempDir();
    process.env.TZ = 'Asia/Tokyo';
    const json = await staffReport(path.join(dir, 'staff'), { staffId: '007', name: '山田 花子' }, { [DATE]: [510, 1035] }, SENT - 3600_000);
    process.env.TZ = 'UTC';
    const { api } = testApp(path.join(dir, 'supervisor'), fakeClock(SENT));
    await ok(api.supervisorImport({ files: [{ name: 'r.json', size: json.length, base64: Buffer.from(json).toString('base64') }] }));
    const view = await ok(api.supervisorView({ date: DATE }));
    await ok(api.supervisorCheck({ staffId: view.status[0]!.staffId, date: DATE }));
    // The row ends 始業報告時刻, 終業報告時刻, 修正有無, 確認者, 確認日時.
    const times = async () => {
      const { base64 } = await ok(api.supervisorExportCsv({ encoding: 'utf8bom' }));
      const cells = Buffer.from(base64, 'base64').toString('utf8').split('\r\n')[1]!.split(',');
      return { startReport: cells.at(-5), checked: cells.at(-1) };
    };
    expect(await times()).toEqual({ startReport: '20:42', checked: '2026-11-25 21:42' });
    await ok(api.settingsUpdate({ ...(await ok(api.settingsGet())), orgTimeZone: 'Asia/Bangkok' }));
    expect(await times()).toEqual({ startReport: '18:42', checked: '2026-11-25 19:42' });
  });

  it.each(['Asia/Atlantis', 'JST', '+09:00', 'asia/tokyo', ''])('refuses the zone %j with the field’s message, and nothing changes on disk', async (zone) => {
    const dir = tempDir();
    const { api } = testApp(dir, fakeClock(SENT));
    const settings = await ok(api.settingsGet());
    await ok(api.settingsUpdate(settings)); // the file exists, so "unchanged" means the same bytes
    const before = fs.readFileSync(path.join(dir, 'settings.json'));
    const error = await refused(api.settingsUpdate({ ...settings, orgTimeZone: zone }));
    expect(error.fields).toEqual({ orgTimeZone: 'タイムゾーンは Asia/Tokyo のような IANA の名前(「地域/都市」の形、または UTC)で指定してください。' });
    expect(fs.readFileSync(path.join(dir, 'settings.json'))).toEqual(before);
    expect(await ok(api.settingsGet())).toEqual(settings);
  });

  it('the 庁内共通の設定 file may set the zone; an unknown one is refused with its line and nothing is applied', async () => {
    const dir = tempDir();
    const { api } = testApp(dir, fakeClock(SENT));
    const file = (orgTimeZone: string) => JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, holidays: [{ date: '2026-06-02', name: '開庁記念日' }], orgTimeZone }, null, 2);
    const error = await refused(api.orgImport({ text: file('Asia/Atlantis') }));
    expect(error.message).toContain('10行目「orgTimeZone」');
    expect(error.message).toContain('Asia/Tokyo のような IANA の名前');
    expect((await ok(api.settingsGet())).orgTimeZone).toBe('Asia/Tokyo');
    expect((await ok(api.calendarGet({ year: 2026 }))).orgDays).toEqual([]);
    expect(await ok(api.orgImport({ text: file('Asia/Bangkok') }))).toMatchObject({ orgTimeZone: 'Asia/Bangkok', orgDays: 1 });
    expect((await ok(api.settingsGet())).orgTimeZone).toBe('Asia/Bangkok');
  });

  it('orgWallClock / orgStamp: the zone named, across midnight, whatever the machine’s', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(orgWallClock('2026-11-25T15:30:00Z', 'Asia/Tokyo')).toEqual({ date: '2026-11-26', time: '00:30' });
    expect(orgStamp('2026-11-25T12:42:00Z', 'Asia/Tokyo')).toBe('2026-11-25 21:42');
    expect(orgStamp('2026-11-25T12:42:00Z', 'UTC')).toBe('2026-11-25 12:42');
  });
});
