import path from 'node:path';

/**
 * The first of `names` found as an executable file in a PATH-style list (as `command -v` would);
 * on Windows the list is `;`-separated and `.exe` is tried. `platform` and the file check are
 * passed in so a lookup can be tested for another platform with stand-in files.
 */
export function findOnPath(names: readonly string[], pathList: string | undefined, platform: string, isExecutableFile: (file: string) => boolean): string | undefined {
  const win = platform === 'win32';
  const dirs = (pathList ?? '').split(win ? ';' : ':').filter((d) => d !== '');
  const join = win ? path.win32.join : path.posix.join;
  for (const dir of dirs) {
    for (const name of names) {
      for (const file of win ? [`${name}.exe`, name] : [name]) {
        const candidate = join(dir, file);
        if (isExecutableFile(candidate)) return candidate;
      }
    }
  }
  return undefined;
}
