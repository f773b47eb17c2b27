import type { BlockInput } from '../../shared/day/day-schema.js';
import { fakeClock } from './fake-clock.js';
import { changeSettings } from './settings.js';
import { testApp } from './test-app.js';
import { ok } from './typed-client.js';

const block = (start: string, end: string, title: string, status: BlockInput['status'] = 'done'): BlockInput => ({ start, end, title, kind: 'focus', status, note: '', inventoryId: null });

/**
 * A staff member's exported daily-report JSON, made by the real app: `days` maps a date to the
 * actual start and end (minutes), so time outside hours and late night come out of real records.
 */
export async function staffReport(dir: string, who: { staffId: string; name: string }, days: Record<string, [number, number]>, exportedAt = new Date(2026, 10, 25, 18, 0).getTime()) {
  const { api } = testApp(dir, fakeClock(exportedAt));
  await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, ...who, department: '企画課' } })));
  for (const [date, [start, end]] of Object.entries(days)) {
    await ok(api.daySetWorkStyle({ date, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
    await ok(api.daySaveBlock({ date, id: null, block: block('09:00', '10:00', '資料作成') }));
    await ok(api.daySaveBlock({ date, id: null, block: block('14:00', '15:00', '計画書確認', 'planned') }));
    await ok(api.recordSetTime({ date, field: 'start', minutes: start, reason: '' }));
    await ok(api.recordSetTime({ date, field: 'end', minutes: end, reason: '' }));
    await ok(api.reportMarkSent({ date, kind: 'start', via: 'mail', text: '【始業報告】' }));
  }
  const dates = Object.keys(days).sort();
  const res = await ok(api.exportFiles({ from: dates[0]!, to: dates.at(-1)!, formats: ['json'], encoding: 'utf8bom' }));
  const file = res.files.find((f) => f.name.startsWith('daily-report_'))!;
  return Buffer.from(file.base64, 'base64').toString('utf8');
}
