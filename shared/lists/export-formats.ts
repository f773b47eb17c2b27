/**
 * The daily-report export formats. The contract, the export service, the export view and the
 * command line all take their choices from this list, so a format added here is offered and
 * accepted everywhere at once (a hand-kept `.max(5)` once refused all six together).
 */
import { z } from 'zod';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'md', 'html', 'pdf', 'ics'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'v.choice' });
export type ExportFormat = z.infer<typeof exportFormatSchema>;
