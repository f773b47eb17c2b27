/** supervisor:* — staff reports imported for the session, the 確認 trail, the team table for Excel. */
import { openDocument } from '../persistence/document-repository.js';
import type { SettingsService } from '../services/settings-service.js';
import { checksDocument, createSupervisorService } from '../services/supervisor-service.js';
import { base64 } from './base64.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function supervisorFeature({ documents, ports, t }: FeatureContext, settings: SettingsService) {
  const supervisor = createSupervisorService({
    checks: openDocument('supervisor-checks', checksDocument, documents),
    clock: ports.clock,
    checker: () => settings.get().profile.name || t()('supervisor.defaultChecker'),
    t,
    timeZone: () => settings.get().orgTimeZone,
  });
  const handlers: GroupHandlers<'supervisor'> = {
    'supervisor:import': ({ files }) => supervisor.import(files),
    'supervisor:view': ({ date }) => supervisor.view(date),
    'supervisor:check': ({ staffId, date }) => supervisor.check(staffId, date),
    'supervisor:choose': ({ staffId, date, version }) => supervisor.choose(staffId, date, version),
    'supervisor:day': ({ staffId, date }) => supervisor.day(staffId, date),
    'supervisor:clear': () => supervisor.clear(),
    'supervisor:exportCsv': ({ encoding }) => {
      const { name, bytes, lost } = supervisor.csvFile(encoding);
      return { name, base64: base64(bytes), lost };
    },
    'supervisor:exportXlsx': async () => {
      const { name, bytes } = await supervisor.xlsxFile();
      return { name, base64: base64(bytes) };
    },
  };
  return { handlers };
}
