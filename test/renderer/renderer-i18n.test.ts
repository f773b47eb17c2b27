/**
 * The window's translations (renderer/src/i18n.ts): the Japanese start catalogue at once, a view's
 * words when its part is fetched, and a language switch that shows the new language only once every
 * part fetched so far is here in it — the open view stays on screen meanwhile.
 */
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { createRendererI18n } from '../../renderer/src/i18n.js';

describe("the window's translations", () => {
  it("has Today's words at start, a view's words once its part is fetched, and English with every part once switched", async () => {
    const i18n = createRendererI18n();
    expect(i18n.t('day.addBlock')).toBe(ja.day.addBlock);
    expect(i18n.t('supervisor.title')).toBe('supervisor.title'); // not fetched yet: the key as it is
    expect(i18n.has(['supervisor'])).toBe(false);
    await i18n.load(['supervisor']);
    expect(i18n.has(['supervisor'])).toBe(true);
    expect(i18n.t('supervisor.intro')).toBe(ja.supervisor.intro);

    const changed = vi.fn();
    i18n.subscribe(changed);
    const before = i18n.current();
    const switching = i18n.use('en');
    // While English arrives, Japanese stays shown and the open view keeps its words.
    expect(i18n.language).toBe('ja');
    expect(i18n.has(['supervisor'])).toBe(true);
    await switching;
    expect(changed).toHaveBeenCalledTimes(1);
    expect(i18n.language).toBe('en');
    expect(i18n.current()).not.toBe(before);
    expect(i18n.current().i18n.language).toBe('en');
    expect(i18n.t('day.addBlock')).toBe(en.day.addBlock);
    expect(i18n.t('supervisor.intro')).toBe(en.supervisor.intro);
    expect(i18n.t('day.focusOnBlock', { minutes: 25, count: 1 })).toBe('focus 25 min, 1 interruption');
    expect(i18n.t('day.focusOnBlock', { minutes: 25, count: 3 })).toBe('focus 25 min, 3 interruptions');

    // A part first asked for in English comes in English; back to Japanese, it is fetched in Japanese.
    await i18n.load(['week']);
    expect(i18n.t('week.patternHelp')).toBe(en.week.patternHelp);
    await i18n.use('ja');
    expect(i18n.t('week.patternHelp')).toBe(ja.week.patternHelp);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('a second switch made while the first is on its way wins', async () => {
    const i18n = createRendererI18n();
    const first = i18n.use('en');
    const second = i18n.use('ja');
    await Promise.all([first, second]);
    expect(i18n.language).toBe('ja');
  });
});
