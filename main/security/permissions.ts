/**
 * Web permissions the app page may get. Electron grants every permission by default (camera,
 * microphone, geolocation, clipboard read, …); the app needs only notifications (reminders) and
 * writing plain text to the clipboard (「コピー」 of a start/end report), so everything else is
 * refused — clipboard *read* included — as are permissions added in future Chromium versions.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
