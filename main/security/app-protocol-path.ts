/**
 * Maps an app://techo/… request to a file of the built renderer, or null (→ 404).
 *
 * The protocol handler reads from disk whatever path this returns, so it is the one place that
 * decides which files the page (and anything injected into it) can read. Chromium already
 * canonicalises request URLs, but this function does not rely on that: it refuses every form of
 * "leave the folder" on its own — dot segments (raw or percent-encoded), encoded separators,
 * backslashes, NUL bytes, drive letters and UNC-style paths, and symlinks that lead outside.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAppUrl } from './app-origin.js';

const DEFAULT_DOCUMENT = 'index.html';

// Control characters and backslashes have no business in a URL path we serve; backslash is a
// separator on Windows, NUL truncates paths in native code.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_DECODED = /[\u0000-\u001f\u007f\\]/;
// In the URL as received, a space is also refused: a canonical URL encodes it as %20.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_RAW = /[\u0000-\u0020\u007f\\]/;
// After one round of decoding, still-encoded dots or separators mean double encoding: refuse
// rather than guess which layer decodes next.
const DOUBLE_ENCODED = /%(2e|2f|5c|00)/i;

export function resolveAppRequestPath(rootDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || FORBIDDEN_RAW.test(requestUrl)) return null;
  if (!parseAppUrl(requestUrl)) return null;

  // The URL parser silently collapses "/a/../b" and "%2e%2e", which would hide an attack rather
  // than refuse it, so inspect the path as it was written: everything after the authority, up to
  // the query or fragment (both ignored).
  const afterScheme = requestUrl.slice(requestUrl.indexOf('//') + 2);
  const slash = afterScheme.search(/[/?#]/);
  const rawPath = slash === -1 || afterScheme[slash] !== '/' ? '/' : afterScheme.slice(slash).split(/[?#]/, 1)[0]!;

  // An encoded separator or NUL is never part of a real file name in the build; "a%2f..%2fb"
  // would otherwise become a path the URL parser never saw as one.
  if (/%(2f|5c|00)/i.test(rawPath)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (FORBIDDEN_DECODED.test(decoded) || DOUBLE_ENCODED.test(decoded)) return null;

  // "//etc/passwd" would be an absolute path once the leading slash is removed.
  const relative = decoded.slice(1);
  if (relative.startsWith('/')) return null;
  const segments = relative.split('/');
  for (const segment of segments) {
    if (segment === '.' || segment === '') continue; // harmless: path.resolve drops them
    // ".." leaves the folder; Windows also strips trailing dots and spaces ("..." or ".. " → ".."),
    // and a colon is a drive letter ("C:") or an alternate data stream ("index.html::$DATA").
    if (segment === '..' || /[. ]$/.test(segment) || segment.includes(':')) return null;
  }
  const filePart = relative === '' || relative.endsWith('/') ? relative + DEFAULT_DOCUMENT : relative;

  let realRoot: string;
  try {
    realRoot = fs.realpathSync(rootDir);
  } catch {
    return null; // no renderer build: nothing to serve
  }
  const candidate = path.resolve(realRoot, filePart);
  if (!isInside(realRoot, candidate)) return null;

  // Follow symlinks: a link inside the folder must not lead out of it. A path that does not exist
  // yet is judged by its deepest existing ancestor, so a linked directory cannot smuggle it out.
  const real = realpathOfExistingPart(candidate);
  if (real === null || !isInside(realRoot, real)) return null;
  if (fs.existsSync(candidate)) {
    // Only regular files are served; a directory or a device is a 404.
    if (!fs.statSync(real).isFile()) return null;
    return real;
  }
  return candidate;
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel);
}

function realpathOfExistingPart(target: string): string | null {
  let current = target;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      // Something is there but cannot be resolved: a dangling or looping symlink. Its target could
      // appear later, outside the folder, so refuse instead of walking up.
      if (lexists(current)) return null;
      const parent = path.dirname(current);
      if (parent === current) return null;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

function lexists(target: string): boolean {
  try {
    fs.lstatSync(target);
    return true;
  } catch {
    return false;
  }
}
