import type { InputHTMLAttributes, Ref } from 'react';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  ref?: Ref<HTMLInputElement> | undefined;
};

/** A native checkbox with its label beside it (and an optional hint below, tied to it). */
export function CheckboxField({ id, label, hint, ref, ...input }: CheckboxFieldProps) {
  return (
    <div className="checkbox-block">
      <div className="checkbox-field">
        <input id={id} ref={ref} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
