import { roleSchema, type Role } from '@promata/contracts';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { SelectField } from '../../components/form/select-field';
import { submitOnce } from '../../components/form/submit-once';
import { useErrorText } from '../../components/form/use-error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { updateUser, type UserSummary } from './staff-api';
import { StaffAlert } from './staff-alert';
import { isStaleListError } from './staff-error';
import { isStaffRole } from './user-policy';
import { DialogActions } from './dialog-actions';

const roleFormSchema = z.object({ role: roleSchema });

/** The new role (among those the caller may give) and, in the same step, what it will cause. */
export function ChangeRoleDialog({
  user,
  roles,
  onChanged,
  onStale,
  onClose,
}: {
  user: UserSummary;
  roles: readonly Role[];
  onChanged: (message: string) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof roleFormSchema>, unknown, z.output<typeof roleFormSchema>>({
    resolver: contractResolver(roleFormSchema),
    defaultValues: { role: roles[0] ?? user.role },
  });
  const { errors, isSubmitting } = form.formState;
  const chosen = useWatch({ control: form.control, name: 'role' });
  const roleName = (role: Role) => t(`account.roles.${role}`);

  return (
    <ModalDialog
      heading={t('staff.users.roleDialog.heading')}
      description={
        <p>{t('staff.users.roleDialog.text', { name: user.name, email: user.email, role: roleName(user.role) })}</p>
      }
      onClose={onClose}
      testId="role-dialog"
    >
      {(close) => {
        const submit = form.handleSubmit(async ({ role }) => {
          setApiError(undefined);
          try {
            const updated = await updateUser(session, user.id, { role });
            close();
            onChanged(t('staff.users.roleDialog.done', { name: updated.name, role: roleName(updated.role) }));
          } catch (error) {
            setApiError(error);
            if (isStaleListError(error)) onStale();
          }
        });
        return (
          <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
            <StaffAlert error={apiError} testId="role-error" />
            <SelectField
              id="role-new"
              label={t('staff.users.roleDialog.role')}
              options={roles.map((role) => ({ value: role, label: roleName(role) }))}
              error={errorText(errors.role?.message)}
              {...form.register('role')}
            />
            <p className="callout callout--warning">
              {t('staff.users.roleDialog.signOut')}
              {isStaffRole(chosen) && <> {t('staff.users.inviteDialog.staffHint')}</>}
            </p>
            <DialogActions
              label={t('staff.users.roleDialog.submit')}
              busy={isSubmitting}
              testId="role-submit"
              onCancel={close}
            />
          </form>
        );
      }}
    </ModalDialog>
  );
}
