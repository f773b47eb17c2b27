/** export:* — daily reports exported for a range, downloaded (preview) or saved into a chosen folder. */
import { fsExportFolder } from '../adapters/file-writer.js';
import type { DayService } from '../services/day-service.js';
import { createExportService } from '../services/export-service.js';
import { createExportToFolder } from '../services/export-to-folder.js';
import type { ReminderService } from '../services/reminder-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { SurveyService } from '../services/survey-service.js';
import { base64File } from './base64.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function exportsFeature({ ports, t }: FeatureContext, deps: { days: DayService; reminders: ReminderService; settings: SettingsService; survey: Pick<SurveyService, 'namedResponses'> }) {
  const exports = createExportService({ days: deps.days, reminders: deps.reminders, settings: deps.settings.get, namedSurvey: deps.survey.namedResponses, now: ports.clock.now, version: ports.version }, t, ports.pdfPrinter);
  const toFolder = createExportToFolder({ exports, picker: ports.folderPicker, folder: ports.exportFolder ?? fsExportFolder });
  const handlers: GroupHandlers<'export'> = {
    'export:files': async ({ from, to, formats, encoding }) => {
      const { files, lost, days } = await exports.build(from, to, formats, encoding);
      return { files: files.map(base64File), lost, days };
    },
    'export:toFolder': ({ from, to, formats, encoding }) => toFolder(from, to, formats, encoding),
  };
  return { handlers };
}
