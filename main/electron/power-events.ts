/**
 * The PowerEvents port on Electron's powerMonitor (use after the app is ready). Unlocking the
 * screen also counts as a resume: after a night with the lid closed Windows does not always
 * report 'resume', and the scheduler recomputes idempotently, so a second hint costs nothing.
 */
import { powerMonitor } from 'electron';
import type { PowerEvents } from '../ports/notifier.js';

export function createElectronPowerEvents(): PowerEvents {
  return {
    onSuspend(listener) {
      // A wrapper per subscription: the same function subscribed twice unsubscribes independently.
      const handler = () => listener();
      powerMonitor.on('suspend', handler);
      return () => void powerMonitor.off('suspend', handler);
    },
    onResume(listener) {
      const handler = () => listener();
      powerMonitor.on('resume', handler);
      powerMonitor.on('unlock-screen', handler);
      return () => {
        powerMonitor.off('resume', handler);
        powerMonitor.off('unlock-screen', handler);
      };
    },
  };
}
