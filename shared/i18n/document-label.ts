/**
 * A stored document's name as the user reads it, for notices (renderer) and refusals (main):
 * "days/2026-11" → 「2026-11 の日々の記録」; "settings" → 「設定」; unknown names as they are.
 */
export type LabelTranslate = (key: string, options?: Record<string, unknown>) => string;

export function documentLabel(name: string, t: LabelTranslate): string {
  const [folder, month] = name.split('/');
  if (month) return t(`notice.documents.${folder}Month`, { month, defaultValue: name });
  return t(`notice.documents.${name}`, { defaultValue: name });
}

/** The parts every storage message shares: which document, why, and what to do about it. */
export function storageProblemParams(problem: { document: string; reason?: string | undefined; path?: string | undefined }, t: LabelTranslate): Record<string, string> {
  return {
    document: documentLabel(problem.document, t),
    reason: problem.reason ? t(`storage.reasons.${problem.reason}`) : '',
    fix: problem.reason ? t(`storage.fixes.${problem.reason}`) : '',
    path: problem.path ?? '',
  };
}
