/**
 * testApp on a data folder whose settings make every weekday a telework day (written before the
 * app starts, so the scheduler's first look already sees it). Report and 電子決裁・供覧の確認
 * reminders follow the day's 勤務形態 (telework days only by default): tests of the scheduler's
 * mechanics run on telework days so those reminders are there to be raised.
 */
import fs from 'node:fs';
import path from 'node:path';
import { settingsDocument } from '../../main/services/settings-service.js';
import { defaultSettings } from '../../shared/settings/settings-schema.js';
import { testApp } from './test-app.js';

export function teleworkTestApp(...args: Parameters<typeof testApp>): ReturnType<typeof testApp> {
  const file = path.join(args[0], 'settings.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(args[0], { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: settingsDocument.version, ...defaultSettings(), teleworkWeekdays: [1, 2, 3, 4, 5] }), { mode: 0o600 });
  }
  return testApp(...args);
}
