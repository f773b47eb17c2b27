import type { CatalogueShape } from '../catalogue-shape.js';
import type { focusJa } from '../ja/focus.js';

/** English: the focus timer. `satisfies` holds it to exactly the keys of ja/focus.ts. */
export const focusEn = {
  focus: {
    title: 'Focus timer',
    free: 'Focused work',
    block: 'Block',
    noBlock: '(no block)',
    length: 'Length',
    lengths: { block: 'What is left of the block', m90: '90 min', m120: '120 min', custom: 'Custom (min)' },
    customMinutes: 'Minutes',
    countSleep: 'Count time the PC sleeps as focus',
    start: 'Start focusing',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Finish',
    extend: 'Add 15 min',
    remaining: 'Left',
    paused: 'Paused',
    running: 'Focusing: {{title}}',
    progress: '{{focused}} of {{planned}} min',
    interruptions: 'Log an interruption (keys 1–4)',
    interruptionKinds: { phone: 'Phone', visitor: 'Visitor', chat: 'Chat', other: 'Other' },
    interruptionCount: '{{count}} interruptions',
    logged: '"{{kind}}" logged.',
    finished: 'Focus time is over ({{minutes}} min, {{count}} interruptions). How is the block?',
    markDone: 'Mark done',
    markContinue: 'Continue',
    outcomeNote: 'Result note',
    notifyEnd: 'Focus time is over ({{minutes}} min)',
    onBlock: 'focus {{minutes}} min, {{count}} interruptions',
    none: 'No focus session.',
    wrongState: 'That is not possible right now.',
    alreadyRunning: 'A focus session is already running.',
  },
} as const satisfies CatalogueShape<typeof focusJa>;
