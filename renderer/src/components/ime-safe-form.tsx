/**
 * A form whose Enter key does not submit while a Japanese IME is confirming a conversion
 * (DOMAIN.md: an Enter that confirms `isComposing` must not submit).
 */
import type { ComponentProps, KeyboardEvent, ReactNode } from 'react';

export function isImeEnter(e: KeyboardEvent): boolean {
  // keyCode 229 is what Chromium reports for keys the IME consumed, on some platforms without isComposing.
  return e.key === 'Enter' && (e.nativeEvent.isComposing || e.keyCode === 229);
}

export function ImeSafeForm(props: ComponentProps<'form'>) {
  return (
    <form
      {...props}
      onKeyDown={(e) => {
        if (isImeEnter(e)) e.preventDefault();
        props.onKeyDown?.(e);
      }}
    />
  );
}

/** A one-line form named for screen readers: submitting (Enter or its button) runs `onSave`, never a page load. */
export function InlineForm({ label, onSave, children }: { label: string; onSave: () => void; children: ReactNode }) {
  return (
    <ImeSafeForm
      className="inline-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {children}
    </ImeSafeForm>
  );
}
