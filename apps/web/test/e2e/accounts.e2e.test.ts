import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../api/src/platform/i18n/messages.js';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  createStaffWithCli,
  heading,
  makeDataDir,
  openTrackedPage,
  startAppAndBrowser,
  stopAll,
  totpNow,
  unexpectedErrors,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { accessibilityViolations } from './accessibility';

// Account flows against the production build (`npm run build` first): the real API on an
// embedded database, its e-mails caught by an SMTP sink, driven by Chromium in both languages.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const password = 'Trilha-das-araucarias-2025';

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let sink: SmtpSink | undefined;
let dataDir: string | undefined;
/** The set-password link of the ADMIN created with the CLI before the app started. */
let staffInvitation: { email: string; path: string } | undefined;
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

function mailSink(): SmtpSink {
  if (!sink) throw new Error('beforeAll did not start the SMTP sink');
  return sink;
}

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@e2e.promata.example`;

/** A fresh browser profile with the given browser language; console errors are collected. */
function openPage(locale: Locale, path: string): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), {
    locale,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
}

async function pathOf(page: Page): Promise<string> {
  await page.waitForLoadState();
  return new URL(page.url()).pathname;
}

/** Waits until the address bar shows `pathname` (client-side navigations do not fire `load`). */
async function waitForPath(page: Page, pathname: string): Promise<URL> {
  await page.waitForURL((url) => url.pathname === pathname);
  return new URL(page.url());
}

/** The link of the newest e-mail to `email` that points at `pagePath` with a token fragment. */
async function mailedLink(email: string, pagePath: string): Promise<string> {
  const mail = await mailSink().waitFor(
    (message) => message.to.includes(email) && message.links.some((link) => link.includes(`${pagePath}#token=`)),
    10_000,
  );
  const link = mail.links.find((candidate) => candidate.includes(`${pagePath}#token=`));
  if (!link) throw new Error(`no ${pagePath} link in "${mail.subject}"`);
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
}

