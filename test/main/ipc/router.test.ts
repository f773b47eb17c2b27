import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();

function setup() {
  const dir = tempDir();
  const app = testApp(dir);
  const settingsFile = path.join(dir, 'settings.json');
  return { dir, app, settingsFile, bytes: () => fs.readFileSync(settingsFile) };
}

const good = () => ({
  ...defaultSettings(),
  profile: { ...defaultSettings().profile, name: '山田 花子', staffId: '012345', supervisorEmail: 'kakaricho@city.example.lg.jp' },
});

describe('IPC router', () => {
  it('answers app:info and settings:get with the defaults on first start', async () => {
    const { app } = setup();
    const info = await app.router.dispatch('app:info', undefined);
    expect(info).toMatchObject({ ok: true, data: { name: 'telework-techo', notices: [] } });
    expect(await app.router.dispatch('settings:get', undefined)).toEqual({ ok: true, data: defaultSettings() });
  });

  it('saves valid settings and announces them', async () => {
    const { app, settingsFile } = setup();
    const seen: unknown[] = [];
    app.bus.subscribe((event, payload) => seen.push([event, payload]));
    const res = await app.router.dispatch('settings:update', good());
    expect(res).toEqual({ ok: true, data: good() });
    expect(seen).toEqual([['settings:changed', good()]]);
    expect(JSON.parse(fs.readFileSync(settingsFile, 'utf8')).profile.name).toBe('山田 花子');
  });

  it('refuses an unknown channel with a typed error', async () => {
    const { app } = setup();
    expect(await app.router.dispatch('fs:readFile', '/etc/passwd')).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'このアプリが対応していない操作です。アプリを再起動してください。' },
    });
    expect(await app.router.dispatch({ toString: () => 'settings:get' }, undefined)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('names each invalid field in Japanese, and in English once the language is English', async () => {
    const { app } = setup();
    const bad = { ...good(), workHours: { start: '17:15', end: '08:30', breaks: [] } };
    bad.profile.supervisorEmail = 'not-an-address';
    const res = await app.router.dispatch('settings:update', bad);
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: '入力内容に誤りがあります。各項目のメッセージに従って直してください。',
        fields: {
          'profile.supervisorEmail': expect.stringContaining('メールアドレスの形式が正しくありません'),
          'workHours.end': '終了時刻は開始時刻より後にしてください。',
        },
      },
    });
    await app.router.dispatch('settings:update', { ...good(), language: 'en' });
    const en = await app.router.dispatch('settings:update', { ...good(), language: 'en', workHours: { start: '25:00', end: '17:15', breaks: [] } });
    expect(en).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Some entries are not valid. Correct them as the message beside each one says.', fields: { 'workHours.start': 'Enter a time from 0:00 to 23:59, such as 8:30.' } },
    });
  });

  it.each([
    ['wrong types', { ...good(), language: 42 }],
    ['a missing section', { profile: good().profile, language: 'ja' }],
    ['extra keys', { ...good(), isAdmin: true }],
    ['a huge string', { ...good(), profile: { ...good().profile, name: 'あ'.repeat(1_000_000) } }],
    ['a __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, "profile": {}, "workHours": {}, "language": "ja"}`)],
    ['a constructor key', { ...good(), constructor: { prototype: { polluted: true } } }],
    ['a nested __proto__', { ...good(), profile: JSON.parse(`{"name":"a","staffId":"","department":"","supervisorName":"","supervisorEmail":"","__proto__":{"x":1}}`) }],
    ['null', null],
    ['an array', [good()]],
    ['a string', 'settings'],
    ['a break outside working hours', { ...good(), workHours: { start: '08:30', end: '17:15', breaks: [{ start: '18:00', end: '19:00' }] } }],
    ['overlapping breaks', { ...good(), workHours: { start: '08:30', end: '17:15', breaks: [{ start: '12:00', end: '13:00' }, { start: '12:30', end: '12:45' }] } }],
  ])('rejects %s, leaving the stored file byte-for-byte unchanged', async (_label, payload) => {
    const { app, bytes } = setup();
    await app.router.dispatch('settings:update', good());
    const before = bytes();
    const res = await app.router.dispatch('settings:update', payload);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
    expect(bytes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects any payload on channels that take none', async () => {
    const { app } = setup();
    for (const channel of ['app:info', 'settings:get']) {
      expect(await app.router.dispatch(channel, { x: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers random payloads on every channel with a typed result and never changes the store', async () => {
    const { app, bytes } = setup();
    await app.router.dispatch('settings:update', good());
    const before = bytes();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS.filter((c) => c !== 'app:dismissNotice')), fc.anything({ withNullPrototype: true, withObjectString: true }), async (channel, payload) => {
        if (payload === undefined) return; // undefined is the valid "no input" for read channels
        const res = await app.router.dispatch(channel, payload);
        expect(typeof res.ok).toBe('boolean');
        if (!res.ok) expect(res.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    expect(bytes()).toEqual(before);
    expect(app.errors).toEqual([]);
  });

  it('turns a handler failure into an internal error without a stack trace', async () => {
    const { app, settingsFile } = setup();
    await app.router.dispatch('settings:get', undefined);
    fs.rmSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(path.dirname(settingsFile), 'a file where the data folder should be');
    const res = await app.router.dispatch('settings:update', good());
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('データは失われていません') } });
    expect(app.errors.length).toBe(1);
  });
});
