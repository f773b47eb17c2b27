/** ← previous / (optional middle) / next → buttons, for stepping through days and weeks. */
import type { ReactNode } from 'react';

export function StepNav({ label, prev, next, children }: { label: string; prev: { text: string; go: () => void }; next: { text: string; go: () => void }; children?: ReactNode }) {
  return (
    <nav className="day-nav" aria-label={label}>
      <button type="button" className="secondary" onClick={prev.go}>
        ← {prev.text}
      </button>
      {children}
      <button type="button" className="secondary" onClick={next.go}>
        {next.text} →
      </button>
    </nav>
  );
}
