import { NewPasswordPage } from '../../features/auth/new-password-page';

export function ResetPasswordPage() {
  return <NewPasswordPage variant="reset" />;
}
