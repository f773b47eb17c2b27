/** Where main writes diagnostics (never shown to the user as a stack trace; never sent anywhere). */
export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

export const silentLogger: Logger = { error() {}, info() {} };
