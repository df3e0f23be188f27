import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextFieldProps } from './text-field';
import { describedBy, Field } from './field';

type PasswordFieldProps = Omit<TextFieldProps, 'type'> & {
  autoComplete: 'current-password' | 'new-password';
};

/**
 * A password input with a "show password" checkbox: a native checkbox states plainly whether the
 * password is visible, for every user and assistive technology, unlike an icon button.
 */
export function PasswordField({ id, label, error, hint, optional, ref, ...input }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);

  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional ?? false}>
      <input
        id={id}
        ref={ref}
        type={visible ? 'text' : 'password'}
        className="field__control"
        // Spell checkers and autocorrect must not see or alter a visible password.
        spellCheck={false}
        autoCapitalize="none"
        autoCorrect="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <label className="field__toggle">
        <input
          type="checkbox"
          checked={visible}
          aria-controls={id}
          onChange={(event) => setVisible(event.target.checked)}
        />
        {t('form.showPassword')}
      </label>
    </Field>
  );
}
