/**
 * What broke into a focus session (割り込み): phone, visitor, chat, other. The block's focus
 * statistics keep one count per kind, so their shape is derived from this list too.
 */
import { z } from 'zod';

export const INTERRUPTION_KINDS = ['phone', 'visitor', 'chat', 'other'] as const;
export const interruptionKindSchema = z.enum(INTERRUPTION_KINDS, { error: 'v.choice' });
export type InterruptionKind = z.infer<typeof interruptionKindSchema>;
