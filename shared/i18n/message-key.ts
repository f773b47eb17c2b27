/**
 * The keys of the catalogue as types, so a missing or misspelt key — including one built in a
 * template string such as `reminders.kinds.${ReminderKind}` — is a compile error, and so is a
 * message called without the values its {{placeholders}} need. The Japanese catalogue is the
 * reference; en.ts is held to the same keys.
 */
import type { LeafKeys } from './catalogue-shape.js';
import { ja } from './ja.js';

type Catalogue = typeof ja;

export type MessageKey = LeafKeys<Catalogue>;

/** The Japanese text at a dotted path (a union of texts for a union of keys). */
type TextAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TextAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type PlaceholdersOf<K extends MessageKey> = Placeholders<TextAt<Catalogue, K>>;

/** Keys whose message has no placeholder (the only kind a zod schema can name in its `error`). */
export type PlainMessageKey = { [K in MessageKey]: [PlaceholdersOf<K>] extends [never] ? K : never }[MessageKey];

/** Keys whose message interpolates values. */
export type ParamMessageKey = Exclude<MessageKey, PlainMessageKey>;

/** The values a message interpolates, all required: `{ time: … }` for '始業報告の時間です({{time}})'. */
export type MessageParams<K extends ParamMessageKey> = { readonly [N in PlaceholdersOf<K>]: string | number };

/** A key with the values it needs, for messages decided in one place and worded in another. */
export type MessageRef = PlainMessageKey | { [K in ParamMessageKey]: readonly [key: K, params: MessageParams<K>] }[ParamMessageKey];

function textAt(path: string): unknown {
  let node: unknown = ja;
  for (const part of path.split('.')) node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/**
 * For keys that arrive as data (a zod issue's message): true when the catalogue has the key and
 * its message needs no values, so it can be translated as it is.
 */
export function isPlainMessageKey(text: string): text is PlainMessageKey {
  const found = textAt(text);
  return typeof found === 'string' && !found.includes('{{');
}
