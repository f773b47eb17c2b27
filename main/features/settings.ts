/** settings:* — and the translator every later feature speaks the user's language with. */
import { openDocument } from '../persistence/document-repository.js';
import { createSettingsService, settingsDocument } from '../services/settings-service.js';
import { userTranslator } from '../services/user-translator.js';
import type { GenerationContext, GroupHandlers } from './feature-context.js';

export function settingsFeature({ bus, documents }: GenerationContext) {
  const settings = createSettingsService(openDocument('settings', settingsDocument, documents), bus);
  // Load at start-up so a damaged file is found (and reported) before the window asks for it.
  settings.get();
  const handlers: GroupHandlers<'settings'> = {
    'settings:get': () => settings.get(),
    'settings:update': (input) => settings.update(input),
  };
  return {
    handlers,
    settings,
    t: userTranslator(() => settings.get().language),
    /** Tells the shell and the windows this generation's settings (after a rebuild). */
    announce: () => bus.emit('settings:changed', settings.get()),
  };
}
