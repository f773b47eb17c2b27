import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInfo } from '../../shared/calendar/day-kind.js';
import { eraYear, formatDate, formatShortDate } from '../../shared/calendar/japanese-date.js';
import { addDays, fiscalYear, isRealDate, localDateOf, localMinutesOf, weekStart, weekday } from '../../shared/calendar/local-date.js';

describe(`calendar dates (TZ=${process.env.TZ ?? 'system'})`, () => {
  it('runs in the zone it says it does', () => {
    const offset = new Date(2026, 0, 1).getTimezoneOffset();
    if (process.env.TZ === 'America/Los_Angeles') expect(offset).toBe(480);
    if (process.env.TZ === 'Asia/Tokyo') expect(offset).toBe(-540);
  });

  it('formats dates as a Japanese office writes them, with 元年', () => {
    expect(formatDate('2025-06-02')).toBe('令和7年(2025年)6月2日(月)');
    expect(formatDate('2019-05-01')).toBe('令和元年(2019年)5月1日(水)');
    expect(formatDate('2019-04-30')).toBe('平成31年(2019年)4月30日(火)');
    expect(formatDate('2026-11-25', 'en')).toBe('Wed, 25 Nov 2026');
    expect(formatShortDate('2026-11-25')).toBe('11/25(水)');
  });

  it('knows the 年度 (from 1 April)', () => {
    expect(fiscalYear('2026-03-31')).toBe(2025);
    expect(fiscalYear('2026-04-01')).toBe(2026);
  });

  it('adds days across months, years and DST changes of the machine zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // US DST starts on 2026-03-08
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02'); // and ends on 2026-11-01
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
  });

  it('property: addDays is invertible and moves the weekday by the same amount', () => {
    const dates = fc.date({ min: new Date('1990-01-01'), max: new Date('2049-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const moved = addDays(d, n);
        return isRealDate(moved) && addDays(moved, -n) === d && weekday(moved) === (((weekday(d) + n) % 7) + 7) % 7;
      }),
    );
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '20261125']) expect(isRealDate(bad), bad).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
  });

  it('reads local date and minutes of an instant in the machine zone', () => {
    const instant = new Date(2026, 10, 25, 23, 59).getTime();
    expect(localDateOf(instant)).toBe('2026-11-25');
    expect(localMinutesOf(instant)).toBe(23 * 60 + 59);
  });

  it('classifies 地方公共団体の休日: weekends, 祝日, 年末年始, the organisation days', () => {
    const national = (d: string) => (d === '2026-11-23' ? { name: '勤労感謝の日', nameEn: 'Labor Thanksgiving Day' } : undefined);
    const org = [{ date: '2026-06-02', name: '開庁記念日' }];
    expect(dayInfo('2026-11-23', national, org)).toMatchObject({ kind: 'national', name: '勤労感謝の日', isHoliday: true });
    expect(dayInfo('2026-12-29', national, org)).toMatchObject({ kind: 'yearEnd', isHoliday: true });
    expect(dayInfo('2027-01-04', national, org)).toMatchObject({ kind: 'workday', isHoliday: false });
    expect(dayInfo('2026-06-02', national, org)).toMatchObject({ kind: 'organisation', name: '開庁記念日' });
    expect(dayInfo('2026-11-28', national, org).kind).toBe('saturday');
  });
});

describe('the era of a date', () => {
  it('changes on the first day of 平成 and 令和, and the first year is 元年', () => {
    expect(eraYear('1989-01-07')).toBe('昭和64年');
    expect(eraYear('1989-01-08')).toBe('平成元年');
    expect(eraYear('2019-04-30')).toBe('平成31年');
    expect(eraYear('2019-05-01')).toBe('令和元年');
    expect(eraYear('2026-12-01')).toBe('令和8年');
    expect(formatDate('2019-05-01')).toBe('令和元年(2019年)5月1日(水)');
  });

  it('agrees with ICU’s Japanese calendar on every day from 大正 to 2100 (a new era in ICU fails here until the table has it)', () => {
    const icu = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
    const differ: string[] = [];
    for (let t = Date.UTC(1912, 6, 30); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const date = d.toISOString().slice(0, 10);
      const parts = icu.formatToParts(d);
      const year = parts.find((p) => p.type === 'year')!.value;
      const expected = `${parts.find((p) => p.type === 'era')!.value}${year === '1' ? '元' : year}年`;
      if (eraYear(date) !== expected && differ.push(`${date}: ${eraYear(date)} ≠ ICU ${expected}`) > 5) break;
    }
    expect(differ).toEqual([]);
  });

  it('asks ICU for dates before 大正', () => {
    expect(eraYear('1912-07-29')).toBe('明治45年');
    expect(eraYear('1873-01-01')).toBe('明治6年');
    expect(eraYear('1868-10-23')).toBe('明治元年');
  });
});
