import type { Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, Field, type FieldProps } from './field';

export type TextAreaFieldProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { ref?: Ref<HTMLTextAreaElement> | undefined };

/** A labelled multi-line input; spread `register(name)` into it. */
export function TextAreaField({ id, label, error, hint, optional, ref, ...textarea }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional ?? false}>
      <textarea
        id={id}
        ref={ref}
        className="field__control field__control--multiline"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </Field>
  );
}
