import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../api/src/platform/i18n/messages.js';
import { heading, unexpectedErrors } from '../../../../test-support/e2e.js';
import {
  expectLanguage,
  fillCredentials,
  locales,
  otherLocale,
  password,
  texts,
  useAccountsApp,
  waitForPath,
} from './accounts-harness';

// What a signed-in visitor does with their own account, in both languages, against the
// production build: professor verification, data export, deletion, devices and password.

const harness = useAccountsApp('accounts-privacy');
const { appUrl, openPage } = harness;

describe('a visitor’s own account in the browser', () => {
  it.each(locales)(
    '%s: exports the data, asks for professor verification and deletes the account',
    async (locale) => {
      const t = texts[locale];
      const account = await harness.createVerifiedAccount(locale, `Eva Lima ${locale}`);
      const { page, errors } = await openPage(locale, '/login?redirect=/account');
      await fillCredentials(page, t, account.email, password);
      await waitForPath(page, '/account');

      // Professor verification: a PDF goes up, the status becomes "under review".
      const professor = page.getByTestId('professor-request');
      await professor.getByRole('heading', { name: t.account.professor.heading }).waitFor();
      await professor.getByText(t.account.professor.statuses.NONE).waitFor();
      await expectLanguage(page, locale);
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
      await professor.getByText(t.account.professor.pendingText).waitFor();
      expect(await professor.getByRole('button', { name: t.account.professor.submit }).count()).toBe(0);

      // Export: the JSON the API sends, saved under its name.
      await page.getByRole('link', { name: t.account.nav.privacy }).click();
      await heading(page, t.account.privacy.heading).waitFor();
      await page.getByRole('heading', { name: t.account.privacy.export.heading, level: 2 }).waitFor();
      await expectLanguage(page, locale);
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
      await dialog.getByText(t.account.privacy.delete.dialogText).waitFor();
      await expectLanguage(page, locale);
      await dialog.getByLabel(t.account.privacy.delete.password, { exact: true }).fill('wrong-password');
      await dialog.getByRole('button', { name: t.account.privacy.delete.confirm }).click();
      await dialog.getByTestId('delete-account-error').getByText(errorMessages[locale].INVALID_CREDENTIALS).waitFor();
      await dialog.getByLabel(t.account.privacy.delete.password, { exact: true }).fill(password);
      await dialog.getByRole('button', { name: t.account.privacy.delete.confirm }).click();
      await waitForPath(page, '/');
      await page.getByTestId('page-notice').getByText(t.notices.messages.accountDeleted).waitFor();
      await page.getByRole('link', { name: t.layout.account.signIn, exact: true }).waitFor();

      // The account no longer signs in.
      await page.goto(appUrl('/login'));
      await fillCredentials(page, t, account.email, password);
      await page.getByTestId('login-error').getByText(errorMessages[locale].INVALID_CREDENTIALS).waitFor();
      expect(unexpectedErrors(errors, 401)).toEqual([]);
    },
    90_000,
  );

  it.each(locales)(
    '%s: lists two devices, signs one out, changes the password, switches language, signs out everywhere',
    async (locale) => {
      const t = texts[locale];
      const account = await harness.createVerifiedAccount(locale, `Flora Devices ${locale}`);
      const laptop = await openPage(locale, '/login?redirect=/account/security');
      await fillCredentials(laptop.page, t, account.email, password);
      await waitForPath(laptop.page, '/account/security');
      const phone = await openPage(locale, '/login?redirect=/account/security');
      await fillCredentials(phone.page, t, account.email, password);
      await waitForPath(phone.page, '/account/security');
      await phone.page.getByTestId('session-current').waitFor();

      // The laptop sees both sessions and signs the other one out.
      await laptop.page.reload();
      await heading(laptop.page, t.account.security.heading).waitFor();
      const sessions = laptop.page.getByTestId('sessions').getByRole('listitem');
      await expect.poll(() => sessions.count()).toBe(2);
      await laptop.page.getByRole('heading', { name: t.account.security.sessions.heading }).waitFor();
      await expectLanguage(laptop.page, locale);
      await laptop.page
        .getByTestId('session')
        .getByRole('button', { name: t.account.security.sessions.revoke })
        .click();
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
      const current = laptop.page.getByLabel(t.account.security.password.current, { exact: true });
      await current.fill('not-my-password');
      await laptop.page.getByLabel(t.account.security.password.new, { exact: true }).fill(changed);
      await laptop.page.getByRole('button', { name: t.account.security.password.submit, exact: true }).click();
      await laptop.page
        .locator('#current-password-error')
        .getByText(errorMessages[locale].INVALID_CREDENTIALS)
        .waitFor();
      expect(await current.getAttribute('aria-invalid')).toBe('true');
      await current.fill(password);
      await laptop.page.getByRole('button', { name: t.account.security.password.submit, exact: true }).click();
      await laptop.page.getByText(t.account.security.password.changed, { exact: true }).waitFor();
      await phone.page.reload();
      await waitForPath(phone.page, '/login');

      // The profile's language is also the interface's: the rest happens in the other one.
      const other = otherLocale(locale);
      const o = texts[other];
      await laptop.page.getByRole('link', { name: t.account.nav.profile }).click();
      await laptop.page.getByLabel(t.account.profile.locale).selectOption(other);
      await laptop.page.getByTestId('profile-submit').click();
      await heading(laptop.page, o.account.profile.heading).waitFor();
      await laptop.page.getByTestId('profile-saved').getByText(o.account.profile.saved).waitFor();
      await expectLanguage(laptop.page, other);

      await laptop.page.getByRole('link', { name: o.account.nav.security }).click();
      await laptop.page.getByRole('button', { name: o.account.security.sessions.signOutEverywhere }).click();
      await waitForPath(laptop.page, '/');
      await laptop.page.getByTestId('page-notice').getByText(o.notices.messages.signedOutEverywhere).waitFor();
      await laptop.page.goto(appUrl('/account'));
      await waitForPath(laptop.page, '/login');

      expect(unexpectedErrors(laptop.errors, 401)).toEqual([]);
      expect(unexpectedErrors(phone.errors, 401)).toEqual([]);
    },
    90_000,
  );
});
