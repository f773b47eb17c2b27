import path from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
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
          const m = /[\\/]shared[\\/]i18n[\\/](ja|en)[\\/](\w+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/i18n-${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
