/**
 * The window loads its catalogue in parts (issue #16, renderer/src/catalogues.ts): the start
 * bundle holds the Japanese of the shell, the now strip, the banners and Today; each other view
 * fetches the files its words are in. A key whose file is not loaded shows as the key itself, so
 * these checks read the sources: every catalogue file is placed, the start code names only keys of
 * the start files, and each view (with everything it imports that the start does not) names only
 * keys of the start files and of the parts lazy-views.tsx gives it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_ONLY, PARTS } from '../../renderer/src/catalogues.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const FILES = fs.readdirSync(path.join(root, 'shared/i18n/ja')).map((f) => f.replace(/\.ts$/, ''));

/** Catalogue files imported statically by a module (the start files in catalogues.ts, their English twins in start-catalogue-en.ts). */
const staticCatalogues = (rel: string, lang: 'ja' | 'en') => [...read(rel).matchAll(new RegExp(`^import \\{[^}]+\\} from '[./]+shared/i18n/${lang}/(\\w+)\\.js';`, 'gm'))].map((m) => m[1]!);
const START = staticCatalogues('renderer/src/catalogues.ts', 'ja');

/** Top-level group → its catalogue file ('day' → 'day', 'dayKinds' → 'calendar'…). */
async function groupsOfFiles(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of FILES) {
    const mod = (await import(path.join(root, 'shared/i18n/ja', `${file}.ts`))) as Record<string, object>;
    for (const group of Object.keys(Object.values(mod)[0]!)) out.set(group, file);
  }
  return out;
}

/** A module and every module it imports statically (relative imports; type-only imports and import() left out). */
function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = read(entry);
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)';/gm)) {
    const base = path.join(path.dirname(entry), m[1]!).replace(/\.js$/, '');
    const found = ['.ts', '.tsx'].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f)));
    if (found) graph(found, seen);
  }
  return seen;
}

/**
 * The catalogue groups a source file names in a key: 'day.title', `reminders.kinds.${k}`… The
 * validation keys (`v.…`) that shared/ names are zod messages and refusal codes: main validates and
 * words those, and the window shows main's text; only the window's own code can need the part.
 */
function groupsNamed(file: string, groups: Map<string, string>): string[] {
  const re = new RegExp(`[\`'](${[...groups.keys()].join('|')})\\.[a-zA-Z$]`, 'g');
  const named = new Set([...read(file).matchAll(re)].map((m) => m[1]!));
  if (file.startsWith('shared/')) named.delete('v');
  return [...named];
}

/** lazy-views.tsx: each view's module and the parts it is given (whatever it shows while loading). */
function views(): { module: string; parts: string[] }[] {
  const text = read('renderer/src/views/lazy-views.tsx');
  return [...text.matchAll(/view\(\(\) => import\('(\.[^']+)'\), '\w+'(?:, \[([^\]]*)\])?(?:, '[^']+')?\)/g)].map((m) => ({
    module: path.join('renderer/src/views', m[1]!.replace(/\.js$/, '.tsx')),
    parts: [...(m[2] ?? '').matchAll(/'(\w+)'/g)].map((p) => p[1]!),
  }));
}

/** Code that names keys of a part its view (or the start) is not given, on purpose, and why the part is here by then. */
const HERE_BY_THEN: Record<string, string[]> = {
  // 「n 件のファイルを削除しました」 replaces the window after the data-protection view's wipe: its part came with that view.
  'renderer/src/app.tsx': ['data'],
  // The record's time checks fetch the validation part before their message (i18n.load(['validation'])).
  'renderer/src/views/today/record-panel.tsx': ['validation'],
};

describe('the catalogue in parts', () => {
  it('places every catalogue file: at start, as a part (both languages), or main only', () => {
    const parts = Object.keys(PARTS);
    expect(FILES.filter((f) => !START.includes(f) && !parts.includes(f) && !(MAIN_ONLY as readonly string[]).includes(f))).toEqual([]);
    expect(START.filter((f) => parts.includes(f))).toEqual([]);
    expect(staticCatalogues('renderer/src/start-catalogue-en.ts', 'en').sort()).toEqual([...START].sort());
    const text = read('renderer/src/catalogues.ts');
    for (const p of parts) for (const lang of ['ja', 'en']) expect(text, `${p} (${lang})`).toContain(`import('../../shared/i18n/${lang}/${p}.js')`);
  });

  it('the start code names only keys of the start files', async () => {
    const groups = await groupsOfFiles();
    const outside = [...graph('renderer/src/main.tsx')].flatMap((file) =>
      groupsNamed(file, groups)
        .filter((g) => !START.includes(groups.get(g)!) && !HERE_BY_THEN[file]?.includes(groups.get(g)!))
        .map((g) => `${file}: ${g} (${groups.get(g)})`),
    );
    expect(outside).toEqual([]);
  });

  it('each view names only keys of the start files and of its parts', async () => {
    const groups = await groupsOfFiles();
    const start = graph('renderer/src/main.tsx');
    const all = views();
    expect(all.length).toBeGreaterThan(10);
    // Today's own chunks (shown with nothing while they load) are read too.
    expect(all.map((v) => v.module)).toEqual(expect.arrayContaining(['renderer/src/views/today/today-side.tsx', 'renderer/src/components/trial-progress.tsx', 'renderer/src/components/reminder-banner.tsx']));
    const missing = all.flatMap(({ module, parts }) =>
      [...graph(module)]
        .filter((file) => !start.has(file))
        .flatMap((file) =>
          groupsNamed(file, groups)
            .filter((g) => !START.includes(groups.get(g)!) && !parts.includes(groups.get(g)!) && !HERE_BY_THEN[file]?.includes(groups.get(g)!))
            .map((g) => `${module} → ${file}: ${g} (${groups.get(g)})`),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('finds what it looks for (a view given no parts misses its words)', async () => {
    const groups = await groupsOfFiles();
    expect(groupsNamed('renderer/src/views/supervisor-view.tsx', groups)).toContain('supervisor');
    expect(graph('renderer/src/main.tsx').has('renderer/src/views/today/today-view.tsx')).toBe(true);
    expect(graph('renderer/src/main.tsx').has('renderer/src/views/supervisor-view.tsx')).toBe(false);
  });
});
