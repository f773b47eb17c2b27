/** The kinds of 予定 (集中作業, 電子決裁・供覧の確認, 会議, Web研修, 連絡調整, 休憩, その他). */
import { z } from 'zod';

export const BLOCK_KINDS = ['focus', 'approval', 'meeting', 'webTraining', 'coordination', 'break', 'other'] as const;
export const blockKindSchema = z.enum(BLOCK_KINDS, { error: 'v.choice' });
export type BlockKind = z.infer<typeof blockKindSchema>;
