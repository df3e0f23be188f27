import { forgotPasswordRequestSchema, resendVerificationRequestSchema } from '@promata/contracts';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';

/** The endpoints that take just an e-mail address and always answer 202, whatever the address. */
const schemas = { forgotPassword: forgotPasswordRequestSchema, resendVerification: resendVerificationRequestSchema };
type Values = z.output<typeof forgotPasswordRequestSchema>;

/**
 * One e-mail field and a submit button, validated by the endpoint's contract: the forgotten
 * password and the new confirmation link forms. `send` calls the API; `onSent` gets the address.
 */
export function EmailRequestForm({
  endpoint,
  id,
  label,
  submitLabel,
  send,
  onSent,
  defaultEmail = '',
  intro,
  errorTestId,
}: {
  endpoint: keyof typeof schemas;
  id: string;
  label: string;
  submitLabel: string;
  send: (email: string) => Promise<void>;
  onSent: (email: string) => void;
  defaultEmail?: string | undefined;
  intro?: ReactNode;
  errorTestId?: string;
}) {
  const errorText = useErrorText();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof forgotPasswordRequestSchema>, unknown, Values>({
    resolver: contractResolver(schemas[endpoint]),
    defaultValues: { email: defaultEmail },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async ({ email }) => {
    setApiError(undefined);
    try {
      await send(email);
      onSent(email);
    } catch (error) {
      setApiError(error);
    }
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
      {intro}
      <ErrorSummary errors={errors} fields={[{ name: 'email', id }]} submitted={submitCount > 0} />
      <FormAlert error={apiError} {...(errorTestId ? { testId: errorTestId } : {})} />
      <TextField
        id={id}
        label={label}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errorText(errors.email?.message)}
        {...form.register('email')}
      />
      <div className="form-actions">
        <SubmitButton label={submitLabel} busy={isSubmitting} />
      </div>
    </form>
  );
}
