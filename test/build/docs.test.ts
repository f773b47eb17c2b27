/**
 * The docs stay true where they can be checked: docs/architecture.md names every IPC channel group
 * and event of the contract, and every page the README links to exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/ipc/channel-names.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the docs', () => {
  it('architecture.md names every channel group and event of the contract', () => {
    const doc = read('docs/architecture.md');
    const groups = new Set(CHANNEL_NAMES.map((c) => c.split(':')[0]));
    for (const g of groups) expect(doc, `channel group ${g}`).toContain(`\`${g}:*\``);
    for (const e of EVENT_NAMES) expect(doc, `event ${e}`).toContain(`\`${e}\``);
  });

  it('the README is a door of at most 150 lines, and every page it links to exists', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    const links = [...readme.matchAll(/\]\(((?:docs\/)[^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(fs.existsSync(path.join(root, link)), link).toBe(true);
  });
});
