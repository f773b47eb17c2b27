/**
 * IPC fuzzing: random payloads on every channel. Every call must come back as a typed result
 * (never a throw, never an internal error), and a refused call must leave every stored file
 * byte-for-byte as it was. Bounded: a fixed number of runs per channel.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/channel-names.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { HOSTILE_IDS } from '../../helpers/hostile-ids.js';

const tempDir = useTempDir();
const RUNS_PER_CHANNEL = 1000;

/** Every file under the data folder with its bytes, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const p = path.join(dir, rel);
    if (fs.statSync(p).isFile()) out[rel] = fs.readFileSync(p).toString('base64');
  }
  return out;
}

const hostileId = fc.constantFrom(...HOSTILE_IDS);

// Payloads shaped like the contract's inputs but wrong in one way or another, plus anything at all.
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }),
  fc.record({ date: fc.oneof(fc.string(), fc.constant('2026-02-30'), fc.integer()), id: fc.oneof(fc.string({ maxLength: 60 }), fc.constant('__proto__')) }),
  fc.record({ date: fc.constant('2026-11-25'), block: fc.anything({ maxDepth: 2 }) }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "date": "2026-11-25"}')),
  fc.record({ text: fc.string({ maxLength: 200 }) }),
  // Requests shaped exactly like each id-taking channel's input, but with a hostile id (path
  // characters, dot segments, NUL): the contract must refuse them as invalid_input (issue #14).
  fc.oneof(
    fc.record({ id: hostileId }),
    fc.record({ id: hostileId, minutes: fc.constantFrom(5, 10, 15) }),
    fc.record({ date: fc.constant('2026-11-25'), id: hostileId }),
    fc.record({ date: fc.constant('2026-11-25'), id: hostileId, reason: fc.constant('') }),
    fc.record({ date: fc.constant('2026-11-25'), id: hostileId, done: fc.boolean() }),
    fc.record({ exportId: hostileId, confirmation: fc.constant('') }),
  ),
);

describe('IPC fuzzing', () => {
  it(`answers ${RUNS_PER_CHANNEL} hostile payloads on each of the ${CHANNEL_NAMES.length} channels with a typed result; refusals change nothing on disk`, async () => {
    const dir = tempDir();
    const app = testApp(dir);
    // Some stored state to protect.
    await app.router.dispatch('day:saveBlock', { date: '2026-11-25', id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } });
    await app.router.dispatch('inventory:save', { id: null, item: { title: '窓口', kind: 'other', telework: 'no', reason: 'counter', minutes: 60, note: '' } });
    let calls = 0;
    for (const channel of CHANNEL_NAMES) {
      await fc.assert(
        fc.asyncProperty(hostile, async (payload) => {
          if (payload === undefined) return; // a valid "no input"
          const before = snapshot(dir);
          const res = await app.router.dispatch(channel, payload);
          calls++;
          expect(typeof res.ok).toBe('boolean');
          if (!res.ok) {
            expect(res.error.code, `${channel}: ${res.error.message}`).not.toBe('internal');
            expect(res.error.message.length).toBeGreaterThan(0);
            expect(snapshot(dir)).toEqual(before);
          }
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 20261125 },
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(app.errors).toEqual([]);
    expect(calls).toBeGreaterThan(CHANNEL_NAMES.length * 100);
  }, 120_000);
});
