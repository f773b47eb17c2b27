import type { CatalogueShape } from '../catalogue-shape.js';
import type { focusJa } from '../ja/focus.js';

/** English: the focus timer. `satisfies` holds it to exactly the keys of ja/focus.ts. */
export const focusEn = {
  focus: {
    title: 'Focus timer',
    free: 'Focused work',
    block: 'Plan item',
    noBlock: '(no plan item)',
    length: 'Length',
    lengths: { block: 'What is left of the plan item', m90: '90 min', m120: '120 min', custom: 'Custom (min)' },
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
    interruptionCount_one: '{{count}} interruption',
    logged: '"{{kind}}" logged.',
    finished: 'Focus time is over ({{minutes}} min, {{count}} interruptions). Mark the plan item done or continue it.',
    finished_one: 'Focus time is over ({{minutes}} min, {{count}} interruption). Mark the plan item done or continue it.',
    markDone: 'Mark done',
    markContinue: 'Continue',
    outcomeNote: 'Result note',
    notifyEnd: 'Focus time is over ({{minutes}} min)',
    none: 'No focus session.',
    wrongState: 'The focus timer cannot do that in its current state. Check what the screen shows.',
    alreadyRunning: 'The focus timer is already running. Finish the current session first.',
  },
} as const satisfies CatalogueShape<typeof focusJa>;
