/**
 * A form whose Enter key does not submit while a Japanese IME is confirming a conversion
 * (DOMAIN.md: an Enter that confirms `isComposing` must not submit).
 */
import type { ComponentProps, KeyboardEvent } from 'react';

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
