import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { createI18n } from '../../shared/i18n/translator.js';

const root = path.resolve(import.meta.dirname, '../..');

function leaves(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v as object, `${prefix}${k}.`)));
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe('i18n', () => {
  it('Japanese and English have exactly the same keys, none empty', () => {
    expect(leaves(en).sort()).toEqual(leaves(ja).sort());
    for (const key of leaves(ja)) {
      expect(createI18n('ja').t(key), key).not.toBe('');
      expect(createI18n('en').t(key), key).not.toBe('');
    }
  });

  it('every literal key the renderer and the schemas use exists in both languages', () => {
    const keys = new Set<string>();
    for (const file of [...sources(path.join(root, 'renderer')), ...sources(path.join(root, 'shared'))]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z_.]+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/error:\s*[`']((?:v)\.[a-zA-Z]+)[`']/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/message:\s*'(v\.[a-zA-Z]+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(30);
    const known = new Set(leaves(ja));
    expect([...keys].filter((k) => !known.has(k))).toEqual([]);
  });

  it('has no Japanese left in the English catalogue, except language names', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const offenders = leaves(en).filter((k) => k !== 'settings.languages.ja' && japanese.test(createI18n('en').t(k)));
    expect(offenders).toEqual([]);
  });
});
