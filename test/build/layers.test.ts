/**
 * The layer rules are enforced twice, the way VS Code does it: ESLint's no-restricted-imports per
 * folder, and a tsconfig per layer whose `lib`/`types` leave out what the layer may not use.
 * These tests prove both fire on real violations, so a broken config cannot pass silently.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function lintErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules (ESLint)', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import Store from 'electron-store';"],
    ['shared/x.ts', "import fs from 'node:fs';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { createApp } from '../main/app/create-app.js';"],
    ['shared/ipc/x.ts', "import { App } from '../../renderer/src/app.js';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import fs from 'node:fs';"],
    ['renderer/src/x.ts', "import { createRouter } from '../../main/ipc/router.js';"],
    ['main/services/x.ts', "import { Notification } from 'electron';"],
    ['main/services/x.ts', "import Store from 'electron-store';"],
    ['main/persistence/x.ts', "const { app } = require('electron');"],
    ['main/ipc/x.ts', "import { App } from '../../renderer/src/app.js';"],
  ])('%s may not: %s', async (file, code) => {
    const errors = await lintErrors(file, `${code}\nexport const x = 1;\n`);
    expect(errors.some((e) => /no-restricted-imports|no-restricted-globals|no-require-imports/.test(e)), errors.join('\n')).toBe(true);
  });

  it.each([
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/services/x.ts', "import fs from 'node:fs';\nexport const x = fs;"],
    ['renderer/src/x.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/x.ts', "import { z } from 'zod';\nexport const x = z;"],
    // Inside main/: what the layer rules below must still let through.
    ['main/services/x.ts', "import { channels } from '../../shared/ipc/contract.js';\nimport type { EventBus } from '../ports/event-bus.js';\nimport { UserError } from './user-error.js';\nexport const x = [channels, UserError] as unknown as EventBus;"],
    ['main/data/x.ts', "import { createDayService } from '../services/day-service.js';\nexport const x = createDayService;"],
    ['main/exports/x.ts', "import { nationalHoliday } from '../../shared/calendar/national-holidays.js';\nexport const x = nationalHoliday;"],
    ['main/ports/x.ts', "import type { Clock } from './clock.js';\nimport type { StorageNotice } from '../../shared/storage/storage-notice.js';\nexport type X = [Clock, StorageNotice];"],
    ['main/features/x.ts', "import { checkPdfFile } from '../adapters/pdf-file-check.js';\nexport const x = checkPdfFile;"],
  ])('%s may: %s', async (file, code) => {
    expect(await lintErrors(file, code)).toEqual([]);
  });

  it('services may not read the system clock or set timers (time is a port)', async () => {
    expect(await lintErrors('main/services/x.ts', 'export const t = Date.now();')).not.toEqual([]);
    expect(await lintErrors('main/services/x.ts', 'setTimeout(() => {}, 1);\nexport {};')).not.toEqual([]);
    expect(await lintErrors('shared/x.ts', 'export const t = Date.now();')).not.toEqual([]);
  });
});

describe('layers inside main/ (ESLint)', () => {
  const ports = /Ports are the bottom of main/;
  const onPorts = /Services, data and persistence work on ports/;
  const pure = /Export and supervisor builders are pure/;
  const composition = /main\/app assembles/;
  it.each([
    ['main/services/x.ts', "import { createRouter } from '../ipc/router.js';", onPorts],
    ['main/services/x.ts', "import { checkPdfFile } from '../adapters/pdf-file-check.js';", onPorts],
    ['main/services/x.ts', "import { composeApp } from '../app/compose-app.js';", onPorts],
    ['main/data/x.ts', "import { createEventBus } from '../ipc/event-bus.js';", onPorts],
    ['main/data/x.ts', "import { writeExportFiles } from '../adapters/file-writer.js';", onPorts],
    ['main/persistence/x.ts', "import { createRouter } from '../ipc/router.js';", onPorts],
    ['main/persistence/x.ts', "import { writeFileAtomically } from '../adapters/atomic-file.js';", onPorts],
    ['main/exports/x.ts', "import { nationalHoliday } from '../services/calendar-service.js';", pure],
    ['main/supervisor/x.ts', "import type { DayService } from '../services/day-service.js';", pure],
    ['main/supervisor/nested/x.ts', "import type { DayService } from '../../services/day-service.js';", pure],
    ['main/features/x.ts', "import { composeApp } from '../app/compose-app.js';", composition],
    ['main/ipc/x.ts', "import { createApp } from '../app/create-app.js';", composition],
    ['main/ports/x.ts', "import type { TrayState } from '../services/tray-state.js';", ports],
    ['main/ports/x.ts', "import type { Router } from '../ipc/router.js';", ports],
    ['main/ports/x.ts', "import { writeExportFiles } from '../adapters/file-writer.js';", ports],
  ])('%s may not: %s', async (file, code, rule) => {
    const errors = await lintErrors(file, `${code}\nexport const x = 1;\n`);
    expect(errors.some((e) => e.startsWith('no-restricted-imports') && rule.test(e)), errors.join('\n')).toBe(true);
  });

  it('a rule for main/ keeps the Electron rule (ESLint replaces rule options per block, it does not merge them)', async () => {
    for (const file of ['main/services/x.ts', 'main/exports/x.ts', 'main/features/x.ts', 'main/ports/x.ts']) {
      expect(await lintErrors(file, "import { app } from 'electron';\nexport const x = app;")).toEqual([expect.stringMatching(/Only main\/electron\//)]);
    }
  });
});

describe('layer rules (a tsconfig per layer)', () => {
  function typecheck(layerConfig: string, probe: string): string {
    const dir = fs.mkdtempSync(path.join(root, 'test', '.probe-'));
    try {
      fs.writeFileSync(path.join(dir, 'probe.ts'), probe);
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: path.join(root, layerConfig), include: [], files: ['probe.ts'] }),
      );
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      return '';
    } catch (error) {
      return String((error as { stdout?: string }).stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('shared/ cannot see the DOM or Node globals', () => {
    const out = typecheck('tsconfig.shared.json', 'export const a = document.title;\nexport const b = process.env;\n');
    expect(out).toMatch(/Cannot find name 'document'/);
    expect(out).toMatch(/Cannot find name 'process'/);
  });

  it('the renderer cannot see Node', () => {
    const out = typecheck('tsconfig.renderer.json', "import fs from 'node:fs';\nexport const a = fs;\nexport const b = process.env;\n");
    expect(out).toMatch(/node:fs|Cannot find name 'process'/);
  });

  it('the probe itself type-checks when it stays in its layer', () => {
    expect(typecheck('tsconfig.shared.json', 'export const a: number = 1;\n')).toBe('');
  });
});
