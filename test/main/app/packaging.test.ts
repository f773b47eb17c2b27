/**
 * electron-builder.yml checked as far as this machine allows (no Electron download here): the
 * file is loaded and validated by electron-builder's own loader and JSON schema, and the settings
 * the roll-out depends on are asserted. Building the installers needs a machine with internet
 * (docs/installing.md, "Installing at a municipality").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('packaging config (electron-builder.yml)', async () => {
  const config = await getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);

  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a broken config (the validation is real)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachine: 'sometimes' } } as never, new DebugLogger(false))).rejects.toThrow();
  });

  it('per-user NSIS without admin rights in Japanese, MSI, AppImage and deb, dmg; no auto-update', () => {
    expect(config.appId).toBe('jp.lg.telework-techo');
    expect(config.productName).toBe('テレワーク手帳');
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, installerLanguages: ['ja_JP'] });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
    expect(config.directories?.buildResources).toBe('build');
  });

  it('flips the fuses from ENGINEERING.md', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
