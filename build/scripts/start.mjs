// `npm start`: the desktop app with Electron where its binary is installed; otherwise (as on
// machines without internet, where the binary cannot be downloaded) the browser preview.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (binary.ok) {
  // Arguments go through (e.g. `npm start -- --data-dir DIR`); both shells take the data-folder
  // lock themselves, so a second start on the same folder is refused whichever shell runs.
  const child = spawn(binary.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron を起動できません / cannot start Electron: ${binary.reason}`);
  console.log('ブラウザプレビューで起動します / starting the browser preview instead.\n');
  await import('../../dist/preview/preview.js');
}
