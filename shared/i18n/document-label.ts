/**
 * A stored document's name as the user reads it, for notices (renderer) and refusals (main):
 * "days/2026-11" → 「2026年11月の日々の記録」; "settings" → 「設定」; unknown names as they are.
 */
import type { StorageProblemReason } from '../storage/storage-notice.js';
import { storageJa } from './ja/storage.js';
import type { TranslateFn } from './translator.js';

type DocumentKey = keyof typeof storageJa.notice.documents;
type MonthlyKey = Extract<DocumentKey, `${string}Month`>;
type SingleKey = Exclude<DocumentKey, MonthlyKey>;

// Names arrive as data (a notice read back, an error from the store): only those the catalogue
// words are looked up, the rest are shown as they are.
const isMonthly = (key: string): key is MonthlyKey => key.endsWith('Month') && Object.hasOwn(storageJa.notice.documents, key);
const isSingle = (key: string): key is SingleKey => !key.endsWith('Month') && Object.hasOwn(storageJa.notice.documents, key);

export function documentLabel(name: string, t: TranslateFn): string {
  const [folder, month] = name.split('/');
  const monthly = `${folder}Month`;
  const [y, m] = month?.split('-') ?? [];
  if (month !== undefined) return isMonthly(monthly) && y && m ? t(`notice.documents.${monthly}`, { year: y, month: Number(m) }) : name;
  return isSingle(name) ? t(`notice.documents.${name}`) : name;
}

/** The parts every storage message shares: which document, why, and what to do about it. */
export function storageProblemParams(
  problem: { document: string; reason?: StorageProblemReason | undefined; path?: string | undefined },
  t: TranslateFn,
): { document: string; reason: string; fix: string; path: string } {
  return {
    document: documentLabel(problem.document, t),
    reason: problem.reason ? t(`storage.reasons.${problem.reason}`) : '',
    fix: problem.reason ? t(`storage.fixes.${problem.reason}`) : '',
    path: problem.path ?? '',
  };
}
