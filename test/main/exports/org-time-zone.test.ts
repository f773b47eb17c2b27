/**
 * Instants in exports come out in the organisation's zone (Asia/Tokyo), not the machine's (issue
 * #13: the same report said 12:42 under UTC and 21:42 under Asia/Tokyo). The same data is exported
 * with the process's TZ switched, and the files must be byte for byte the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { orgStamp, orgWallClock } from '../../../shared/time/org-time-zone.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const SENT = Date.parse('2026-11-25T12:42:00Z'); // 21:42 in Tokyo

async function exportedUnder(tz: string, dir: string) {
  process.env.TZ = tz; // Node re-reads TZ on assignment: Date's local getters follow it.
  const clock = fakeClock(SENT);
  const r = testApp(dir, clock).router;
  const res = await r.dispatch('export:files', { from: '2026-11-25', to: '2026-11-25', formats: ['csv', 'md', 'html'], encoding: 'utf8bom' });
  if (!res.ok) throw new Error(res.error.message);
  return (res.data as { files: { name: string; base64: string }[] }).files;
}

describe("instants in the organisation's time zone", () => {
  it('report sent time and correction time: the same text under UTC and Asia/Tokyo', async () => {
    const dir = tempDir();
    process.env.TZ = 'Asia/Tokyo';
    const r = testApp(dir, fakeClock(SENT)).router;
    await r.dispatch('record:setTime', { date: '2026-11-25', field: 'start', minutes: 510, reason: '' });
    await r.dispatch('record:setTime', { date: '2026-11-25', field: 'start', minutes: 500, reason: '打刻忘れ' });
    await r.dispatch('report:markSent', { date: '2026-11-25', kind: 'start', via: 'mail', text: '【始業報告】' });
    const tokyo = await exportedUnder('Asia/Tokyo', dir);
    const utc = await exportedUnder('UTC', dir);
    expect(utc).toEqual(tokyo);
    const csv = Buffer.from(tokyo.find((f) => f.name.startsWith('daily-report_'))!.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[1]).toMatch(/,21:42,,有$/);
    const md = Buffer.from(tokyo.find((f) => f.name.endsWith('.md'))!.base64, 'base64').toString('utf8');
    expect(md).toContain('11/25(水) 21:42'); // in Japanese text: never the ISO date
  });

  it('orgWallClock / orgStamp: Asia/Tokyo by default, another zone when named, across midnight', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(orgWallClock('2026-11-25T15:30:00Z')).toEqual({ date: '2026-11-26', time: '00:30' });
    expect(orgStamp('2026-11-25T12:42:00Z')).toBe('2026-11-25 21:42');
    expect(orgStamp('2026-11-25T12:42:00Z', 'UTC')).toBe('2026-11-25 12:42');
  });
});
