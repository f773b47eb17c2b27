/** OS notifications and power events: ports, so the scheduler runs (and is tested) without Electron. */
export interface NotificationRequest {
  /** Short, nothing sensitive: it may appear on a locked screen. */
  title: string;
  body: string;
  /** What clicking it should open ("today", "report/start", …). */
  view: string;
}

export interface Notifier {
  /** False when the OS did not show it (unsupported, denied, Focus Assist): the banner and tray still do. */
  show(request: NotificationRequest): boolean;
}

export interface PowerEvents {
  onSuspend(listener: () => void): () => void;
  onResume(listener: () => void): () => void;
}

/** For the browser preview and tests where there is no OS notification. */
export const noNotifier: Notifier = { show: () => false };
export const noPowerEvents: PowerEvents = { onSuspend: () => () => {}, onResume: () => () => {} };
