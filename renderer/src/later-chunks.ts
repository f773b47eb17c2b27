/**
 * Fetching a later chunk without running it (issue #16). The build writes into index.html the files
 * of every chunk loaded later by import() (vite.config.ts, laterChunks): for `report-view`, its own
 * file, what it imports beyond the start, and its style sheets if it has any. `preloadChunks`
 * hands them to the browser as <link rel=modulepreload>: fetched and compiled into the module map,
 * not run. The import() of a first click then finds them there, while a view nobody opens holds no
 * objects of its own.
 */

import { readJsonBlock } from './json-block.js';

/** The id of the JSON block in index.html (written by the build). */
export const LATER_CHUNKS_ID = 'later-chunks';

let listed: Readonly<Record<string, readonly string[]>> | null | undefined;

/** The list in the page, read once; null without one (the dev server writes none) or when it is unreadable. */
function laterChunks(): Readonly<Record<string, readonly string[]>> | null {
  if (listed === undefined) {
    const data = readJsonBlock(LATER_CHUNKS_ID);
    listed = data && typeof data === 'object' ? (data as Record<string, readonly string[]>) : null;
  }
  return listed;
}

const preloaded = new Map<string, Promise<void>>();
/** A preload that never reports (the browser ignores a link it will not fetch) does not hold the prefetch up longer than this. */
const PRELOAD_GIVE_UP_MS = 10_000;

/**
 * One file, once: a script as a modulepreload link, a style sheet as a style preload. Settles when it
 * is here, could not be fetched (the import on a click will say so) or after PRELOAD_GIVE_UP_MS.
 */
function preload(file: string): Promise<void> {
  let p = preloaded.get(file);
  if (!p) {
    p = new Promise<void>((settle) => {
      const link = document.createElement('link');
      if (file.endsWith('.css')) {
        link.rel = 'preload';
        link.setAttribute('as', 'style');
      } else link.rel = 'modulepreload';
      link.crossOrigin = ''; // as the entry script and Vite's own preload links have it
      link.href = `./${file}`;
      const timer = setTimeout(settle, PRELOAD_GIVE_UP_MS);
      const done = () => (clearTimeout(timer), settle());
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
      document.head.append(link);
    });
    preloaded.set(file, p);
  }
  return p;
}

/**
 * Fetches the files of these chunks (by name: `report-view`, `i18n-ja-week`) without running them.
 * False when one of them is not in the page's list (a renamed module, the dev server): the caller
 * then loads it by import() as before.
 */
export function preloadChunks(names: readonly string[]): Promise<boolean> {
  const list = laterChunks();
  const files = names.map((n) => list?.[n]);
  if (files.some((f) => !f)) return Promise.resolve(false);
  return Promise.all([...new Set(files.flat() as string[])].map(preload)).then(() => true);
}
