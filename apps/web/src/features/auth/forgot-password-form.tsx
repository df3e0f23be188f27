import { useTranslation } from 'react-i18next';
import { forgotPassword } from './auth-api';
import { EmailRequestForm } from './email-request-form';

export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  return (
    <EmailRequestForm
      endpoint="forgotPassword"
      id="forgot-email"
      label={t('auth.forgotPassword.email')}
      submitLabel={t('auth.forgotPassword.submit')}
      send={forgotPassword}
      onSent={onSent}
    />
  );
}
