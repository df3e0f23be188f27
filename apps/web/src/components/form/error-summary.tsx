import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

/** A form field as the summary lists it: its name in the form and the id of its control. */
export type SummaryField = { name: string; id: string };

type SummaryEntry = { id: string; message: string };

/** The fields with an error, in the order of the form, with their raw (untranslated) messages. */
export function collectFieldErrors<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  fields: readonly SummaryField[],
): SummaryEntry[] {
  return fields.flatMap(({ name, id }) => {
    const error = get(errors, name) as { message?: unknown } | undefined;
    const message = error?.message;
    return typeof message === 'string' && message !== '' ? [{ id, message }] : [];
  });
}

/**
 * Lists every error of a submitted form, each a link to its field, at the top of the form. The
 * role "alert" announces it; the first invalid field receives focus from react-hook-form.
 */
export function ErrorSummary<Values extends FieldValues>({
  errors,
  fields,
  submitted,
}: {
  errors: FieldErrors<Values>;
  fields: readonly SummaryField[];
  /** Shown after a submit attempt only: errors of a half-typed form are not yet news. */
  submitted: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const entries = submitted ? collectFieldErrors(errors, fields) : [];

  return (
    <div role="alert" className={entries.length > 0 ? 'error-summary' : undefined}>
      {entries.length > 0 && (
        <>
          <h2 className="error-summary__heading">{t('form.errorSummary')}</h2>
          <ul>
            {entries.map(({ id, message }) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    // Focus, not a hash navigation: the router would treat it as a new location.
                    event.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {errorText(message)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
