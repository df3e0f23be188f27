import { inviteUserRequestSchema } from '@promata/contracts';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { SelectField } from '../../components/form/select-field';
import { applyServerFieldErrors } from '../../components/form/server-field-errors';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { supportedLanguages } from '../../i18n/languages';
import { useSessionStore } from '../auth/session-context';
import { inviteUser } from './staff-api';
import { StaffAlert } from './staff-alert';
import { staffErrorKey } from './staff-error';
import { assignableRoles, isStaffRole, type StaffActor } from './user-policy';
import { DialogActions } from './dialog-actions';

type Values = z.input<typeof inviteUserRequestSchema>;

const summaryFields = [
  { name: 'email', id: 'invite-email' },
  { name: 'name', id: 'invite-name' },
  { name: 'role', id: 'invite-role' },
  { name: 'locale', id: 'invite-locale' },
] as const;

/** E-mail, name, role (only those the caller may give) and the language of the invitation. */
export function InviteUserDialog({
  actor,
  onInvited,
  onClose,
}: {
  actor: StaffActor;
  onInvited: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const roles = assignableRoles(actor.role);
  const form = useForm<Values, unknown, z.output<typeof inviteUserRequestSchema>>({
    resolver: contractResolver(inviteUserRequestSchema),
    defaultValues: { email: '', name: '', role: 'GUEST', locale: 'pt-BR' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });

  return (
    <ModalDialog
      heading={t('staff.users.inviteDialog.heading')}
      description={<p>{t('staff.users.inviteDialog.text')}</p>}
      onClose={onClose}
      testId="invite-dialog"
    >
      {(close) => {
        const submit = form.handleSubmit(async (values) => {
          setApiError(undefined);
          try {
            const invited = await inviteUser(session, values);
            close();
            onInvited(t('staff.users.inviteDialog.sent', { email: invited.email }));
          } catch (error) {
            if (staffErrorKey(error) === 'emailTaken') {
              form.setError('email', { type: 'server', message: t('staff.errors.emailTaken') }, { shouldFocus: true });
            } else if (!applyServerFieldErrors(error, form.setError, ['email', 'name', 'role', 'locale'])) {
              setApiError(error);
            }
          }
        });
        return (
          <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
            <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
            <StaffAlert error={apiError} testId="invite-error" />
            <TextField
              id="invite-email"
              label={t('staff.users.inviteDialog.email')}
              type="email"
              autoComplete="off"
              inputMode="email"
              spellCheck={false}
              error={errorText(errors.email?.message)}
              {...form.register('email')}
            />
            <TextField
              id="invite-name"
              label={t('staff.users.inviteDialog.name')}
              autoComplete="off"
              error={errorText(errors.name?.message)}
              {...form.register('name')}
            />
            <SelectField
              id="invite-role"
              label={t('staff.users.inviteDialog.role')}
              hint={
                actor.role !== 'ROOT'
                  ? t('staff.users.inviteDialog.roleHint')
                  : isStaffRole(role)
                    ? t('staff.users.inviteDialog.staffHint')
                    : undefined
              }
              options={roles.map((value) => ({ value, label: t(`account.roles.${value}`) }))}
              error={errorText(errors.role?.message)}
              {...form.register('role')}
            />
            <SelectField
              id="invite-locale"
              label={t('staff.users.inviteDialog.locale')}
              options={supportedLanguages.map((language) => ({
                value: language,
                label: t(`language.names.${language}`),
                lang: language,
              }))}
              error={errorText(errors.locale?.message)}
              {...form.register('locale')}
            />
            <DialogActions
              label={t('staff.users.inviteDialog.submit')}
              busy={isSubmitting}
              testId="invite-submit"
              onCancel={close}
            />
          </form>
        );
      }}
    </ModalDialog>
  );
}
