/** A labelled <select> with its hint and its error beside it — the select counterpart of Field. */
import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './field.js';

export interface SelectFieldProps<T extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

export function SelectField<T extends string>({ id, label, value, options, onChange, error, hint, ...rest }: SelectFieldProps<T>) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(described) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} {...described} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
