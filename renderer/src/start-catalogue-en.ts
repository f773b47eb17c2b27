/** The English of catalogues.ts's START_JA (the same files, in the same order): a chunk fetched for an English user. */
import type { Catalogue } from '../../shared/i18n/translate.js';
import { appEn } from '../../shared/i18n/en/app.js';
import { dayEn } from '../../shared/i18n/en/day.js';
import { inventoryEn } from '../../shared/i18n/en/inventory.js';
import { nowEn } from '../../shared/i18n/en/now.js';
import { recordEn } from '../../shared/i18n/en/record.js';
import { reportsEn } from '../../shared/i18n/en/reports.js';

export const START_EN: Catalogue = {
  ...appEn,
  ...dayEn,
  ...recordEn,
  ...nowEn,
  ...reportsEn,
  ...inventoryEn,
};
