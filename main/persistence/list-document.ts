/** A stored document that is one list under one key (inventory.json, templates.json), at most `max` long. */
import { z } from 'zod';
import type { DocumentType } from './document-repository.js';

export function listDocument<K extends string, T>(key: K, item: z.ZodType<T>, max: number): DocumentType<{ [P in K]: T[] }> {
  return {
    version: 1,
    migrations: [],
    schema: z.strictObject({ [key]: z.array(item).max(max) }) as unknown as z.ZodType<{ [P in K]: T[] }>,
    defaults: () => ({ [key]: [] }) as unknown as { [P in K]: T[] },
  };
}
