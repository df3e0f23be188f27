import type { InputHTMLAttributes, Ref } from 'react';
import { describedBy, Field, type FieldProps } from './field';

export type TextFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> | undefined };

/** A labelled input; spread `register(name)` into it. */
export function TextField({ id, label, error, hint, optional, ref, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional ?? false}>
      <input
        id={id}
        ref={ref}
        className={className ? `field__control ${className}` : 'field__control'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </Field>
  );
}