/** A verified visitor account made through the API itself (sign-up, e-mail, verification). */
async function createVerifiedAccount(locale: Locale, name: string): Promise<{ email: string; name: string }> {
  const email = uniqueEmail('visitor');
  const signUp = await fetch(appUrl('/api/v1/auth/sign-up'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify({ email, password, name, locale }),
  });
  expect(signUp.status).toBe(202);
  const link = await mailedLink(email, '/verify-email');
  const token = new URLSearchParams(link.split('#')[1]).get('token');
  const verify = await fetch(appUrl('/api/v1/auth/verify-email'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  expect(verify.status).toBe(204);
  return { email, name };
}

async function fillCredentials(page: Page, t: Messages, email: string, secret: string): Promise<void> {
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(secret);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
}

function accountMenuButton(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

async function signOutFromHeader(page: Page, t: Messages, name: string): Promise<void> {
  const menu = accountMenuButton(page, name);
  await menu.click();
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('button', { name: t.layout.account.signOut, exact: true }).click();
  await waitForPath(page, '/');
  await page.getByTestId('page-notice').getByText(t.notices.messages.signedOut, { exact: true }).waitFor();
  await page.getByRole('link', { name: t.layout.account.signIn, exact: true }).waitFor();
}

beforeAll(async () => {
  // The embedded database is one process's: the CLI runs on the data directory before the app.
  dataDir = makeDataDir('accounts');
  const email = uniqueEmail('staff');
  const link = await createStaffWithCli(dataDir, { role: 'ADMIN', email, name: 'Beatriz Staff', locale: 'en' });
  const url = new URL(link);
  staffInvitation = { email, path: `${url.pathname}${url.hash}` };

  sink = await startSmtpSink();
  const started = await startAppAndBrowser({ DATA_DIR: dataDir, SMTP_URL: sink.url });
  ({ app, browser } = started);
  started.rethrow();
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, sink, dataDir }));

describe('accounts in the browser', () => {
  it.each(['pt-BR', 'en'] as const)(
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

  it.each(['pt-BR', 'en'] as const)('%s: a wrong password shows the API’s translated error', async (locale) => {
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

  it('resets a forgotten password through the e-mailed link', async () => {
    const t = texts.en;
    const account = await createVerifiedAccount('en', 'Dora Reset');
    const { page, errors } = await openPage('en', '/login');

    await page.getByRole('link', { name: t.auth.login.forgotPassword, exact: true }).click();
    await heading(page, t.auth.forgotPassword.heading).waitFor();
    await page.getByLabel(t.auth.forgotPassword.email, { exact: true }).fill(account.email);
    await page.getByRole('button', { name: t.auth.forgotPassword.submit, exact: true }).click();
    expect(await page.getByTestId('forgot-password-sent').innerText()).toContain(account.email);

    const link = await mailedLink(account.email, '/reset-password');
    await page.goto(appUrl(link));
    await heading(page, t.auth.resetPassword.heading).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    const newPassword = 'Nova-senha-da-reserva-2026';
    await page.getByLabel(t.auth.resetPassword.password, { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: t.auth.resetPassword.submit, exact: true }).click();
    await waitForPath(page, '/login');
    await page.getByTestId('page-notice').getByText(t.notices.messages.passwordReset).waitFor();

    // The link works once.
    await page.goto(appUrl(link));
    await page.getByLabel(t.auth.resetPassword.password, { exact: true }).fill('Yet-another-password-1');
    await page.getByRole('button', { name: t.auth.resetPassword.submit, exact: true }).click();
    await page.getByTestId('new-password-error').getByText(errorMessages.en.INVALID_TOKEN).waitFor();

    await page.goto(appUrl('/login'));
    await fillCredentials(page, t, account.email, newPassword);
    await waitForPath(page, '/');
    await accountMenuButton(page, account.name).waitFor();
    expect(unexpectedErrors(errors, 400)).toEqual([]);
  }, 60_000);

  it('makes staff set up MFA after their first login, then asks for a code (or a recovery code)', async () => {
    const t = texts.en;
    if (!staffInvitation) throw new Error('beforeAll did not create the staff account');
    const { email, path } = staffInvitation;
    const { page, errors } = await openPage('en', path);

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
    const secret = await scan.getByTestId('mfa-secret').getAttribute('data-secret');
    if (!secret) throw new Error('no MFA secret on the page');

    // A wrong code first (any code but the current one).
    const wrongCode = totpNow(secret) === '000000' ? '111111' : '000000';
    await page.getByLabel(t.account.mfa.code).fill(wrongCode);
    await page.getByRole('button', { name: t.account.mfa.confirm, exact: true }).click();
    await page.getByTestId('mfa-error').getByText(errorMessages.en.MFA_INVALID).waitFor();
    await page.getByLabel(t.account.mfa.code).fill(totpNow(secret));
    await page.getByRole('button', { name: t.account.mfa.confirm, exact: true }).click();

    // Recovery codes, shown once: downloadable, and "I saved them" before finishing.
    const panel = page.getByTestId('recovery-codes');
    await panel.getByRole('heading', { name: t.account.recoveryCodes.heading }).waitFor();
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
    await signOutFromHeader(page, t, 'Beatriz Staff');
    await page.goto(appUrl('/login'));
    await fillCredentials(page, t, email, staffPassword);
    await page.getByRole('heading', { name: t.auth.login.mfa.heading }).waitFor();
    const codeInput = page.getByLabel(t.auth.login.mfa.code);
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
    await page.waitForFunction(() => document.activeElement?.id === 'login-totp');
    // The first set was replaced: its codes no longer work, the new ones do.
    await codeInput.fill(codes[0] ?? '');
    await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
    await page.getByTestId('login-error').getByText(errorMessages.en.MFA_INVALID).waitFor();
    await codeInput.fill(newCodes[0] ?? '');
    await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
    await waitForPath(page, '/');
    await accountMenuButton(page, 'Beatriz Staff').waitFor();
    expect(unexpectedErrors(errors, 400, 401)).toEqual([]);
  }, 90_000);

  it('exports the data, asks for professor verification and deletes the account', async () => {
    const t = texts['pt-BR'];
    const account = await createVerifiedAccount('pt-BR', 'Eva Lima');
    const { page, errors } = await openPage('pt-BR', '/login?redirect=/account');
    await fillCredentials(page, t, account.email, password);
    await waitForPath(page, '/account');

    // Professor verification: a PDF goes up, the status becomes "under review".
    const professor = page.getByTestId('professor-request');
    await professor.getByText(t.account.professor.statuses.NONE).waitFor();
    const fileInput = professor.getByLabel(t.account.professor.file);
    await fileInput.setInputFiles({ name: 'notes.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await professor.getByRole('button', { name: t.account.professor.submit }).click();
    await professor.getByText(t.validation.fileType).waitFor();
    await fileInput.setInputFiles({
      name: 'vinculo.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await professor.getByRole('button', { name: t.account.professor.submit }).click();
    await professor.getByText(t.account.professor.sent).waitFor();
    await professor.getByText(t.account.professor.statuses.PENDING, { exact: true }).waitFor();
    expect(await professor.getByRole('button', { name: t.account.professor.submit }).count()).toBe(0);

    // Export: the JSON the API sends, saved under its name.
    await page.getByRole('link', { name: t.account.nav.privacy }).click();
    await heading(page, t.account.privacy.heading).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.account.privacy.export.button }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('promata-my-data.json');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain(account.email);
    expect(() => JSON.parse(exported) as unknown).not.toThrow();

    // Deletion: a modal asks for the password; a wrong one is refused.
    await page.getByRole('button', { name: t.account.privacy.delete.button }).click();
    const dialog = page.getByRole('dialog', { name: t.account.privacy.delete.dialogHeading });
    await dialog.waitFor();
    await dialog.getByLabel(t.account.privacy.delete.password, { exact: true }).fill('wrong-password');
    await dialog.getByRole('button', { name: t.account.privacy.delete.confirm }).click();
    await dialog.getByTestId('delete-account-error').getByText(errorMessages['pt-BR'].INVALID_CREDENTIALS).waitFor();
    await dialog.getByLabel(t.account.privacy.delete.password, { exact: true }).fill(password);
    await dialog.getByRole('button', { name: t.account.privacy.delete.confirm }).click();
    await waitForPath(page, '/');
    await page.getByTestId('page-notice').getByText(t.notices.messages.accountDeleted).waitFor();
    await page.getByRole('link', { name: t.layout.account.signIn, exact: true }).waitFor();

    // The account no longer signs in.
    await page.goto(appUrl('/login'));
    await fillCredentials(page, t, account.email, password);
    await page.getByTestId('login-error').getByText(errorMessages['pt-BR'].INVALID_CREDENTIALS).waitFor();
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  }, 90_000);

  it('lists two devices, signs one out, changes the password, switches language, signs out everywhere', async () => {
    const t = texts.en;
    const account = await createVerifiedAccount('en', 'Flora Devices');
    const laptop = await openPage('en', '/login?redirect=/account/security');
    await fillCredentials(laptop.page, t, account.email, password);
    await waitForPath(laptop.page, '/account/security');
    const phone = await openPage('en', '/login?redirect=/account/security');
    await fillCredentials(phone.page, t, account.email, password);
    await waitForPath(phone.page, '/account/security');
    await phone.page.getByTestId('session-current').waitFor();

    // The laptop sees both sessions and signs the other one out.
    await laptop.page.reload();
    const sessions = laptop.page.getByTestId('sessions').getByRole('listitem');
    await expect.poll(() => sessions.count()).toBe(2);
    await laptop.page.getByTestId('session').getByRole('button', { name: t.account.security.sessions.revoke }).click();
    await laptop.page.getByText(t.account.security.sessions.revoked, { exact: true }).waitFor();
    await expect.poll(() => sessions.count()).toBe(1);

    // The phone's next request is refused, its refresh too: back to the login page, told why.
    await phone.page.getByRole('link', { name: t.account.nav.profile }).click();
    const phoneLogin = await waitForPath(phone.page, '/login');
    expect(phoneLogin.searchParams.get('redirect')).toBe('/account');
    await phone.page.getByTestId('page-notice').getByText(t.notices.messages.sessionEnded).waitFor();
    await fillCredentials(phone.page, t, account.email, password);
    await waitForPath(phone.page, '/account');

    // A wrong current password is refused on its field; the right one signs the phone out.
    const changed = 'Outra-senha-bem-longa-2025';
    await laptop.page.getByLabel(t.account.security.password.current, { exact: true }).fill('not-my-password');
    await laptop.page.getByLabel(t.account.security.password.new, { exact: true }).fill(changed);
    await laptop.page.getByRole('button', { name: t.account.security.password.submit, exact: true }).click();
    const current = laptop.page.getByLabel(t.account.security.password.current, { exact: true });
    await laptop.page.locator('#current-password-error').getByText(errorMessages.en.INVALID_CREDENTIALS).waitFor();
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    await current.fill(password);
    await laptop.page.getByRole('button', { name: t.account.security.password.submit, exact: true }).click();
    await laptop.page.getByText(t.account.security.password.changed, { exact: true }).waitFor();
    await phone.page.reload();
    await waitForPath(phone.page, '/login');

    // The profile's language is also the interface's.
    await laptop.page.getByRole('link', { name: t.account.nav.profile }).click();
    await laptop.page.getByLabel(t.account.profile.locale).selectOption('pt-BR');
    await laptop.page.getByTestId('profile-submit').click();
    await heading(laptop.page, ptBR.account.profile.heading).waitFor();
    expect(await laptop.page.locator('html').getAttribute('lang')).toBe('pt-BR');
    await laptop.page.getByTestId('profile-saved').getByText(ptBR.account.profile.saved).waitFor();

    await laptop.page.getByRole('link', { name: ptBR.account.nav.security }).click();
    await laptop.page.getByRole('button', { name: ptBR.account.security.sessions.signOutEverywhere }).click();
    await waitForPath(laptop.page, '/');
    await laptop.page.getByTestId('page-notice').getByText(ptBR.notices.messages.signedOutEverywhere).waitFor();
    await laptop.page.goto(appUrl('/account'));
    await waitForPath(laptop.page, '/login');

    expect(unexpectedErrors(laptop.errors, 401)).toEqual([]);
    expect(unexpectedErrors(phone.errors, 401)).toEqual([]);
  }, 90_000);

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
    if (!browser) throw new Error('beforeAll did not launch the browser');
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
