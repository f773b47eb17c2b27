/** A labelled input with its hint and its error message right beside it (read out by screen readers). */
import type { FocusEvent, InputHTMLAttributes, ReactNode, Ref } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** What ties a control to its hint and error. */
type Described = { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/**
 * The frame every form control shares (Field, SelectField): its label, hint and error around it,
 * and the attributes that tie them to the control, for the control `control` builds.
 */
export function FieldFrame({ id, label, hint, error, control }: { id: string; label: string; hint?: string | undefined; error?: string | undefined; control: (described: Described) => ReactNode }) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {control({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <span id={`${id}-error`} className="error-text">
          {error}
        </span>
      )}
    </div>
  );
}

export function Field({ id, label, value, onChange, error, hint, ref, onFocus, ...rest }: FieldProps) {
  // Times and numbers are replaced, not appended to: their text is selected when focus arrives.
  const selectNumbers = (e: FocusEvent<HTMLInputElement>) => {
    if (rest.inputMode === 'numeric') e.currentTarget.select();
    onFocus?.(e);
  };
  const input = (described: Described) => <input ref={ref} id={id} value={value} onChange={(e) => onChange(e.target.value)} onFocus={selectNumbers} {...described} {...rest} />;
  return <FieldFrame id={id} label={label} hint={hint} error={error} control={input} />;
}
