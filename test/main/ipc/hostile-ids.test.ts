/**
 * Ids arrive from the renderer; a hostile one (path characters, dot segments, NUL) must be refused
 * by the contract as invalid_input on every channel that takes an id, before any service sees it.
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { HOSTILE_IDS } from '../../helpers/hostile-ids.js';

const tempDir = useTempDir();

describe('hostile ids', () => {
  it.each(HOSTILE_IDS)('reminder:done and reminder:snooze refuse %j as invalid_input', async (id) => {
    const app = testApp(tempDir());
    expect(await app.router.dispatch('reminder:done', { id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.router.dispatch('reminder:snooze', { id, minutes: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(app.errors).toEqual([]);
  });

  it.each(HOSTILE_IDS)('every other id-taking channel refuses %j as invalid_input', async (id) => {
    const app = testApp(tempDir());
    const date = '2026-11-25';
    const calls: [string, unknown][] = [
      ['app:dismissNotice', { id }],
      ['day:deleteBlock', { date, id }],
      ['record:deleteInterruption', { date, id, reason: '' }],
      ['template:delete', { id }],
      ['template:apply', { date, id }],
      ['inventory:delete', { id }],
      ['checklist:setItemDone', { date, id, done: true }],
      ['checklist:removeItem', { date, id }],
      ['checklist:attachPdf', { date, id }],
      ['checklist:removePdf', { date, id }],
      ['checklist:removeApproval', { date, id }],
      ['data:restore', { id }],
      ['data:wipe', { exportId: id, confirmation: '' }],
    ];
    for (const [channel, payload] of calls) {
      expect(await app.router.dispatch(channel, payload), channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(app.errors).toEqual([]);
  });
});
