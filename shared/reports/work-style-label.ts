/**
 * Where a day was worked, in words: 「在宅勤務」, or 「午前在宅勤務・午後出勤」 for a half-day mix. One
 * key set (`places.*`) for the reports, the exports and the views, so they always name it alike.
 */
import type { WorkStyle } from '../day/day-schema.js';
import type { Place } from '../lists/places.js';
import type { TranslateFn } from '../i18n/translator.js';

/** `afterSatellite` follows the satellite place (the report puts the office's name there). */
export function workStyleLabel(style: Pick<WorkStyle, 'am' | 'pm'>, t: TranslateFn, afterSatellite = ''): string {
  const place = (p: Place) => `${t(`places.${p}`)}${p === 'satellite' ? afterSatellite : ''}`;
  return style.am === style.pm ? place(style.am) : t('reports.halfDays', { am: place(style.am), pm: place(style.pm) });
}
