/**
 * How a CSV is encoded for Excel. The first is the default: UTF-8 with a BOM (without the BOM,
 * Japanese Excel reads Shift_JIS and garbles the text); CP932 only on request.
 */
import { z } from 'zod';

export const CSV_ENCODINGS = ['utf8bom', 'cp932'] as const;
export const csvEncodingSchema = z.enum(CSV_ENCODINGS, { error: 'v.choice' });
export type CsvEncoding = z.infer<typeof csvEncodingSchema>;
export const DEFAULT_CSV_ENCODING: CsvEncoding = CSV_ENCODINGS[0];
