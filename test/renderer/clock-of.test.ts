/** Times of instants in the window follow the organisation's clock (setting orgTimeZone), whatever the machine's zone. */
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../renderer/src/format.js';

describe('clockOf', () => {
  it('writes a report time on the organisation\'s clock: 9:05 in Tokyo, 7:05 in Bangkok; 09:05 in English', () => {
    expect(clockOf('2026-11-25T00:05:00Z', 'ja', 'Asia/Tokyo')).toBe('9:05');
    expect(clockOf('2026-11-25T00:05:00Z', 'ja', 'Asia/Bangkok')).toBe('7:05');
    expect(clockOf('2026-11-25T00:05:00Z', 'en', 'Asia/Tokyo')).toBe('09:05');
  });
});
