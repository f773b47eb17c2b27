import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockTimeSchema, fromMinutes, toMinutes } from '../../shared/time/clock-time.js';

describe('clock time', () => {
  it('round-trips every minute of the day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => toMinutes(fromMinutes(m)) === m));
  });
  it('accepts 00:00 to 23:59 and refuses impossible times', () => {
    expect(clockTimeSchema.safeParse('08:30').success).toBe(true);
    expect(clockTimeSchema.safeParse('23:59').success).toBe(true);
    for (const bad of ['24:00', '8:30', '12:60', '', '08:30:00', ' 08:30']) {
      expect(clockTimeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
