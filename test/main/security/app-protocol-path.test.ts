import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAppRequestPath } from '../../../main/security/app-protocol-path.js';

// A fake renderer build next to a "secret" file outside it:
//   <tmp>/renderer/index.html, assets/app.js, docs/index.html, 日報.html, inner-link → assets/app.js
//   <tmp>/renderer/outside-file → <tmp>/secret.txt, outside-dir → <tmp>/private, dangling → <tmp>/later.txt
//   <tmp>/root-link → <tmp>/renderer (the root itself reached through a symlink)
// Built at collection time (not in beforeAll) because the tables below name these paths.
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'techo-protocol-')));
const root = path.join(tmp, 'renderer');
const real = (p: string) => path.join(root, p);
{
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(root, 'docs'));
  fs.mkdirSync(path.join(tmp, 'private'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(root, 'docs', 'index.html'), '');
  fs.writeFileSync(path.join(root, '日報.html'), '');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(tmp, 'private', 'data.json'), '{}');
  fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'inner-link'));
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'outside-file'));
  fs.symlinkSync(path.join(tmp, 'private'), path.join(root, 'outside-dir'), 'dir');
  fs.symlinkSync(path.join(tmp, 'later.txt'), path.join(root, 'dangling'));
  fs.symlinkSync(root, path.join(tmp, 'root-link'), 'dir');
}

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('resolveAppRequestPath: files it serves', () => {
  it.each([
    ['app://techo/', 'index.html'],
    ['app://techo', 'index.html'],
    ['app://techo/index.html', 'index.html'],
    ['app://techo/index.html?v=1', 'index.html'],
    ['app://techo/index.html#/settings', 'index.html'],
    ['app://techo/?q=../../secret.txt', 'index.html'],
    ['app://techo/#../../secret.txt', 'index.html'],
    ['app://TECHO/index.html', 'index.html'],
    ['app://techo/assets/app.js', 'assets/app.js'],
    ['app://techo/./assets/app.js', 'assets/app.js'],
    ['app://techo/assets//app.js', 'assets/app.js'],
    ['app://techo/docs/', 'docs/index.html'],
    ['app://techo/%E6%97%A5%E5%A0%B1.html', '日報.html'],
    ['app://techo/inner-link', 'assets/app.js'], // a symlink that stays inside is fine
  ])('%s → <root>/%s', (url, file) => {
    expect(resolveAppRequestPath(root, url)).toBe(real(file));
  });

  it('returns a path inside the root for a file that does not exist (the handler answers 404)', () => {
    expect(resolveAppRequestPath(root, 'app://techo/missing.js')).toBe(real('missing.js'));
    expect(resolveAppRequestPath(root, 'app://techo/assets/missing.js')).toBe(real('assets/missing.js'));
  });

  it('accepts a root reached through a symlink (the root is resolved too)', () => {
    expect(resolveAppRequestPath(path.join(tmp, 'root-link'), 'app://techo/index.html')).toBe(real('index.html'));
    expect(resolveAppRequestPath(path.join(tmp, 'root-link') + path.sep, 'app://techo/assets/app.js')).toBe(
      real('assets/app.js'),
    );
  });
});

describe('resolveAppRequestPath: requests it refuses', () => {
  it.each([
    // dot segments, raw (only reachable if Chromium did not canonicalise) and encoded
    'app://techo/../secret.txt',
    'app://techo/assets/../../secret.txt',
    'app://techo/..',
    'app://techo/%2e%2e/secret.txt',
    'app://techo/%2E%2E/secret.txt',
    'app://techo/.%2e/secret.txt',
    'app://techo/%2e./secret.txt',
    'app://techo/assets/%2e%2e/%2e%2e/secret.txt',
    'app://techo/%2e%2e%2fsecret.txt',
    'app://techo/..%2fsecret.txt',
    'app://techo/..%2Fsecret.txt',
    'app://techo/assets%2f..%2f..%2fsecret.txt',
    'app://techo/assets%2fapp.js', // an encoded separator is never a real file name
    // double encoding
    'app://techo/%252e%252e/secret.txt',
    'app://techo/%252e%252e%252fsecret.txt',
    // backslashes (a separator on Windows), raw and encoded
    'app://techo/..\\secret.txt',
    'app://techo/assets\\..\\..\\secret.txt',
    'app://techo/..%5csecret.txt',
    'app://techo/..%5Csecret.txt',
    'app://techo/%5c%5cserver%5cshare',
    // Windows trailing-dot/space normalisation, drive letters, streams
    'app://techo/.../secret.txt',
    'app://techo/..%20/secret.txt',
    'app://techo/index.html.',
    'app://techo/C:/Windows/win.ini',
    'app://techo/C%3A/Windows/win.ini',
    'app://techo/index.html::$DATA',
    // NUL and control characters
    'app://techo/index.html%00.png',
    'app://techo/index.html\u0000',
    'app://techo/index%0a.html',
    'app://techo/index.html\n',
    'app://techo/index .html',
    // absolute-path tricks
    'app://techo//etc/passwd',
    'app://techo/%2fetc/passwd',
    'app://techo/%2Fetc%2Fpasswd',
    `app://techo/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
    // symlinks that lead out of the root
    'app://techo/outside-file',
    'app://techo/outside-dir/data.json',
    'app://techo/outside-dir/',
    'app://techo/outside-dir/missing.json',
    'app://techo/dangling',
    // directories are not files
    'app://techo/assets',
    // malformed percent-encoding
    'app://techo/%E6%97',
    'app://techo/%zz',
    // other origins and schemes
    'app://evil/index.html',
    'app://techo.evil/index.html',
    'app://techo:8080/index.html',
    'app://user:pw@techo/index.html',
    'app:/index.html',
    'app:index.html',
    'https://techo/index.html',
    'file:///etc/passwd',
    `file://${path.join(root, 'index.html')}`,
    'javascript:alert(1)',
    'data:text/html,hi',
    '',
    'index.html',
    '/index.html',
  ])('%j → null', (url) => {
    expect(resolveAppRequestPath(root, url)).toBeNull();
  });

  it('serves nothing when the root does not exist', () => {
    expect(resolveAppRequestPath(path.join(tmp, 'no-such-build'), 'app://techo/index.html')).toBeNull();
  });

  it('never returns the root folder itself', () => {
    // "/" maps to index.html; a bare "." segment names the folder, which is not a file.
    expect(resolveAppRequestPath(root, 'app://techo/.')).toBeNull();
    expect(resolveAppRequestPath(root, 'app://techo/./')).toBe(real('index.html'));
  });
});
