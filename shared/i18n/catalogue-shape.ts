/**
 * Type-level tools over a catalogue (a nested object of strings): what a translation must look
 * like, and the dotted paths of its leaves — the keys `t` accepts.
 */

/** Same keys, any text: what each English feature file `satisfies` against its Japanese twin. */
export type CatalogueShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]> };

/** "app.title" | "reminders.kinds.startReport" | …: every path that ends at a string. */
export type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
