// Where the Electron binary is, or why it is not there. The `electron` npm package downloads its
// binary on first use; offline that fails, so we look before we leap.
import fs from 'node:fs';
import path from 'node:path';

export function electronBinary(root = process.cwd()) {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return { ok: false, reason: 'the Electron binary is not installed (node_modules/electron/path.txt missing; it is downloaded on a machine with internet)' };
  }
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { ok: false, reason: `the Electron binary is missing at ${binary}` };
  return { ok: true, path: binary };
}
