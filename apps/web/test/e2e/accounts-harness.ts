import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  createStaffWithCli,
  makeDataDir,
  openTrackedPage,
  startAppAndBrowser,
  stopAll,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';

// What the account e2e files share: each file starts its own production build, SMTP sink and
// Chromium through `useAccountsApp`, so each has its own rate-limit budget (the limits are per IP,
// and every request of a file comes from 127.0.0.1) and the files run side by side.

export type Locale = 'pt-BR' | 'en';
/** Every flow runs once per language: `it.each(locales)`. */
export const locales = ['pt-BR', 'en'] as const satisfies readonly Locale[];
export const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'pt-BR' : 'en');

export const password = 'Trilha-das-araucarias-2025';

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@e2e.promata.example`;

/** A staff account made with the CLI before the app started: its set-password link. */
export type StaffInvitation = { email: string; name: string; path: string };

export type AccountsHarness = {
  appUrl(path: string): string;
  mailSink(): SmtpSink;
  browser(): Browser;
  /** A fresh browser profile with the given browser language; console errors are collected. */
  openPage(locale: Locale, path: string): Promise<OpenedPage>;
  /**
   * The path and fragment of the first e-mail to `email` linking to `pagePath#token=…`, other
   * than the links in `except` (to wait for a second link rather than find the first again).
   */
  mailedLink(email: string, pagePath: string, except?: readonly string[]): Promise<string>;
  /** A verified visitor account made through the API itself (sign-up, e-mail, verification). */
  createVerifiedAccount(locale: Locale, name: string): Promise<{ email: string; name: string }>;
  /** The staff account prepared for `locale` (see `useAccountsApp`'s `staff`). */
  staffInvitation(locale: Locale): StaffInvitation;
};

/**
 * Registers this file's beforeAll/afterEach/afterAll. `staff` lists the ADMINs to create with the
 * CLI first (one per language at most): the embedded database is one process's.
 */
export function useAccountsApp(label: string, staff: { locale: Locale; name: string }[] = []): AccountsHarness {
  let app: BuiltApp | undefined;
  let browser: Browser | undefined;
  let sink: SmtpSink | undefined;
  let dataDir: string | undefined;
  const invitations = new Map<Locale, StaffInvitation>();
  const contexts: BrowserContext[] = [];

  const appUrl = (path: string) => appUrlOf(app, path);
  const mailSink = () => {
    if (!sink) throw new Error('beforeAll did not start the SMTP sink');
    return sink;
  };

  beforeAll(async () => {
    dataDir = makeDataDir(label);
    for (const { locale, name } of staff) {
      const email = uniqueEmail(`staff-${locale.toLowerCase()}`);
      const url = new URL(await createStaffWithCli(dataDir, { role: 'ADMIN', email, name, locale }));
      invitations.set(locale, { email, name, path: `${url.pathname}${url.hash}` });
    }
    sink = await startSmtpSink();
    // No demo catalogue: these tests need none, and seeding it would slow the start past its limit.
    const started = await startAppAndBrowser({ DATA_DIR: dataDir, SMTP_URL: sink.url, DEMO_SEED: 'off' });
    ({ app, browser } = started);
    started.rethrow();
  }, 90_000);

  afterEach(() => closeContexts(contexts));

  afterAll(() => stopAll({ browser, app, sink, dataDir }));

  const mailedLink = async (email: string, pagePath: string, except: readonly string[] = []) => {
    const relative = (link: string) => {
      const url = new URL(link);
      return `${url.pathname}${url.hash}`;
    };
    const fresh = (link: string) => link.includes(`${pagePath}#token=`) && !except.includes(relative(link));
    const mail = await mailSink().waitFor((message) => message.to.includes(email) && message.links.some(fresh), 10_000);
    const link = mail.links.find(fresh);
    if (!link) throw new Error(`no ${pagePath} link in "${mail.subject}"`);
    return relative(link);
  };

  return {
    appUrl,
    mailSink,
    browser() {
      if (!browser) throw new Error('beforeAll did not launch the browser');
      return browser;
    },
    openPage(locale, path) {
      return openTrackedPage(browser, contexts, appUrl(path), {
        locale,
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
    },
    mailedLink,
    async createVerifiedAccount(locale, name) {
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
    },
    staffInvitation(locale) {
      const invitation = invitations.get(locale);
      if (!invitation) throw new Error(`beforeAll did not create the ${locale} staff account`);
      return invitation;
    },
  };
}

export async function pathOf(page: Page): Promise<string> {
  await page.waitForLoadState();
  return new URL(page.url()).pathname;
}

/** Waits until the address bar shows `pathname` (client-side navigations do not fire `load`). */
export async function waitForPath(page: Page, pathname: string): Promise<URL> {
  await page.waitForURL((url) => url.pathname === pathname);
  return new URL(page.url());
}

export async function fillCredentials(page: Page, t: Messages, email: string, secret: string): Promise<void> {
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(secret);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
}

export function accountMenuButton(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

export async function signOutFromHeader(page: Page, t: Messages, name: string): Promise<void> {
  const menu = accountMenuButton(page, name);
  await menu.click();
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('button', { name: t.layout.account.signOut, exact: true }).click();
  await waitForPath(page, '/');
  await page.getByTestId('page-notice').getByText(t.notices.messages.signedOut, { exact: true }).waitFor();
  await page.getByRole('link', { name: t.layout.account.signIn, exact: true }).waitFor();
}

/** `auth.login.heading` and the like: what i18next shows for a key missing from a language. */
const rawKey = new RegExp(`\\b(?:${Object.keys(ptBR).join('|')})\\.[A-Za-z][\\w.]*[A-Za-z]\\b`, 'g');

/**
 * The page speaks `locale`: `<html lang>` says so and no translation key shows instead of a
 * text. With the locators built from that language's resources, a page in the other language or
 * with a missing text fails the test.
 */
export async function expectLanguage(page: Page, locale: Locale): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  const visible = await page.locator('body').innerText();
  expect(visible.match(rawKey) ?? []).toEqual([]);
}
