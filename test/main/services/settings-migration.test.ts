import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReminderSettings, defaultReportTemplates, defaultWebhookSettings } from '../../../shared/settings/settings-schema.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();

describe('settings migrations', () => {
  it('upgrades a version 1 settings file (before the weekly pattern and reminders) step by step without losing anything', async () => {
    const dir = tempDir();
    const v1 = {
      schemaVersion: 1,
      profile: { name: '山田 花子', staffId: '007', department: '企画課', supervisorName: '佐藤', supervisorEmail: '' },
      workHours: { start: '09:00', end: '17:45', breaks: [{ start: '12:00', end: '13:00' }] },
      language: 'ja',
    };
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(v1));
    const app = testApp(dir);
    const res = await app.api.settingsGet();
    const { schemaVersion: _v, ...body } = v1;
    expect(res).toEqual({ ok: true, data: { ...body, profile: { ...body.profile, title: '' }, trial: null, teleworkWeekdays: [], blockKinds: ['focus', 'approval', 'meeting', 'webTraining', 'coordination', 'break', 'other'], reminders: defaultReminderSettings(), reportTemplates: defaultReportTemplates(), webhook: defaultWebhookSettings(), startAtLogin: false, backupKeepDays: 14, orgTimeZone: 'Asia/Tokyo', firstRun: 'done' } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(9);
    expect(await app.api.appInfo()).toMatchObject({ data: { notices: [] } });
  });

  // v7 → v8 (issue #12): report and approval reminders follow the day's 勤務形態; office days are off.
  it('a version 7 file gets reminders.onOfficeDays off and the time zone Asia/Tokyo, and keeps every other setting', async () => {
    const dir = tempDir();
    const current = await ok(testApp(dir).api.settingsGet());
    const { onOfficeDays: _o, ...v7Reminders } = { ...current.reminders, approvalTimes: ['10:00'], onHolidays: true };
    const { orgTimeZone: _z, firstRun: _f, ...v7 } = current;
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...v7, reminders: v7Reminders, schemaVersion: 7 }));
    const app = testApp(dir);
    expect(await app.api.settingsGet()).toEqual({ ok: true, data: { ...current, orgTimeZone: 'Asia/Tokyo', firstRun: 'done', reminders: { ...v7Reminders, onOfficeDays: false } } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(9);
    expect(await app.api.appInfo()).toMatchObject({ data: { notices: [] } });
  });

  // v6 → v7 (issue #14): a URL the new webhook rules refuse must not move the whole file aside.
  it.each([
    ['https://hooks.slack.com/services/T/B/X', true, { enabled: true, url: 'https://hooks.slack.com/services/T/B/X', allowHttpHost: '' }],
    ['http://chat.example.lg.jp:8080/hook', true, { enabled: true, url: 'http://chat.example.lg.jp:8080/hook', allowHttpHost: 'chat.example.lg.jp' }],
    ['http://127.0.0.1:8080/hook', true, { enabled: false, url: '', allowHttpHost: '' }],
    ['https://169.254.169.254/latest/meta-data/', true, { enabled: false, url: '', allowHttpHost: '' }],
    ['https://user:pass@hooks.example.com/hook', true, { enabled: false, url: '', allowHttpHost: '' }],
    ['http://user:pass@chat.example.lg.jp/hook', false, { enabled: false, url: '', allowHttpHost: '' }],
    ['', false, { enabled: false, url: '', allowHttpHost: '' }],
  ])('a version 6 webhook %j (on: %s) becomes %j', async (url, enabled, expected) => {
    const dir = tempDir();
    const app0 = testApp(dir);
    const current = await ok(app0.api.settingsGet());
    const { allowHttpHost: _a, ...v6Webhook } = { ...defaultWebhookSettings(), enabled, url };
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...current, webhook: v6Webhook, schemaVersion: 6 }));
    const app = testApp(dir);
    expect(await app.api.settingsGet()).toMatchObject({ ok: true, data: { webhook: expected } });
    expect(await app.api.appInfo()).toMatchObject({ data: { notices: [] } });
  });

  // v7 → v8 (issue #13): the organisation's time zone arrives as Asia/Tokyo, the zone exports used before.
  it('a version 7 file gains orgTimeZone Asia/Tokyo and keeps everything else', async () => {
    const dir = tempDir();
    const current = await ok(testApp(dir).api.settingsGet());
    const { orgTimeZone: _z, firstRun: _f, ...v7 } = { ...current, profile: { ...current.profile, name: '山田 花子' }, backupKeepDays: 30 };
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...v7, schemaVersion: 7 }));
    const app = testApp(dir);
    expect(await ok(app.api.settingsGet())).toEqual({ ...v7, orgTimeZone: 'Asia/Tokyo', firstRun: 'done' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(9);
  });

  // v7 → v8 (issue #12): the first-run setup is for a new data folder, not for someone already using the app.
  it('a version 7 settings file counts as set up; a new data folder starts with the setup still to do', async () => {
    const dir = tempDir();
    const fresh = testApp(tempDir());
    expect(await fresh.api.settingsGet()).toMatchObject({ ok: true, data: { firstRun: 'pending' } });
    const { firstRun: _f, ...v7 } = await ok(fresh.api.settingsGet());
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...v7, profile: { ...v7.profile, name: '山田 花子' }, schemaVersion: 7 }));
    const app = testApp(dir);
    expect(await app.api.settingsGet()).toMatchObject({ ok: true, data: { firstRun: 'done', profile: { name: '山田 花子' } } });
    expect(await app.api.appInfo()).toMatchObject({ data: { notices: [] } });
  });

  // v8 → v9 (issue #17): 役職 for the organisation's trial, and no trial until the organisation file brings one.
  it('a version 8 file gains an empty 役職 and no trial, and keeps everything else', async () => {
    const dir = tempDir();
    const current = await ok(testApp(dir).api.settingsGet());
    const { trial: _t, ...v8 } = { ...current, profile: { ...current.profile, name: '山田 花子', department: '企画課' }, backupKeepDays: 30 };
    const { title: _ti, ...v8Profile } = v8.profile;
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...v8, profile: v8Profile, schemaVersion: 8 }));
    const app = testApp(dir);
    expect(await ok(app.api.settingsGet())).toEqual({ ...v8, profile: { ...v8Profile, title: '' }, trial: null });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(9);
    expect(await app.api.appInfo()).toMatchObject({ data: { notices: [] } });
  });
});
