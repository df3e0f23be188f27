import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type FieldProps = {
  id: string;
  label: string;
  /** Translated error text; the control gets aria-invalid and is described by it. */
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
};

/** Ids of the hint and error, in reading order, for the control's aria-describedby. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * Label, hint and error around one control. The error comes before the control, as in the
 * GOV.UK pattern, so it is read before the value and seen before the eye reaches the box.
 */
export function Field({ id, label, error, hint, optional, children }: FieldProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('form.optional')}</span>}
      </label>
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
      {children}
    </div>
  );
}
