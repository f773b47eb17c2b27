/**
 * Fetching a later chunk without running it (issue #16). The build writes into index.html the files
 * of every chunk loaded later by import() (vite.config.ts, laterChunks): for `report-view`, its own
 * file and what it imports beyond the start. `preloadChunks` hands them to the browser as
 * <link rel=modulepreload>: fetched and compiled into the module map, not run. The import() of a
 * first click then finds them there, while a view nobody opens holds no objects of its own.
 */

/** The id of the JSON block in index.html (written by the build). */
export const LATER_CHUNKS_ID = 'later-chunks';

let listed: Readonly<Record<string, readonly string[]>> | null | undefined;

/** The list in the page, read once; null without one (the dev server writes none). */
function laterChunks(): Readonly<Record<string, readonly string[]>> | null {
  if (listed !== undefined) return listed;
  listed = null;
  const block = document.getElementById(LATER_CHUNKS_ID);
  try {
    const data: unknown = block ? JSON.parse(block.textContent ?? '') : null;
    if (data && typeof data === 'object') listed = data as Record<string, readonly string[]>;
  } catch {
    // unreadable: the callers import instead
  }
  return listed;
}

const preloaded = new Map<string, Promise<void>>();

/** One file as a modulepreload link, once; settles when it is here (or could not be fetched: the import() will say so). */
function preload(file: string): Promise<void> {
  let p = preloaded.get(file);
  if (!p) {
    p = new Promise<void>((settle) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = ''; // as the entry script and Vite's own preloads: the same fetch, one entry in the module map
      link.href = `./${file}`;
      link.addEventListener('load', () => settle(), { once: true });
      link.addEventListener('error', () => settle(), { once: true });
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
