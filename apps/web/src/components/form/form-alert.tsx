import { useApiErrorText } from './api-error-text';

/**
 * The outcome of a submission the API refused, announced at once. The live region is always in
 * the page, so screen readers notice when text appears in it.
 */
export function FormAlert({ error, testId }: { error: unknown; testId?: string }) {
  const apiErrorText = useApiErrorText();
  return (
    <div role="alert" className={error ? 'form-alert' : undefined} data-testid={testId}>
      {error ? apiErrorText(error) : null}
    </div>
  );
}

/** A polite confirmation ("saved"), announced without interrupting. */
export function FormSuccess({ message, testId }: { message: string | undefined; testId?: string }) {
  return (
    <div role="status" className={message ? 'form-success' : undefined} data-testid={testId}>
      {message}
    </div>
  );
}
