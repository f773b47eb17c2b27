/** orgSummary:* — 総務課's summary of the organisation's telework trial, its workbook and printable page. */
import type { SettingsService } from '../services/settings-service.js';
import { createOrgSummaryService } from '../trial/org-summary-service.js';
import { base64 } from './base64.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function orgSummaryFeature({ ports, t }: FeatureContext, settings: SettingsService) {
  const summary = createOrgSummaryService({ settings: () => settings.get(), t, clock: ports.clock, pdfPrinter: ports.pdfPrinter });
  const handlers: GroupHandlers<'orgSummary'> = {
    'orgSummary:import': ({ files, orgText }) => summary.import(files, orgText),
    'orgSummary:current': () => summary.current(),
    'orgSummary:clear': () => summary.clear(),
    'orgSummary:exportXlsx': async () => {
      const { name, bytes } = await summary.xlsxFile();
      return { name, base64: base64(bytes) };
    },
    'orgSummary:exportPdf': async () => {
      const { name, bytes } = await summary.pdfFile();
      return { name, base64: base64(bytes) };
    },
  };
  return { handlers };
}
