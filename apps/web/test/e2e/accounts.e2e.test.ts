import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../api/src/platform/i18n/messages.js';
import { heading, unexpectedErrors } from '../../../../test-support/e2e.js';
import { accessibilityViolations } from './accessibility';
import {
  accountMenuButton,
  fillCredentials,
  locales,
  password,
  pathOf,
  signOutFromHeader,
  texts,
  uniqueEmail,
  useAccountsApp,
  waitForPath,
} from './accounts-harness';

// Account flows against the production build (`npm run build` first): the real API on an
// embedded database, its e-mails caught by an SMTP sink, driven by Chromium in both languages.
// Getting back into an account (new confirmation link, password reset, MFA) is tested in
// accounts-recovery.e2e.test.ts; export, deletion, professor request and devices in
// accounts-privacy.e2e.test.ts: each file has its own app, so its own rate-limit budget.

const harness = useAccountsApp('accounts');
const { appUrl, openPage, mailedLink, createVerifiedAccount } = harness;

describe('accounts in the browser', () => {
  it.each(locales)(
    '%s: sign up, verify the e-mail, sign in, edit the profile, see the session, sign out',
    async (locale) => {
      const t = texts[locale];
      const name = locale === 'en' ? 'Alice Walker' : 'Ana Souza';
      const email = uniqueEmail(`sign-up-${locale.toLowerCase()}`);
      const { page, errors } = await openPage(locale, '/');

      // Header → sign in → create account.
      await page.getByRole('link', { name: t.layout.account.signIn, exact: true }).click();
      await heading(page, t.auth.login.heading).waitFor();
      expect(await page.title()).toBe(`${t.auth.login.title} | Pró-Mata`);
      await page.getByRole('link', { name: t.auth.login.signUpLink, exact: true }).click();
      await heading(page, t.auth.signUp.heading).waitFor();

      const passwordInput = page.getByLabel(t.auth.signUp.password, { exact: true });
      expect(await passwordInput.getAttribute('autocomplete')).toBe('new-password');
      expect(await passwordInput.getAttribute('type')).toBe('password');
      await page.getByLabel(t.form.showPassword).check();
      expect(await passwordInput.getAttribute('type')).toBe('text');

      await page.getByLabel(t.auth.signUp.name, { exact: true }).fill(name);
      await page.getByLabel(t.auth.signUp.email, { exact: true }).fill(email);
      await passwordInput.fill(password);
      await page.getByRole('button', { name: t.auth.signUp.submit, exact: true }).click();
      const accepted = page.getByTestId('sign-up-accepted');
      await accepted.getByRole('heading', { name: t.auth.signUp.checkInbox.heading }).waitFor();
      expect(await accepted.innerText()).toContain(email);

      // The e-mailed link verifies the address; the token leaves the address bar at once.
      const link = await mailedLink(email, '/verify-email');
      await page.goto(appUrl(link));
      await page.getByTestId('verify-email-status').getByText(t.auth.verifyEmail.success).waitFor();
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.evaluate(() => window.location.href)).not.toContain('token');

      // Sign in; the header then shows the user's name.
      await page.getByRole('link', { name: t.auth.verifyEmail.loginLink, exact: true }).click();
      await heading(page, t.auth.login.heading).waitFor();
      await fillCredentials(page, t, email, password);
      await waitForPath(page, '/');
      await accountMenuButton(page, name).click();
      await page.getByRole('link', { name: t.layout.account.account, exact: true }).click();
      await heading(page, t.account.profile.heading).waitFor();

      // Read-only facts, then the form prefilled from GET /me.
      const summary = page.getByTestId('profile-summary');
      await summary.getByText(email, { exact: true }).waitFor();
      await summary.getByText(t.account.roles.GUEST, { exact: true }).waitFor();
      expect(await page.getByLabel(t.account.profile.name, { exact: true }).inputValue()).toBe(name);
      expect(await page.getByLabel(t.account.profile.locale).inputValue()).toBe(locale);

      // An invalid CPF is refused in the browser: summary, field error, focus, and no request.
      const patches: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'PATCH' && new URL(request.url()).pathname === '/api/v1/me')
          patches.push(request.url());
      });
      await page.getByLabel(t.account.profile.documentType).selectOption('CPF');
      const documentNumber = page.getByLabel(t.account.profile.documentNumber);
      await documentNumber.fill('123.456.789-00');
      await page.getByTestId('profile-submit').click();
      const summaryAlert = page.getByRole('alert').filter({ hasText: t.form.errorSummary });
      await summaryAlert.getByRole('link', { name: t.validation.cpf }).waitFor();
      expect(await documentNumber.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await documentNumber.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain('profile-document-number-error');
      expect(await page.locator('#profile-document-number-error').innerText()).toContain(t.validation.cpf);
      await page.waitForFunction(() => document.activeElement?.id === 'profile-document-number');
      expect(patches).toEqual([]);

      // A valid one is saved (stored as digits, shown punctuated), with the other fields.
      await documentNumber.fill('52998224725');
      await page.getByLabel(t.account.profile.phone).fill('(51) 99999-0000');
      await page.getByLabel(t.account.profile.birthDate).fill('1990-05-20');
      await page.getByLabel(t.account.profile.institution).fill('PUCRS');
      await page.getByTestId('profile-submit').click();
      // Whichever comes, so that a refusal fails with the API's message rather than a timeout.
      await page.getByTestId('profile-saved').or(page.getByTestId('profile-error')).filter({ hasText: /\S/ }).waitFor();
      expect(await page.getByTestId('profile-error').innerText()).toBe('');
      await page.getByTestId('profile-saved').getByText(t.account.profile.saved).waitFor();
      expect(patches).toHaveLength(1);
      expect(await documentNumber.getAttribute('aria-invalid')).toBeNull();

      // A reload restores the session from the refresh cookie and shows what was stored.
      await page.reload();
      await heading(page, t.account.profile.heading).waitFor();
      await expect.poll(() => documentNumber.inputValue()).toBe('529.982.247-25');
      expect(await page.getByLabel(t.account.profile.phone).inputValue()).toBe('(51) 99999-0000');
      expect(await page.getByLabel(t.account.profile.birthDate).inputValue()).toBe('1990-05-20');
      await accountMenuButton(page, name).waitFor();

      // Security: this browser's session is listed as the current one.
      await page
        .getByRole('navigation', { name: t.account.nav.label })
        .getByRole('link', { name: t.account.nav.security })
        .click();
      await heading(page, t.account.security.heading).waitFor();
      const current = page.getByTestId('session-current');
      await current.getByText(t.account.security.sessions.current, { exact: true }).waitFor();
      expect(await current.innerText()).toContain('Chrome');
      expect(await page.getByTestId('sessions').getByRole('listitem').count()).toBe(1);
      expect(await current.locator('time').first().innerText()).toMatch(/\d{4}/);

      await signOutFromHeader(page, t, name);

      // Signed out, the account pages send to the login page, which would come back here.
      await page.goto(appUrl('/account'));
      const login = await waitForPath(page, '/login');
      expect(login.searchParams.get('redirect')).toBe('/account');
      await heading(page, t.auth.login.heading).waitFor();

      expect(errors).toEqual([]);
    },
    90_000,
  );

  it.each(locales)('%s: a wrong password shows the API’s translated error', async (locale) => {
    const t = texts[locale];
    const { page, errors } = await openPage(locale, '/login');
    await heading(page, t.auth.login.heading).waitFor();
    await fillCredentials(page, t, uniqueEmail('nobody'), 'not-the-password');
    const alert = page.getByTestId('login-error');
    await alert.getByText(errorMessages[locale].INVALID_CREDENTIALS, { exact: true }).waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await pathOf(page)).toBe('/login');
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  });

  it('refuses an empty form in the browser, with an error summary and the first field focused', async () => {
    const t = texts['pt-BR'];
    const { page } = await openPage('pt-BR', '/login');
    await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: t.form.errorSummary });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([t.validation.required, t.validation.required]);
    await page.waitForFunction(() => document.activeElement?.id === 'login-email');
    expect(await page.getByLabel(t.auth.login.email, { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a visitor from a private page to the login page and back there afterwards', async () => {
    const t = texts['pt-BR'];
    const account = await createVerifiedAccount('pt-BR', 'Carla Dias');
    const { page, errors } = await openPage('pt-BR', '/account/security');

    const login = await waitForPath(page, '/login');
    expect(login.searchParams.get('redirect')).toBe('/account/security');
    await fillCredentials(page, t, account.email, password);
    await waitForPath(page, '/account/security');
    await heading(page, t.account.security.heading).waitFor();
    await accountMenuButton(page, account.name).waitFor();

    // An outside redirect target is dropped: after login the visitor stays on this site.
    await signOutFromHeader(page, t, account.name);
    await page.goto(appUrl('/login?redirect=//evil.example/steal'));
    await heading(page, t.auth.login.heading).waitFor();
    await fillCredentials(page, t, account.email, password);
    await waitForPath(page, '/');
    expect(new URL(page.url()).origin).toBe(new URL(appUrl('/')).origin);
    expect(errors).toEqual([]);
  }, 60_000);

  it('passes the axe accessibility audit on the sign-in and account pages, errors shown', async () => {
    const t = texts['pt-BR'];
    const account = await createVerifiedAccount('pt-BR', 'Gabriela Auditoria');
    const { page } = await openPage('pt-BR', '/sign-up');
    await heading(page, t.auth.signUp.heading).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(appUrl('/login'));
    await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: t.form.errorSummary }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await fillCredentials(page, t, account.email, password);
    await waitForPath(page, '/');
    await accountMenuButton(page, account.name).click();
    await page.getByRole('link', { name: t.layout.account.account, exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: t.layout.account.account, exact: true }).click();
    await heading(page, t.account.profile.heading).waitFor();
    await page.getByLabel(t.account.profile.phone).fill('telefone');
    await page.getByTestId('profile-submit').click();
    await page.getByRole('alert').filter({ hasText: t.form.errorSummary }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(appUrl('/account/security'));
    await page.getByTestId('session-current').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(appUrl('/account/mfa'));
    await page.getByRole('button', { name: t.account.mfa.start }).click();
    await page.getByRole('img', { name: t.account.mfa.qrAlt }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(appUrl('/account/privacy'));
    await page.getByRole('button', { name: t.account.privacy.delete.button }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 90_000);

  it('fits the account pages on a 320 px wide screen', async () => {
    const t = texts['pt-BR'];
    const account = await createVerifiedAccount('pt-BR', 'Helena Maria dos Santos Albuquerque');
    const { page } = await openPage('pt-BR', '/login?redirect=/account');
    await page.setViewportSize({ width: 320, height: 640 });
    await fillCredentials(page, t, account.email, password);
    await waitForPath(page, '/account');
    for (const path of ['/account', '/account/security', '/account/privacy']) {
      await page.goto(appUrl(path));
      await page.getByRole('navigation', { name: t.account.nav.label }).waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
  }, 60_000);
});
