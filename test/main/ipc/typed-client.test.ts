/**
 * The typed client the tests call the app through (test/helpers/typed-client.ts): a refusal where
 * data was expected, or the reverse, must fail with what went wrong and on which channel — the
 * old casts turned both into "cannot read properties of undefined".
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();

describe('the typed test client', () => {
  it('ok() gives the data of an accepted call, and refused() the error of a refused one', async () => {
    const { api } = testApp(tempDir());
    expect((await ok(api.dayGet({ date: '2026-11-25' }))).day.date).toBe('2026-11-25');
    expect(await refused(api.dayGet({ date: '2026-02-30' }))).toMatchObject({ code: 'invalid_input', fields: { date: expect.stringMatching(/実在する日付/) } });
  });

  it('ok() on a refusal fails naming the channel, the code, the message and the fields', async () => {
    const { api } = testApp(tempDir());
    await expect(ok(api.dayGet({ date: '2026-02-30' }))).rejects.toThrow(/^day:get was refused \(invalid_input\): .+ \{"date":".*実在する日付.*"\}$/);
    const answer = await api.dayUndo({ date: '2026-11-25' });
    expect(() => ok(answer)).toThrow('day:undo was refused (invalid_input): 元に戻せる変更はありません。');
  });

  it('refused() on an accepted call fails naming the channel and what it answered', async () => {
    const { api } = testApp(tempDir());
    await expect(refused(api.appNow())).rejects.toThrow(/^app:now was accepted where a refusal was expected: \{"date":"/);
  });

  it('events reach api.on typed, as the window receives them', async () => {
    const { api } = testApp(tempDir());
    const seen: string[] = [];
    const stop = api.on('day:changed', ({ date }) => seen.push(date));
    await ok(api.daySetHours({ date: '2026-11-25', hours: { start: '09:00', end: '17:30' } }));
    stop();
    await ok(api.daySetHours({ date: '2026-11-26', hours: { start: '09:00', end: '17:30' } }));
    expect(seen).toEqual(['2026-11-25']);
  });
});
