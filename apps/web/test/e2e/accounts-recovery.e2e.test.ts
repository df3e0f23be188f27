import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../api/src/platform/i18n/messages.js';
import { heading, totpNow, unexpectedErrors } from '../../../../test-support/e2e.js';
import { accessibilityViolations } from './accessibility';
import {
  accountMenuButton,
  expectLanguage,
  fillCredentials,
  locales,
  password,
  signOutFromHeader,
  texts,
  uniqueEmail,
  useAccountsApp,
  waitForPath,
} from './accounts-harness';

// Getting back into an account, in both languages, against the production build: a new
// confirmation link, a forgotten password, and the second factor (set up, then asked for).

const harness = useAccountsApp('accounts-recovery', [
  { locale: 'pt-BR', name: 'Bianca Equipe' },
  { locale: 'en', name: 'Beatriz Staff' },
]);
const { appUrl, openPage, mailedLink } = harness;

describe('getting back into an account in the browser', () => {
  it.each(locales)(
    '%s: a new confirmation link from the login refusal and from a bad link, then verified',
    async (locale) => {
      const t = texts[locale];
      const email = uniqueEmail(`resend-${locale.toLowerCase()}`);
      const { page, errors } = await openPage(locale, '/sign-up');
      await page.getByLabel(t.auth.signUp.name, { exact: true }).fill('Rosa Reenvio');
      await page.getByLabel(t.auth.signUp.email, { exact: true }).fill(email);
      await page.getByLabel(t.auth.signUp.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: t.auth.signUp.submit, exact: true }).click();
      await page.getByTestId('sign-up-accepted').waitFor();
      const first = await mailedLink(email, '/verify-email');

      // The first link is not opened: the login refuses, says why and offers a new link.
      await page.goto(appUrl('/login'));
      await fillCredentials(page, t, email, password);
      await page.getByTestId('login-error').getByText(errorMessages[locale].EMAIL_NOT_VERIFIED).waitFor();
      const fromLogin = page.getByTestId('resend-verification');
      await fromLogin.getByRole('heading', { name: t.auth.resendVerification.heading }).waitFor();
      expect(await fromLogin.getByLabel(t.auth.resendVerification.email).inputValue()).toBe(email);
      await expectLanguage(page, locale);
      await fromLogin.getByRole('button', { name: t.auth.resendVerification.submit }).click();
      const sent = fromLogin.getByTestId('resend-verification-sent');
      expect(await sent.innerText()).toBe(t.auth.resendVerification.sent.replace('{{email}}', email));
      const second = await mailedLink(email, '/verify-email', [first]);

      // A link that does not work (cut short by a mail program, say) offers the same form.
      await page.goto(appUrl(first.slice(0, -6)));
      const status = page.getByTestId('verify-email-status');
      await status.getByText(errorMessages[locale].INVALID_TOKEN).waitFor();
      const fromPage = page.getByTestId('resend-verification');
      await fromPage.getByLabel(t.auth.resendVerification.email).fill(email);
      await expectLanguage(page, locale);
      expect(await accessibilityViolations(page)).toEqual([]);
      await fromPage.getByRole('button', { name: t.auth.resendVerification.submit }).click();
      await fromPage.getByTestId('resend-verification-sent').waitFor();
      const third = await mailedLink(email, '/verify-email', [first, second]);

      // The newest link confirms the address; the account then signs in. (Via a blank page: a
      // link clicked in the mail opens the page afresh, not as a change of the fragment alone.)
      await page.goto('about:blank');
      await page.goto(appUrl(third));
      await status.getByText(t.auth.verifyEmail.success).waitFor();
      expect(await page.getByTestId('resend-verification').count()).toBe(0);
      await page.getByRole('link', { name: t.auth.verifyEmail.loginLink, exact: true }).click();
      await fillCredentials(page, t, email, password);
      await waitForPath(page, '/');
      await accountMenuButton(page, 'Rosa Reenvio').waitFor();
      expect(unexpectedErrors(errors, 400, 403)).toEqual([]);
    },
    60_000,
  );

  it.each(locales)(
    '%s: resets a forgotten password through the e-mailed link',
    async (locale) => {
      const t = texts[locale];
      const account = await harness.createVerifiedAccount(locale, `Dora Reset ${locale}`);
      const { page, errors } = await openPage(locale, '/login');

      await page.getByRole('link', { name: t.auth.login.forgotPassword, exact: true }).click();
      await heading(page, t.auth.forgotPassword.heading).waitFor();
      await page.getByLabel(t.auth.forgotPassword.email, { exact: true }).fill(account.email);
      await page.getByRole('button', { name: t.auth.forgotPassword.submit, exact: true }).click();
      expect(await page.getByTestId('forgot-password-sent').innerText()).toContain(account.email);
      await expectLanguage(page, locale);

      const link = await mailedLink(account.email, '/reset-password');
      await page.goto(appUrl(link));
      await heading(page, t.auth.resetPassword.heading).waitFor();
      expect(new URL(page.url()).hash).toBe('');
      await expectLanguage(page, locale);
      const newPassword = 'Nova-senha-da-reserva-2026';
      await page.getByLabel(t.auth.resetPassword.password, { exact: true }).fill(newPassword);
      await page.getByRole('button', { name: t.auth.resetPassword.submit, exact: true }).click();
      await waitForPath(page, '/login');
      await page.getByTestId('page-notice').getByText(t.notices.messages.passwordReset).waitFor();

      // The link works once.
      await page.goto(appUrl(link));
      await page.getByLabel(t.auth.resetPassword.password, { exact: true }).fill('Yet-another-password-1');
      await page.getByRole('button', { name: t.auth.resetPassword.submit, exact: true }).click();
      await page.getByTestId('new-password-error').getByText(errorMessages[locale].INVALID_TOKEN).waitFor();

      await page.goto(appUrl('/login'));
      await fillCredentials(page, t, account.email, newPassword);
      await waitForPath(page, '/');
      await accountMenuButton(page, account.name).waitFor();
      expect(unexpectedErrors(errors, 400)).toEqual([]);
    },
    60_000,
  );

  it.each(locales)(
    '%s: makes staff set up MFA after their first login, then asks for a code (or a recovery code)',
    async (locale) => {
      const t = texts[locale];
      const { email, name, path } = harness.staffInvitation(locale);
      const { page, errors } = await openPage(locale, path);

      // The invitation's set-password page: the same reset request, with its own words.
      await heading(page, t.auth.setPassword.heading).waitFor();
      expect(await page.title()).toBe(`${t.auth.setPassword.title} | Pró-Mata`);
      const staffPassword = 'Senha-da-equipe-2025';
      await page.getByLabel(t.auth.setPassword.password, { exact: true }).fill(staffPassword);
      await page.getByRole('button', { name: t.auth.setPassword.submit, exact: true }).click();
      await waitForPath(page, '/login');
      await page.getByTestId('page-notice').getByText(t.notices.messages.passwordSet).waitFor();

      // First login: straight to the MFA setup, with the reason.
      await fillCredentials(page, t, email, staffPassword);
      await waitForPath(page, '/account/mfa');
      await page.getByTestId('mfa-required').waitFor();
      await page.getByRole('button', { name: t.account.mfa.start }).click();
      const scan = page.getByTestId('mfa-scan');
      await scan.getByRole('img', { name: t.account.mfa.qrAlt }).waitFor();
      await expectLanguage(page, locale);
      const secret = await scan.getByTestId('mfa-secret').getAttribute('data-secret');
      if (!secret) throw new Error('no MFA secret on the page');

      // A wrong code first (any code but the current one).
      const wrongCode = totpNow(secret) === '000000' ? '111111' : '000000';
      await page.getByLabel(t.account.mfa.code).fill(wrongCode);
      await page.getByRole('button', { name: t.account.mfa.confirm, exact: true }).click();
      await page.getByTestId('mfa-error').getByText(errorMessages[locale].MFA_INVALID).waitFor();
      await page.getByLabel(t.account.mfa.code).fill(totpNow(secret));
      await page.getByRole('button', { name: t.account.mfa.confirm, exact: true }).click();

      // Recovery codes, shown once: downloadable, and "I saved them" before finishing.
      const panel = page.getByTestId('recovery-codes');
      await panel.getByRole('heading', { name: t.account.recoveryCodes.heading }).waitFor();
      await expectLanguage(page, locale);
      const codes = await panel
        .getByRole('list', { name: t.account.recoveryCodes.listLabel })
        .locator('code')
        .allInnerTexts();
      expect(codes.length).toBeGreaterThanOrEqual(5);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: t.account.recoveryCodes.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('promata-recovery-codes.txt');
      const saved = readFileSync(await download.path(), 'utf8');
      expect(saved).toContain(t.account.recoveryCodes.fileTitle);
      for (const code of codes) expect(saved).toContain(code);
      const finish = panel.getByRole('button', { name: t.account.recoveryCodes.done });
      expect(await finish.isDisabled()).toBe(true);
      await panel.getByLabel(t.account.recoveryCodes.saved).check();
      await finish.click();
      await waitForPath(page, '/account/security');
      await page.getByTestId('page-notice').getByText(t.notices.messages.mfaEnabled).waitFor();
      await page.getByTestId('mfa-status').getByText(t.account.security.mfa.on).waitFor();
      expect(await page.getByTestId('staff-mfa-reminder').count()).toBe(0);

      // This session proved the second factor: it may replace the recovery codes.
      await page.getByRole('button', { name: t.account.security.mfa.regenerate }).click();
      const replaced = page.getByTestId('recovery-codes');
      await replaced.getByRole('heading', { name: t.account.recoveryCodes.heading }).waitFor();
      const newCodes = await replaced
        .getByRole('list', { name: t.account.recoveryCodes.listLabel })
        .locator('code')
        .allInnerTexts();
      expect(newCodes).toHaveLength(codes.length);
      expect(newCodes.filter((code) => codes.includes(code))).toEqual([]);
      await replaced.getByLabel(t.account.recoveryCodes.saved).check();
      await replaced.getByRole('button', { name: t.account.recoveryCodes.done }).click();
      await page.getByRole('button', { name: t.account.security.mfa.regenerate }).waitFor();

      // Next login: a second step; a recovery code works in place of the app's code.
      await signOutFromHeader(page, t, name);
      await page.goto(appUrl('/login'));
      await fillCredentials(page, t, email, staffPassword);
      await page.getByRole('heading', { name: t.auth.login.mfa.heading }).waitFor();
      await expectLanguage(page, locale);
      const codeInput = page.getByLabel(t.auth.login.mfa.code);
      expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
      await page.waitForFunction(() => document.activeElement?.id === 'login-totp');
      // The first set was replaced: its codes no longer work, the new ones do.
      await codeInput.fill(codes[0] ?? '');
      await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
      await page.getByTestId('login-error').getByText(errorMessages[locale].MFA_INVALID).waitFor();
      await codeInput.fill(newCodes[0] ?? '');
      await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
      await waitForPath(page, '/');
      await accountMenuButton(page, name).waitFor();
      expect(unexpectedErrors(errors, 400, 401)).toEqual([]);
    },
    90_000,
  );
});
