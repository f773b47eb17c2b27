import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LeafKeys } from '../../shared/i18n/catalogue-shape.js';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { isPlainMessageKey } from '../../shared/i18n/message-key.js';
import { type Lookup, translate } from '../../shared/i18n/translate.js';
import { translatorFor } from '../../shared/i18n/translator.js';
import { createI18n } from '../helpers/i18n.js';
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
    // A singular form may word {{count}} ("once", "Carried 1 item"): only there may English leave it out.
    const differ = leaves(ja).filter(([key, text]) => {
      const mine = placeholders(text);
      const theirs = placeholders(english.get(key)!);
      return key.endsWith('_one') ? theirs.join() !== mine.filter((p) => p !== 'count' || theirs.includes('count')).join() : mine.join() !== theirs.join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  // `t` picks `key_one` for a count of 1 in English (Intl.PluralRules) and falls back to `key` for
  // every other count; Japanese has one form, so its `_one` twin (there for the shared shape) must say the same.
  it('counts read as English: "1 interruption", "2 interruptions"; Japanese has one form', () => {
    const tEn = translatorFor('en');
    expect(tEn('focus.interruptionCount', { count: 1 })).toBe('1 interruption');
    expect(tEn('focus.interruptionCount', { count: 2 })).toBe('2 interruptions');
    expect(tEn('focus.interruptionCount', { count: 0 })).toBe('0 interruptions');
    expect(tEn('exports.done', { count: 1 })).toBe('1 file exported.');
    expect(tEn('reports.approvalCount', { count: 1 })).toBe('once');
    expect(translatorFor('ja')('focus.interruptionCount', { count: 1 })).toBe('割り込み 1回');
    const base = new Map(leaves(ja));
    const singulars = leaves(ja).filter(([k]) => k.endsWith('_one'));
    expect(singulars.length).toBeGreaterThan(5);
    for (const [key, text] of singulars) expect(text, key).toBe(base.get(key.slice(0, -'_one'.length)));
    // Every English message that counts with {{count}} has its singular.
    const english = new Map(leaves(en));
    const counted = leaves(en).filter(([k, text]) => !k.endsWith('_one') && text.includes('{{count}}'));
    expect(counted.length).toBeGreaterThan(10);
    expect(counted.filter(([k]) => !english.has(`${k}_one`)).map(([k]) => k)).toEqual([]);
  });

  it('words a message as i18next did: nested keys, {{values}} as given, plural forms, Japanese behind English, unknown keys as they are', () => {
    const lookup: Lookup = [
      ['en', { a: { b: 'Hi {{name}}, {{ name }}', c: '{{count}} things', c_one: 'one thing' } }],
      ['ja', { a: { b: 'やあ', d: '日本語 {{v}}', c: '{{count}}件' } }],
    ];
    expect(translate(lookup, 'a.b', { name: '$& {{name}}' })).toBe('Hi $& {{name}}, $& {{name}}');
    expect(translate(lookup, 'a.b')).toBe('Hi {{name}}, {{ name }}'); // no values: the text as written
    expect(translate(lookup, 'a.b', { name: undefined })).toBe('Hi , ');
    expect(translate(lookup, 'a.c', { count: 1 })).toBe('one thing');
    expect(translate(lookup, 'a.c', { count: 1.5 })).toBe('1.5 things');
    expect(translate(lookup, 'a.c', { count: '1' })).toBe('1 things'); // only a number counts
    expect(translate(lookup, 'a.d', { v: 3 })).toBe('日本語 3');
    expect(translate(lookup, 'a.zz')).toBe('a.zz');
    expect(translate(lookup, 'a')).toBe('a'); // a group is not a message
    expect(translate(lookup, 'a.b.c')).toBe('a.b.c');
    expect(translate([['ja', { a: { c: '{{count}}件', c_one: '{{count}}件' } }]], 'a.c', { count: 1 })).toBe('1件');
  });

  /**
   * DOMAIN.md's terms table, as forbidden words in the Japanese catalogue. Each entry: the word
   * not to use, and the longer terms in which the same characters are legitimate (removed before
   * looking). A value that still holds the word is a finding.
   */
  const FORBIDDEN: { not: RegExp; because: string; allowedIn?: RegExp[]; keys?: string[] }[] = [
    { not: /ブロック/, because: '予定 (a planned slot)' },
    { not: /実労働/, because: '実勤務時間' },
    { not: /所属長ビュー/, because: '所属長の確認画面' },
    { not: /上司/, because: '所属長' },
    { not: /リマインド/, because: '通知' },
    { not: /\d{4}年度/, because: '令和8年度 (和暦)' },
    { not: /(?<![\d:])0\d:\d\d/, because: '8:30, not 08:30', allowedIn: [/00:00/] },
    { not: /\d{4}-\d{2}-\d{2}/, because: 'dates as 12/1(火) or 令和8年(2026年)12月1日(火)' },
    // The window title's dash joins the view and the app's name; it is not a range.
    { not: /[–～]|\d-\d/, because: 'ranges with 〜', keys: ['app.viewTitle'] },
    { not: /時間外(?!勤務)/, because: '時間外勤務', allowedIn: [/勤務時間外/] },
    { not: /休日の勤務/, because: '休日勤務' },
    { not: /深夜(?!勤務)/, because: '深夜勤務' },
    { not: /命令・許可の番号|許可番号/, because: '命令・許可' },
    { not: /許可(?!する|されて)/, because: '命令・許可', allowedIn: [/命令・許可/] },
    { not: /時間休/, because: '年休(時間単位)' },
    { not: /未了|未了\/繰越/, because: '未完了 / 繰越し' },
    { not: /翌日|翌勤務日/, because: '次の勤務日 (a calendar 翌日 is right only for times past midnight)', keys: ['record.nextDay'] },
    { not: /組織の既定値|組織既定値/, because: '庁内共通の設定' },
    { not: /団体の休日/, because: '団体独自の休日' },
    { not: /決裁確認/, because: '電子決裁・供覧の確認' },
    { not: /中抜け(?!時間|回数|を|の|が|中|開始)/, because: '中抜け時間 as a measure' }, // 中抜け中, 中抜け開始: the act, not a measure
    { not: /中断(?!報告|します|しました)/, because: '割り込み (focus); 中断 is the 中断報告', allowedIn: [/中断された/] },
    { not: /在宅(?!勤務)|モバイルワーク|モバイル(?!勤務)/, because: '在宅勤務 / モバイル勤務' },
    { not: /テレワーク一日/, because: 'テレワークの一日' },
    { not: /値が正しくありません。$/, because: 'a message says what to do next' },
  ];

  it('the Japanese catalogue keeps to DOMAIN.md\'s terms table', () => {
    const findings = leaves(ja).flatMap(([key, text]) =>
      FORBIDDEN.filter((f) => !f.keys?.includes(key) && f.not.test((f.allowedIn ?? []).reduce((s, ok) => s.replace(new RegExp(ok, 'g'), '□'), text))).map(
        (f) => `${key}: 「${text}」 — use ${f.because}`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('the terms check finds what it looks for (each rule fires on its bad example)', () => {
    const bad = ['ブロックを保存', '実労働 7時間', '所属長ビュー', '上司', 'リマインド', '2026年度', '08:30', '2026-12-01', '8:30-17:15', '時間外: 1分', '休日の勤務', '深夜(22時〜5時)', '命令・許可の番号', '許可: 12', '時間休', '未了', '翌日: 資料', '組織の既定値', '団体の休日', '決裁確認', '中抜け 2回 20分', '中断 2回', '在宅', 'テレワーク一日', '値が正しくありません。'];
    for (const [i, f] of FORBIDDEN.entries()) {
      const example = bad.find((b) => f.not.test((f.allowedIn ?? []).reduce((s, ok) => s.replace(new RegExp(ok, 'g'), '□'), b)));
      expect(example, `rule ${i} (${f.because}) fires on none of the bad examples`).toBeDefined();
    }
  });

  it('keys and values are checked by the compiler, in main and in the renderer (one TranslateFn)', () => {
    const t = translatorFor('ja');
    const kind: ReminderKind = 'approval';
    expect(t(`reminders.kinds.${kind}`)).toBe('電子決裁・供覧の確認');
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
      // @ts-expect-error: the renderer's t (useTranslation) is held to the same keys
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
