import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../main/security/permissions.js';

describe('isPermissionAllowed', () => {
  it.each([
    ['notifications', true],
    ['Notifications', false],
    ['notifications ', false],
    ['media', false],
    ['geolocation', false],
    ['clipboard-read', false],
    ['clipboard-sanitized-write', true], // copy a report; reading stays denied
    ['display-capture', false],
    ['fullscreen', false],
    ['openExternal', false],
    ['pointerLock', false],
    ['midi', false],
    ['midiSysex', false],
    ['hid', false],
    ['serial', false],
    ['usb', false],
    ['fileSystem', false],
    ['idle-detection', false],
    ['local-fonts', false],
    ['storage-access', false],
    ['window-management', false],
    ['unknown', false],
    ['', false],
    ['some-future-permission', false],
  ])('%j → %s', (permission, expected) => {
    expect(isPermissionAllowed(permission)).toBe(expected);
  });
});
