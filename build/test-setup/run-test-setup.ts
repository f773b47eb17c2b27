/**
 * The first step of `npm test` (build/scripts/test-setup.mjs runs it): find the browser the tests
 * and the PDF export will use; as root on Debian/Ubuntu install what is missing; otherwise stop at
 * once with one message saying what to run — before lint and the unit tests, not after them with a
 * stack trace per browser test.
 */
import { spawnSync } from 'node:child_process';
import { machineSetupFacts } from './machine-setup-facts.js';
import { installFailedMessage, installedLine, installingLine, readyLine } from './setup-messages.js';
import { planTestSetup } from './test-setup-plan.js';

function apt(args: readonly string[]): { ok: true } | { ok: false; detail: string } {
  const r = spawnSync('apt-get', args, {
    // apt's progress is noise in a test log; its errors (stderr) stay visible.
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error) return { ok: false, detail: r.error.message };
  return r.status === 0 ? { ok: true } : { ok: false, detail: `apt-get ${args[0]} exited with ${r.status ?? r.signal}` };
}

/** As `.ci/run` did. Another apt-get may be running on a shared machine: wait for its lock rather than fail. */
function installDebianPackages(packages: readonly string[]) {
  const update = apt(['update', '-qq']);
  if (!update.ok) return update;
  return apt(['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...packages]);
}

export function runTestSetup(): number {
  let plan = planTestSetup(machineSetupFacts(), { install: true });
  if (plan.kind === 'install') {
    console.log(installingLine(plan.packages));
    const started = performance.now();
    const installed = installDebianPackages(plan.packages);
    // A failed install only stops the run when the browser is still missing: an optional tool that
    // apt could not provide (no mirror, a held package) costs the tests that need it, which say so.
    if (installed.ok) console.log(installedLine((performance.now() - started) / 1000));
    else console.error(installFailedMessage(plan.packages, installed.detail));
    plan = planTestSetup(machineSetupFacts(), { install: false });
  }
  if (plan.kind === 'ready') {
    console.log(readyLine(plan.browser));
    for (const note of plan.notes) console.log(note);
    return 0;
  }
  console.error(plan.kind === 'fail' ? plan.message : 'npm test: unexpected set-up plan');
  return 1;
}
