import type { Locator, Page } from 'playwright-core';
import { totpNow, type Account, type JsonInit } from '../../../../test-support/e2e.js';
import type { Messages } from '../../src/i18n/resources/pt-br';

// Staff in the browser: MFA is turned on through the API before the test, and the recovery codes
// it hands out are the second factor at each browser sign-in (a TOTP code may be used only once
// per 30 seconds, a recovery code once).

export type StaffAccount = Account & { token: string; recoveryCodes: string[] };

type Api = <T>(path: string, init?: JsonInit) => Promise<T>;

/** Signs the account in, sets up and confirms TOTP: an MFA-proven token and ten recovery codes. */
export async function enableStaffMfa(api: Api, account: Account): Promise<StaffAccount> {
  const first = await api<{ accessToken: string }>('/api/v1/auth/login', { method: 'POST', body: account });
  const { secret } = await api<{ secret: string }>('/api/v1/auth/mfa/setup', {
    method: 'POST',
    token: first.accessToken,
  });
  const confirmed = await api<{ accessToken: string; recoveryCodes: string[] }>('/api/v1/auth/mfa/confirm', {
    method: 'POST',
    token: first.accessToken,
    body: { code: totpNow(secret) },
  });
  return { ...account, token: confirmed.accessToken, recoveryCodes: confirmed.recoveryCodes };
}

/**
 * Fills the login page `page` shows, then a recovery code as the second factor. Signing in applies
 * the account's language (the demo staff's is pt-BR): with `readIn: 'en'` the page switches back
 * to English once signed in.
 */
export async function signInAsStaff(
  page: Page,
  t: Messages,
  account: Pick<StaffAccount, 'email' | 'password' | 'recoveryCodes'> | undefined,
  { readIn }: { readIn?: 'pt-BR' | 'en' } = {},
): Promise<void> {
  if (!account) throw new Error('beforeAll did not prepare the staff account');
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(account.email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
  const code = account.recoveryCodes.shift();
  if (!code) throw new Error('no recovery code left');
  await page.getByLabel(t.auth.login.mfa.code).fill(code);
  await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
  if (readIn === undefined) return;
  await page.waitForURL((url) => url.pathname !== '/login');
  if (readIn === 'en') await page.getByTestId('language-switcher').selectOption('en');
}

export type StaffEvent = keyof Messages['staffBookings']['detail']['actions']['labels'];

/** The button of one workflow action on the staff booking page. */
export function bookingAction(page: Page, event: string): Locator {
  return page.locator(`[data-testid="booking-action"][data-event="${event}"]`);
}

/** Fires one workflow action on the staff booking page, with a message when given. */
export async function actOnBooking(page: Page, t: Messages, event: StaffEvent, message?: string): Promise<void> {
  await bookingAction(page, event).click();
  const dialog = page.getByRole('dialog', { name: t.staffBookings.detail.actions.labels[event] });
  await dialog.waitFor();
  if (message) await dialog.getByLabel(t.staffBookings.detail.actions.message).fill(message);
  await dialog.getByTestId('transition-confirm').click();
  await dialog.waitFor({ state: 'detached' });
}

/** The status the staff booking page shows (its machine value). */
export function bookingStatus(page: Page): Promise<string | null> {
  return page.getByTestId('booking-status').locator('[data-status]').getAttribute('data-status');
}
