/** org:import — the organisation defaults file, applied all or nothing. */
import { createOrgImportService, type OrgImportDeps } from '../services/org-import-service.js';
import type { GroupHandlers } from './feature-context.js';

export function orgFeature(deps: OrgImportDeps) {
  const org = createOrgImportService(deps);
  const handlers: GroupHandlers<'org'> = { 'org:import': ({ text }) => org.import(text) };
  return { handlers };
}
