/**
 * The renderer's `t` (react-i18next) checks its keys and interpolation values against the Japanese
 * catalogue; `strictKeyChecks` keeps a `defaultValue` from letting an unknown key through.
 *
 * i18next types a plain {{placeholder}} as a string, but the views pass counts and minutes as
 * numbers (i18next prints them as they are, like main's TranslateFn accepts). So i18next is shown
 * the catalogue with each placeholder written as {{name, value}}, a format mapped to
 * `string | number` below; messages without placeholders are plain strings. Types only: the
 * catalogue i18next runs on is unchanged.
 */
import type { ja } from './ja.js';

type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}` ? `{{${Name}, value}}${Placeholders<Rest>}` : '';
type AsI18nextSees<T> = { [K in keyof T]: T[K] extends string ? (Placeholders<T[K]> extends '' ? string : Placeholders<T[K]>) : AsI18nextSees<T[K]> };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AsI18nextSees<typeof ja> };
    strictKeyChecks: true;
    interpolationFormatTypeMap: { value: string | number };
  }
}
