/**
 * Walks a zod schema to say whether a field path ("block.end", "workHours.breaks.0.end") names a
 * place in the values it accepts: object keys, array indexes and record keys, through the wrappers
 * (optional, nullable, default, pipe, union …). Used to hold main to one convention: every field a
 * refusal names is a real path of that channel's input.
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isIndex = (segment: string) => /^(0|[1-9]\d*)$/.test(segment);

export function isInputPath(schema: z.ZodType, path: readonly string[]): boolean {
  if (path.length === 0) return true;
  const def = defOf(schema);
  const [head, ...rest] = path as [string, ...string[]];
  switch (def.type) {
    case 'object':
      return Object.hasOwn(def.shape!, head) && isInputPath(def.shape![head]!, rest);
    case 'array':
      return isIndex(head) && isInputPath(def.element!, rest);
    case 'tuple': {
      const item = isIndex(head) ? (def.items![Number(head)] ?? def.rest ?? undefined) : undefined;
      return item !== undefined && isInputPath(item, rest);
    }
    case 'record':
      return isInputPath(def.valueType!, rest);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return isInputPath(def.innerType!, path);
    case 'pipe':
      return isInputPath(def.in!, path) || isInputPath(def.out!, path);
    case 'union':
      return def.options!.some((option) => isInputPath(option, path));
    case 'intersection':
      return isInputPath(def.left!, path) || isInputPath(def.right!, path);
    case 'lazy':
      return isInputPath(def.getter!(), path);
    default:
      return false; // a leaf (string, number, enum …) has nothing inside it
  }
}
