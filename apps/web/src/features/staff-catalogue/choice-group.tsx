import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A group of radios or checkboxes under a legend, with a hint and an error for the whole group:
 * the fieldset is described by them, so a screen reader reads them when entering the group.
 */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  inline = false,
  children,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Options side by side where they fit (short labels). */
  inline?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'choice-group choice-group--invalid' : 'choice-group'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className={inline ? 'choice-group__options choice-group__options--inline' : 'choice-group__options'}>
        {children}
      </div>
    </fieldset>
  );
}

/** One radio or checkbox of a ChoiceGroup; spread `register(name)` into it. */
export function Choice({
  id,
  label,
  type,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  id: string;
  label: string;
  type: 'radio' | 'checkbox';
  ref?: Ref<HTMLInputElement> | undefined;
}) {
  return (
    <div className="checkbox-field">
      <input id={id} type={type} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
