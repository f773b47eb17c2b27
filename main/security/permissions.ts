/**
 * Web permissions the app page may get. Electron grants every permission by default (camera,
 * microphone, geolocation, clipboard read, …); the app needs only notifications (reminders), so
 * everything else is refused, including permissions added in future Chromium versions.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
