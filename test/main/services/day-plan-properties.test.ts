import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOverlap } from '../../../shared/day/day-schema.js';
import { applyOrgDefaults } from '../../../main/services/org-import.js';
import { fromMinutes } from '../../../shared/time/clock-time.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';

const minute = fc.integer({ min: 0, max: 1439 }).map((m) => m - (m % 5));
const edit = fc.record({
  start: minute,
  length: fc.integer({ min: -60, max: 240 }),
  existing: fc.nat(10),
  kind: fc.constantFrom('focus', 'approval', 'meeting', 'break'),
  remove: fc.boolean(),
});

describe('day plan properties', () => {
  it('whatever sequence of edits arrives, the stored day never has overlaps, and a refused edit changes nothing on disk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits) => {
        const dir = tempDir();
        const app = testApp(dir);
        const file = path.join(dir, 'days', '2026-11.json');
        const bytes = () => (fs.existsSync(file) ? fs.readFileSync(file).toString('base64') : '');
        let view = await ok(app.api.dayGet({ date: DATE }));
        for (const e of edits) {
          const blocks = view.day.blocks;
          const target = blocks.length > 0 && e.existing < blocks.length ? blocks[e.existing] : undefined;
          const before = bytes();
          const end = e.start + e.length;
          const res =
            e.remove && target
              ? await app.api.dayDeleteBlock({ date: DATE, id: target.id })
              : await app.api.daySaveBlock({
                  date: DATE,
                  id: target?.id ?? null,
                  block: { start: fromMinutes(e.start), end: end >= 0 && end < 1440 ? fromMinutes(end) : '24:00', title: '作業', kind: e.kind, status: 'planned', note: '', inventoryId: null },
                });
          if (res.ok) {
            view = res.data;
            expect(findOverlap(view.day.blocks)).toBeUndefined();
          } else {
            expect(res.error.code).toBe('invalid_input');
            expect(res.error.message.length).toBeGreaterThan(0);
            expect(bytes()).toBe(before);
          }
        }
        const reopened = await testApp(dir).api.dayGet({ date: DATE });
        expect(reopened).toMatchObject({ ok: true, data: { day: view.day } });
      }),
      { numRuns: 40 },
    );
  });
});

describe('organisation defaults: all or nothing', () => {
  it('puts back what was applied when a later part fails to save', () => {
    const state = { hours: 'old', zone: 'old', days: 'old', kinds: 'old' };
    const set = (key: keyof typeof state) => (value: unknown) => {
      const before = state[key];
      state[key] = String(value);
      return () => (state[key] = before);
    };
    expect(() =>
      applyOrgDefaults(
        { format: 'telework-techo/org-defaults', version: 1, workHours: { start: '08:30', end: '17:15', breaks: [] }, orgTimeZone: 'Asia/Bangkok', holidays: [], blockKinds: ['focus'] },
        {
          workHours: set('hours'),
          orgTimeZone: set('zone'),
          holidays: set('days'),
          blockKinds: () => {
            throw new Error('disk full');
          },
          inventory: set('kinds'),
          templates: set('kinds'),
          checklist: set('kinds'),
          trial: set('kinds'),
        },
      ),
    ).toThrow('disk full');
    expect(state).toEqual({ hours: 'old', zone: 'old', days: 'old', kinds: 'old' });
  });
});
