import { NewPasswordPage } from '../../features/auth/new-password-page';

/** The staff invitation's link: the same request as a reset, worded as creating a password. */
export function SetPasswordPage() {
  return <NewPasswordPage variant="set" />;
}
