/** Changing one setting the way the settings view does: read them all, send them all back changed. */
import type { TechoApi } from '../../shared/ipc/api.js';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract.js';
import { ok } from './typed-client.js';

export async function changeSettings(api: TechoApi, change: (settings: ChannelOutput<'settings:get'>) => ChannelInput<'settings:update'>) {
  return api.settingsUpdate(change(await ok(api.settingsGet())));
}
