import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSystemTimeZone, windowsToIana, zoneFromLink } from '../../../main/adapters/system-time-zone.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('following the OS time zone', () => {
  it.each([
    ['/usr/share/zoneinfo/Asia/Tokyo', 'Asia/Tokyo'],
    ['../usr/share/zoneinfo/America/Los_Angeles', 'America/Los_Angeles'],
    ['/var/db/timezone/zoneinfo/Europe/Berlin', 'Europe/Berlin'], // macOS
    ['/usr/share/zoneinfo/posix/Asia/Bangkok', 'Asia/Bangkok'],
    ['/usr/share/zoneinfo/Not/AZone', undefined],
    ['/etc/somewhere-else', undefined],
  ])('reads the zone from the link %s', (target, zone) => {
    expect(zoneFromLink(target)).toBe(zone);
  });

  it.each([
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['Pacific Standard Time\r\n', 'America/Los_Angeles'],
    ['No Such Time', undefined],
  ])('maps the Windows zone %j to IANA', (name, zone) => {
    expect(windowsToIana(name)).toBe(zone);
  });

  it('makes the process compute in the zone the OS link names, and says so once', () => {
    const link = path.join(tempDir(), 'localtime');
    fs.symlinkSync('/usr/share/zoneinfo/Asia/Tokyo', link);
    const env: NodeJS.ProcessEnv = {};
    process.env.TZ = 'America/Los_Angeles';
    const source = createSystemTimeZone({ platform: 'linux', env, localtimePath: link });
    expect(source.sync()).toEqual({ from: 'America/Los_Angeles', to: 'Asia/Tokyo' });
    expect(env.TZ).toBe('Asia/Tokyo');
  });

  it('respects a zone the user pinned with TZ at launch', () => {
    const link = path.join(tempDir(), 'localtime');
    fs.symlinkSync('/usr/share/zoneinfo/Asia/Tokyo', link);
    process.env.TZ = 'America/Los_Angeles';
    const source = createSystemTimeZone({ platform: 'linux', env: { TZ: 'America/Los_Angeles' }, localtimePath: link });
    expect(source.sync()).toBeUndefined();
  });

  it('on Windows asks tzutil in the background at most every 30 s (monotonic) and follows its answer at once', () => {
    let t = 0;
    const queries: ((name: string | undefined) => void)[] = [];
    process.env.TZ = ''; // not pinned (an empty TZ: the process computes in UTC until the OS says otherwise)
    const source = createSystemTimeZone({ platform: 'win32', env: process.env, now: () => t, readWindowsZone: (done) => void queries.push(done) });
    expect(source.sync()).toBeUndefined(); // asked, no answer yet
    queries[0]!('Tokyo Standard Time');
    t += 20_000;
    expect(source.sync()).toMatchObject({ to: 'Asia/Tokyo' }); // no new query within 30 s
    expect(queries).toHaveLength(1);
    t += 10_000;
    source.sync();
    queries[1]!('Pacific Standard Time');
    expect(new Date(Date.UTC(2026, 10, 25, 12)).getHours()).toBe(4); // followed as the answer came
    expect(source.sync()).toEqual({ from: 'Asia/Tokyo', to: 'America/Los_Angeles' }); // and reported
    expect(source.sync()).toBeUndefined();
  });
});
