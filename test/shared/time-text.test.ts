import { describe, expect, it } from 'vitest';
import { fiscalYearName } from '../../shared/calendar/japanese-date.js';
import { clockText, durationText, stampText } from '../../shared/time/time-text.js';

describe('times, durations and 年度 as text (DOMAIN.md terms table)', () => {
  it('writes 8:30, not 08:30; keeps 12:00 and the 翌 prefix', () => {
    expect(['08:30', '12:00', '00:05', '翌01:15', 'next day 01:15', '8:30', ''].map(clockText)).toEqual(['8:30', '12:00', '0:05', '翌1:15', 'next day 1:15', '8:30', '']);
  });

  it('writes durations as 7時間14分, never 434分 or 1.1時間', () => {
    expect([434, 60, 45, 0, 90.4].map((m) => durationText(m))).toEqual(['7時間14分', '1時間', '45分', '0分', '1時間30分']);
    expect([434, 60, 45].map((m) => durationText(m, 'en'))).toEqual(['7 h 14 min', '1 h', '45 min']);
  });

  it('names the 年度 in 和暦 (令和8年度, 令和元年度), FY2026 in English', () => {
    expect(fiscalYearName(2026)).toBe('令和8');
    expect(fiscalYearName(2019)).toBe('令和元');
    expect(fiscalYearName(2026, 'en')).toBe('2026');
  });

  it('writes an instant on the organisation\'s clock as 11/25(水) 18:05, never the ISO date', () => {
    expect(stampText('2026-11-25T09:05:00Z', 'Asia/Tokyo')).toBe('11/25(水) 18:05');
    expect(stampText('2026-11-24T23:30:00Z', 'Asia/Tokyo')).toBe('11/25(水) 8:30');
    expect(stampText('2026-11-25T09:05:00Z', 'Asia/Bangkok')).toBe('11/25(水) 16:05');
  });
});
