import path from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { LATER_CHUNKS_ID } from './renderer/src/later-chunks.js';
import { jsonForHtml } from './shared/ipc/start-data.js';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.js';

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * The renderer imports constants and helpers (PLACES, BLOCK_STATUSES, toMinutes, addDays…) from
 * shared/ modules that also define zod schemas at top level. The bundler cannot prove that a
 * chain like `z.string().regex(…)` has no side effects, so every schema — and all of zod, a
 * sixth of the initial JavaScript — would ship although the renderer never validates anything
 * (main does). This marks each top-level `const x = <call or object>` of a zod-importing shared/
 * module as pure, so the ones the renderer does not use are dropped (issue #8: 162 → 136 kB gzip).
 * shared/ is pure TypeScript by the layer rules; a schema the renderer does use stays. Only
 * declaration values are wrapped: statements such as `z.config(…)` are kept as they are. Columns
 * in the source map drift by the inserted characters on those lines only.
 */
/** This project's shared/ only (not a `shared` folder inside node_modules or above the checkout). */
const SHARED_DIR = path.resolve(import.meta.dirname, 'shared') + path.sep;

function pureSharedSchemas(): Plugin {
  return {
    name: 'techo-pure-shared-schemas',
    apply: 'build',
    transform(code, id) {
      if (!path.resolve(id.split('?')[0]!).startsWith(SHARED_DIR) || !/from\s*["']zod["']/.test(code)) return;
      const program = this.parse(code) as unknown as { body: AstNode[] };
      const spans: [number, number][] = [];
      for (const statement of program.body) {
        const decl = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as AstNode | null) : statement;
        if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
        for (const d of decl.declarations as AstNode[]) {
          const init = d.init as AstNode | null;
          if (init && (init.type === 'CallExpression' || init.type === 'ObjectExpression')) spans.push([init.start, init.end]);
        }
      }
      if (spans.length === 0) return;
      let out = code;
      for (const [a, b] of spans.reverse()) out = `${out.slice(0, a)}/* @__PURE__ */ (() => (${out.slice(a, b)}))()${out.slice(b)}`;
      return { code: out, map: null };
    },
  };
}

/**
 * Everything the first screen loads is one chunk (issue #16): the bundler's own splitting made a
 * small chunk of each module that a later view shares with the start (the translator, the date
 * words, a field…), eight files at start where two do, each its own request and its own gzip.
 * A module goes into `start` when a chain of static imports leads to it from the entry.
 */
function startChunk(): (id: string, ctx: { getModuleInfo: (id: string) => { isEntry: boolean; importers: readonly string[] } | null }) => string | null {
  const known = new Map<string, boolean>();
  const fromEntry = (id: string, ctx: Parameters<ReturnType<typeof startChunk>>[1], seen = new Set<string>()): boolean => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    const yes = Boolean(info && (info.isEntry || info.importers.some((i) => fromEntry(i, ctx, seen))));
    if (yes || seen.size === 1) known.set(id, yes);
    return yes;
  };
  return (id, ctx) => (fromEntry(id, ctx) ? 'start' : null);
}

/**
 * The chunk name a catalogue file's chunk is known by (i18n-ja-week), or null for any other module:
 * one rule for the file names and for the list of later chunks.
 */
function catalogueChunk(facadeModuleId: string | null | undefined): string | null {
  const m = /[\\/]shared[\\/]i18n[\\/](ja|en)[\\/](\w+)\.ts$/.exec(facadeModuleId ?? '');
  return m ? `i18n-${m[1]}-${m[2]}` : null;
}

/**
 * Writes into index.html, as a JSON data block (never run, so the CSP does not apply), the files of
 * each chunk loaded later by import(): the chunk's own file, the files it imports that the start
 * does not already hold, and their style sheets. The idle prefetch (lazy-views.tsx) hands them to the browser as
 * <link rel=modulepreload>: fetched and compiled, not run, so a view nobody opens costs the heap
 * little (issue #16), and a first click runs code that is already here.
 */
function laterChunks(): Plugin {
  return {
    name: 'techo-later-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (file: string, into: Set<string>) => {
          if (into.has(file)) return into;
          into.add(file);
          for (const i of byFile.get(file)?.imports ?? []) closure(i, into);
          return into;
        };
        const atStart = new Set<string>();
        for (const c of chunks) if (c.isEntry) closure(c.fileName, atStart);
        const later: Record<string, string[]> = {};
        for (const c of chunks) {
          if (!c.isDynamicEntry || atStart.has(c.fileName)) continue;
          const key = catalogueChunk(c.facadeModuleId) ?? c.name;
          if (later[key]) throw new Error(`two later chunks are named ${key}: rename one module`);
          const scripts = [...closure(c.fileName, new Set())].filter((f) => !atStart.has(f));
          const styles = scripts.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
          later[key] = [...scripts, ...new Set(styles)];
        }
        return html.replace('</head>', `  <script type="application/json" id="${LATER_CHUNKS_ID}">${jsonForHtml(later)}</script>\n  </head>`);
      },
    },
  };
}

/** Chunks Today fetches as it mounts (lazy-views.tsx: its side column, editor, banners, trial line; dnd-kit). */
const FETCHED_AT_START = /(^|\/)(today-side|today-more|block-editor|reminder-banner|notice-banner|survey-offer|trial-progress|dnd)-[\w-]+\.js$/;

// The renderer build. The CSP lives in shared/security/csp.ts so the HTML meta tag, the app://
// protocol header and the preview server's header are one policy.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    pureSharedSchemas(),
    laterChunks(),
    {
      name: 'techo-csp',
      // frame-ancestors only works as a header (app:// and the preview send it); a meta tag ignores it.
      transformIndexHtml: (html) => html.replace('%CSP%', CONTENT_SECURITY_POLICY.replace(/;\s*frame-ancestors[^;]*/, '')),
    },
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Chromium (and Electron) knows modulepreload: no polyfill. Today's own chunks, fetched as the
    // first screen mounts, get no <link rel=modulepreload> per chunk they import: inserting those
    // tags (each starts its request there and then) cost the first screen 30 ms (issue #16); their
    // few imports are fetched as they are read. A view opened later still preloads its imports.
    modulePreload: { polyfill: false, resolveDependencies: (file, deps, { hostType }) => (hostType === 'html' || !FETCHED_AT_START.test(file) ? deps : []) },
    rollupOptions: {
      output: {
        codeSplitting: { groups: [{ name: startChunk() }] },
        // A catalogue file fetched on its own is named by language and feature (i18n-ja-supervisor-….js), not by feature alone.
        chunkFileNames: (chunk) => {
          const name = catalogueChunk(chunk.facadeModuleId);
          return name ? `assets/${name}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
