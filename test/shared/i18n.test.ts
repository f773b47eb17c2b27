import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LeafKeys } from '../../shared/i18n/catalogue-shape.js';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { isPlainMessageKey } from '../../shared/i18n/message-key.js';
import { createI18n, translatorFor } from '../../shared/i18n/translator.js';
import type { ReminderKind } from '../../shared/lists/reminder-kinds.js';

const root = path.resolve(import.meta.dirname, '../..');

function leaves(obj: object, prefix = ''): [key: string, text: string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('i18n', () => {
  it('English has exactly the Japanese keys (the compiler checks it too), none empty', () => {
    expectTypeOf<LeafKeys<typeof en>>().toEqualTypeOf<LeafKeys<typeof ja>>();
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(ja).map(([k]) => k).sort());
    for (const [key, text] of [...leaves(ja), ...leaves(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('each English message takes the same values as its Japanese one (the types are read from the Japanese)', () => {
    const english = new Map(leaves(en));
    const differ = leaves(ja).filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key)!).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('keys and values are checked by the compiler, in main (TranslateFn) and in the renderer (i18next)', () => {
    const t = translatorFor('ja');
    const kind: ReminderKind = 'approval';
    expect(t(`reminders.kinds.${kind}`)).toBe('電子決裁確認');
    expect(t('reminders.notify.startReport', { time: '8:30' })).toBe('始業報告の時間です(8:30)');
    // Each line below must stay a compile error; `npm run typecheck` fails if one compiles.
    const probes = [
      // @ts-expect-error: no such key
      () => t('app.titel'),
      // @ts-expect-error: a key built from a list the catalogue does not word
      () => t(`reminders.kinds.${'approval' as string}`),
      // @ts-expect-error: the message needs {{time}}
      () => t('reminders.notify.startReport'),
      // @ts-expect-error: a value the message does not name
      () => t('reminders.notify.startReport', { tim: '8:30' }),
      // @ts-expect-error: a message without placeholders takes no values
      () => t('app.title', { name: 'x' }),
      // @ts-expect-error: the renderer's t (react-i18next) is held to the same keys
      () => createI18n('ja').t('app.titel'),
      // @ts-expect-error: … and to the values the message names
      () => createI18n('ja').t('reminders.notify.startReport', { tim: '8:30' }),
    ];
    expect(probes).toHaveLength(7);
  });

  it('the schemas name only keys that exist (zod messages are data the compiler cannot follow)', () => {
    const keys = new Set<string>();
    for (const file of [...sources(path.join(root, 'shared')), ...sources(path.join(root, 'main'))]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:error|message):\s*[`']((?:v|org)\.[a-zA-Z]+)[`']/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(15);
    // v.tooLong is the one message with a value: validation-messages.ts gives it zod's limit.
    expect([...keys].filter((k) => k !== 'v.tooLong' && !isPlainMessageKey(k))).toEqual([]);
  });

  it('has no Japanese left in the English catalogue, except language names', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const offenders = leaves(en).filter(([k, text]) => k !== 'settings.languages.ja' && japanese.test(text));
    expect(offenders).toEqual([]);
  });
});
