import type { Logger } from '../ports/logger.js';

/** Diagnostics go to stderr only — nothing is sent anywhere (no telemetry). */
export const consoleLogger: Logger = {
  error: (message, error) => console.error(`[techo] ${message}`, error ?? ''),
  info: (message) => console.error(`[techo] ${message}`),
};
