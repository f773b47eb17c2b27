// `npm run test:stress [-- --repeat N] [playwright args…]`: the e2e suite with two busy CPU burners
// beside it, as on CI where the 2 cores are shared with other work. A test that waits on time
// instead of on what the user sees fails here; alone it would pass. Runs the suite N times in a row
// (stopping at the first failure), prints each run's summary line, and exits with Playwright's code.
// The burners are stopped whatever happens: a pass, a failure, a crash, Ctrl+C, a kill (only an
// uncatchable SIGKILL of this script would leave them running).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const at = args.indexOf('--repeat');
const repeat = at === -1 ? 1 : Number(args[at + 1]);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error('test:stress: --repeat takes a whole number of runs, e.g. `npm run test:stress -- --repeat 3`');
  process.exit(2);
}
const playwrightArgs = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');

const burners = [1, 2].map(() => spawn(process.execPath, ['-e', 'for(;;);'], { stdio: 'ignore' }));
const stopBurners = () => burners.forEach((b) => b.exitCode === null && b.signalCode === null && b.kill('SIGKILL'));
process.on('exit', stopBurners);

let suite; // the running Playwright; on Ctrl+C (or a kill) it stops as on a Ctrl+C and reports what it saw
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopBurners();
    // To its whole group (runner and workers), as a terminal sends Ctrl+C: SIGTERM would end the
    // runner at once, with no summary, leaving its workers to fend for themselves.
    if (!suite) process.exit(130);
    try {
      process.kill(-suite.pid, 'SIGINT');
    } catch {
      // already gone: its 'close' reports it
    }
  });
}

/** One Playwright run: its output passes through; resolves to its exit code and summary lines. */
function runSuite() {
  return new Promise((resolve) => {
    // Its own process group, so a Ctrl+C reaches it once (forwarded above), not twice (which makes
    // Playwright quit without its report), and stops with it whoever sent it.
    suite = spawn(process.execPath, [cli, 'test', ...playwrightArgs], { stdio: ['inherit', 'pipe', 'inherit'], detached: true });
    let out = '';
    suite.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    suite.on('close', (code, signal) => {
      suite = undefined;
      // eslint-disable-next-line no-control-regex -- colour codes, if a reporter forces them
      const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
      const summary = plain.split('\n').filter((l) => /^\s*\d+ (passed|failed|flaky|skipped|interrupted|did not run)\b/.test(l));
      const early = `(no summary: Playwright stopped early${signal ? ` by ${signal}` : ''})`;
      resolve({ code: code ?? 130, summary: summary.map((l) => l.trim()).join(', ') || early });
    });
  });
}

const summaries = [];
let code = 0;
try {
  for (let run = 1; run <= repeat && code === 0; run++) {
    console.log(`\ntest:stress: run ${run}/${repeat}, two CPU burners busy beside it`);
    const result = await runSuite();
    code = result.code;
    summaries.push(`run ${run}/${repeat}: ${result.summary}${code === 0 ? '' : ` (exit ${code})`}`);
  }
} finally {
  stopBurners();
}
console.log(`\ntest:stress summaries:\n${summaries.map((s) => `  ${s}`).join('\n')}`);
process.exit(code);
