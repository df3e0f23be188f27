import type { Ref, SelectHTMLAttributes } from 'react';
import { describedBy, Field, type FieldProps } from './field';

export type SelectOption = { value: string; label: string; lang?: string };

export type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly SelectOption[];
    ref?: Ref<HTMLSelectElement> | undefined;
  };

export function SelectField({ id, label, error, hint, optional, options, ref, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional ?? false}>
      <select
        id={id}
        ref={ref}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
