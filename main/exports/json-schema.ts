/** The published JSON Schemas, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { orgDefaultsSchema } from '../../shared/org/org-defaults-schema.js';
import { reportDocumentSchema } from '../../shared/reports/report-document.js';

export const SCHEMA_FILES = {
  'daily-report.schema.json': () => ({ $id: 'https://telework-techo.invalid/schemas/daily-report.schema.json', ...z.toJSONSchema(reportDocumentSchema) }),
  'org-defaults.schema.json': () => ({ $id: 'https://telework-techo.invalid/schemas/org-defaults.schema.json', ...z.toJSONSchema(orgDefaultsSchema) }),
} as const;
