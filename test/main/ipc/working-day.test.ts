/**
 * 深夜勤務: work started yesterday and not ended is still "today" for the window after midnight —
 * the now strip, the review and the reports stay on that day at 翌0:10 — until 終業 is recorded or
 * today's usual start of work comes.
 */
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const at = (iso: string) => Date.parse(`${iso}+09:00`);

describe('the working day past midnight', () => {
  it('stays on the day still being worked until 終業, and the 終業 pressed at 翌0:10 lands on it', async () => {
    const clock = fakeClock(at('2026-11-25T09:00:00'));
    const { api } = testApp(tempDir(), clock);
    await ok(api.recordClock({ date: '2026-11-25', field: 'start', reason: '' }));

    clock.set(at('2026-11-26T00:10:00'));
    expect(await ok(api.appNow())).toMatchObject({ date: '2026-11-25', minutes: 24 * 60 + 10 });
    const start = await ok(api.appStart());
    expect(start.now.date).toBe('2026-11-25');
    expect(start.today.day.date).toBe('2026-11-25');

    const ended = await ok(api.recordClock({ date: start.now.date, field: 'end', reason: '' }));
    expect(ended.day.record.end).toBe(24 * 60 + 10);
    expect(await ok(api.appNow())).toMatchObject({ date: '2026-11-26', minutes: 10 });
  });

  it("a forgotten 終業 leaves yesterday at today's start of work, and a day never started is never kept", async () => {
    const clock = fakeClock(at('2026-11-25T09:00:00'));
    const { api } = testApp(tempDir(), clock);
    await ok(api.recordClock({ date: '2026-11-25', field: 'start', reason: '' }));
    clock.set(at('2026-11-26T08:29:00'));
    expect(await ok(api.appNow())).toMatchObject({ date: '2026-11-25', minutes: 24 * 60 + 8 * 60 + 29 });
    clock.set(at('2026-11-26T08:30:00'));
    expect(await ok(api.appNow())).toMatchObject({ date: '2026-11-26', minutes: 8 * 60 + 30 });

    // The day after: the 26th was never started, so 0:10 on the 27th is the 27th.
    clock.set(at('2026-11-27T00:10:00'));
    expect(await ok(api.appNow())).toMatchObject({ date: '2026-11-27', minutes: 10 });
  });
});
