import type { BlockInput } from '../../shared/day/day-schema.js';
import { fakeClock } from './fake-clock.js';
import { testApp } from './test-app.js';

const block = (start: string, end: string, title: string, status: BlockInput['status'] = 'done'): BlockInput => ({ start, end, title, kind: 'focus', status, note: '', inventoryId: null });

/**
 * A staff member's exported daily-report JSON, made by the real app: `days` maps a date to the
 * actual start and end (minutes), so time outside hours and late night come out of real records.
 */
export async function staffReport(dir: string, who: { staffId: string; name: string }, days: Record<string, [number, number]>, exportedAt = new Date(2026, 10, 25, 18, 0).getTime()) {
  const app = testApp(dir, fakeClock(exportedAt));
  const r = app.router;
  const s = (await r.dispatch('settings:get', undefined)) as { data: Record<string, unknown> & { profile: Record<string, string> } };
  await r.dispatch('settings:update', { ...s.data, profile: { ...s.data.profile, ...who, department: '企画課' } });
  for (const [date, [start, end]] of Object.entries(days)) {
    await r.dispatch('day:setWorkStyle', { date, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } });
    await r.dispatch('day:saveBlock', { date, id: null, block: block('09:00', '10:00', '資料作成') });
    await r.dispatch('day:saveBlock', { date, id: null, block: block('14:00', '15:00', '計画書確認', 'planned') });
    await r.dispatch('record:setTime', { date, field: 'start', minutes: start, reason: '' });
    await r.dispatch('record:setTime', { date, field: 'end', minutes: end, reason: '' });
    await r.dispatch('report:markSent', { date, kind: 'start', via: 'mail', text: '【始業報告】' });
  }
  const dates = Object.keys(days).sort();
  const res = (await r.dispatch('export:files', { from: dates[0], to: dates.at(-1), formats: ['json'], encoding: 'utf8bom' })) as { ok: true; data: { files: { name: string; base64: string }[] } };
  const file = res.data.files.find((f) => f.name.startsWith('daily-report_'))!;
  return Buffer.from(file.base64, 'base64').toString('utf8');
}
