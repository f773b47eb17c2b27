import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReminderSettings, defaultReportTemplates, defaultWebhookSettings } from '../../../shared/settings/settings-schema.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

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
    const res = await app.router.dispatch('settings:get', undefined);
    const { schemaVersion: _v, ...body } = v1;
    expect(res).toEqual({ ok: true, data: { ...body, teleworkWeekdays: [], blockKinds: ['focus', 'approval', 'meeting', 'webTraining', 'coordination', 'break', 'other'], reminders: defaultReminderSettings(), reportTemplates: defaultReportTemplates(), webhook: defaultWebhookSettings(), startAtLogin: false, backupKeepDays: 14 } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(6);
    expect((await app.router.dispatch('app:info', undefined)) as { data: { notices: unknown[] } }).toMatchObject({ data: { notices: [] } });
  });
});
