/**
 * Child process for the fault test: writes the same document again and again through the real
 * key-value adapter until it is killed. Bundled by the test with esbuild and run with node.
 */
import { createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';

const [dir] = process.argv.slice(2);
const store = createConfStoreFactory(dir!).open('days/2026-11');
const payload = 'あ'.repeat(20_000);
for (let n = 1; ; n++) {
  store.writeAll({ schemaVersion: 1, n, payload: `${payload}${n}`, check: n * 7 });
  if (n === 1) process.stdout.write('ready\n');
}
