/**
 * app:start (issue #16): the first screen's data in one round trip. It answers exactly what the
 * four separate reads answer — settings:get, app:info, app:now and day:get of main's today.
 */
import { describe, expect, it } from 'vitest';
import { changeSettings } from '../../helpers/settings.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { seedExampleDay } from '../../helpers/seed-day.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();

describe('app:start', () => {
  it('answers the same as settings:get, app:info, app:now and day:get of today', async () => {
    const { api } = testApp(tempDir());
    await seedExampleDay(api, '2026-11-25');
    await ok(changeSettings(api, (s) => ({ ...s, language: 'en' })));
    const start = await ok(api.appStart());
    const now = await ok(api.appNow());
    expect(start).toEqual({
      settings: await ok(api.settingsGet()),
      info: await ok(api.appInfo()),
      now,
      today: await ok(api.dayGet({ date: now.date })),
    });
    expect(start.today.day.blocks.length).toBeGreaterThan(0);
    expect(start.settings.language).toBe('en');
  });

  it("today is main's today: after midnight it is the new day's plan", async () => {
    const clock = fakeClock(Date.parse('2026-11-25T23:59:00+09:00'));
    const { api } = testApp(tempDir(), clock);
    await seedExampleDay(api, '2026-11-25');
    expect((await ok(api.appStart())).today.day.date).toBe('2026-11-25');
    clock.advance(2 * 60_000);
    const start = await ok(api.appStart());
    expect(start.now.date).toBe('2026-11-26');
    expect(start.today).toEqual(await ok(api.dayGet({ date: '2026-11-26' })));
  });
});
