import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  apiCaller,
  appUrlOf,
  closeContexts,
  createStaffWithCli,
  expectJson as json,
  heading,
  makeDataDir,
  openTrackedPage,
  startAppAndBrowser,
  stopAll,
  totpNow,
  unexpectedErrors as unexpectedStatusErrors,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { accessibilityViolations } from './accessibility';
import { expectLanguage } from './accounts-harness';

// The staff pages against the production build (`npm run build` first): the real API on an
// embedded database, a ROOT made with the CLI before the app starts, e-mails caught by an SMTP
// sink, driven by Chromium. The ROOT and the ADMIN get their accounts ready through the API (the
// account pages' own end-to-end tests cover doing that in the browser); the staff work is done
// in the browser.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const password = 'Trilha-das-araucarias-2025';
const fixtures = join(import.meta.dirname, '../../../api/test/fixtures/uploads');
/**
 * In every e-mail address of this run, so a search finds this run's accounts only. It starts with
 * a letter: the router would quote a query that reads as JSON (`123`, `1e5`) in the address.
 */
const runTag = `r${randomBytes(3).toString('hex')}`;

type StaffAccount = { email: string; name: string; token: string; recoveryCodes: string[] };

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let sink: SmtpSink | undefined;
let dataDir: string | undefined;
let root: StaffAccount | undefined;
/** An ADMIN invited by the ROOT, password set, MFA not yet: the browser test sets it up. */
let admin: { email: string; name: string } | undefined;
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

function mailSink(): SmtpSink {
  if (!sink) throw new Error('beforeAll did not start the SMTP sink');
  return sink;
}

function rootAccount(): StaffAccount {
  if (!root) throw new Error('beforeAll did not prepare the ROOT account');
  return root;
}

const uniqueEmail = (label: string) => `${label}-${runTag}-${randomBytes(3).toString('hex')}@e2e.promata.example`;

function openPage(locale: Locale, path: string, width = 1280): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), {
    locale,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
}

/**
 * Console errors other than the browser's report of an HTTP status a test provoked on purpose, and
 * of the API's Content-Security-Policy refusing to frame the PDF preview (see the preview test).
 */
function unexpectedErrors(errors: string[], ...statuses: number[]): string[] {
  return unexpectedStatusErrors(errors, ...statuses).filter(
    (error) => !/Framing 'blob:[^']*' violates the following Content Security Policy/.test(error),
  );
}

async function waitForPath(page: Page, pathname: string): Promise<URL> {
  await page.waitForURL((url) => url.pathname === pathname);
  return new URL(page.url());
}

/** A JSON (or multipart) call to the API, as a script would make it. */
const api = apiCaller(appUrl);

/** The token of the newest e-mail to `email` linking to `pagePath#token=…`. */
async function mailedToken(email: string, pagePath: string): Promise<string> {
  const mail = await mailSink().waitFor(
    (message) => message.to.includes(email) && message.links.some((link) => link.includes(`${pagePath}#token=`)),
    10_000,
  );
  const link = mail.links.find((candidate) => candidate.includes(`${pagePath}#token=`)) ?? '';
  return new URLSearchParams(link.split('#')[1]).get('token') ?? '';
}

async function setPassword(token: string): Promise<void> {
  expect((await api('/auth/password/reset', { method: 'POST', body: { token, password } })).status).toBe(204);
}

async function login(email: string): Promise<string> {
  const response = await json<{ accessToken: string }>(
    await api('/auth/login', { method: 'POST', body: { email, password } }),
    200,
  );
  return response.accessToken;
}

/** A verified visitor (sign-up, e-mailed link, verification), signed in through the API. */
async function createGuest(name: string): Promise<{ email: string; name: string; token: string }> {
  const email = uniqueEmail('guest');
  const signUp = await api('/auth/sign-up', { method: 'POST', body: { email, password, name, locale: 'pt-BR' } });
  expect(signUp.status).toBe(202);
  const token = await mailedToken(email, '/verify-email');
  expect((await api('/auth/verify-email', { method: 'POST', body: { token } })).status).toBe(204);
  return { email, name, token: await login(email) };
}

async function requestProfessorVerification(token: string, file: string, type: string): Promise<void> {
  const body = new FormData();
  body.append('document', new Blob([readFileSync(join(fixtures, file))], { type }), file);
  const response = await api('/me/professor-request', { method: 'POST', token, body });
  expect(response.status, await response.text()).toBe(202);
}

async function fillCredentials(page: Page, t: Messages, email: string): Promise<void> {
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
}

/** The ROOT signs in on the login page that `page` shows, with one of its recovery codes. */
async function signInAsRoot(page: Page, t: Messages): Promise<void> {
  const account = rootAccount();
  await fillCredentials(page, t, account.email);
  const code = account.recoveryCodes.shift();
  if (!code) throw new Error('no recovery code left');
  await page.getByLabel(t.auth.login.mfa.code).fill(code);
  await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
}

function userRow(page: Page, email: string): Locator {
  return page.locator(`[data-testid="user-row"][data-user-email="${email}"]`);
}

async function search(page: Page, t: Messages, text: string): Promise<void> {
  await page.getByLabel(t.staff.users.filters.search).fill(text);
  await page.waitForURL((url) => url.searchParams.get('q') === text);
}

async function activeElementText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

beforeAll(async () => {
  // The embedded database is one process's: the CLI runs on the data directory before the app.
  dataDir = makeDataDir('staff');
  const rootEmail = uniqueEmail('root');
  const link = await createStaffWithCli(dataDir, {
    role: 'ROOT',
    email: rootEmail,
    name: 'Rita Root',
    locale: 'pt-BR',
  });

  sink = await startSmtpSink();
  const started = await startAppAndBrowser({ DATA_DIR: dataDir, SMTP_URL: sink.url });
  ({ app, browser } = started);
  started.rethrow();

  // The ROOT sets its password and turns MFA on; its recovery codes sign it in in the browser.
  await setPassword(new URLSearchParams(link.split('#')[1]).get('token') ?? '');
  const firstToken = await login(rootEmail);
  const { secret } = await json<{ secret: string }>(
    await api('/auth/mfa/setup', { method: 'POST', token: firstToken }),
    200,
  );
  const confirmed = await json<{ accessToken: string; recoveryCodes: string[] }>(
    await api('/auth/mfa/confirm', { method: 'POST', token: firstToken, body: { code: totpNow(secret) } }),
    200,
  );
  root = { email: rootEmail, name: 'Rita Root', token: confirmed.accessToken, recoveryCodes: confirmed.recoveryCodes };

  // The ADMIN of the second test: invited by the ROOT, password set from the e-mailed link.
  const adminEmail = uniqueEmail('admin');
  await json(
    await api('/users', {
      method: 'POST',
      token: root.token,
      body: { email: adminEmail, name: 'Beatriz Admin', role: 'ADMIN', locale: 'en' },
    }),
    201,
  );
  await setPassword(await mailedToken(adminEmail, '/set-password'));
  admin = { email: adminEmail, name: 'Beatriz Admin' };
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, sink, dataDir }));

describe('staff pages in the browser', () => {
  it('ROOT (pt-BR): invites, searches, changes the role, deactivates, reactivates and erases', async () => {
    const t = texts['pt-BR'];
    const { page, errors } = await openPage('pt-BR', '/staff/users');

    // No session: the login page first, then back here (after the second factor).
    const login = await waitForPath(page, '/login');
    expect(login.searchParams.get('redirect')).toBe('/staff/users');
    await signInAsRoot(page, t);
    await waitForPath(page, '/staff/users');
    await heading(page, t.staff.users.heading).waitFor();
    expect(await page.title()).toBe(`${t.staff.users.title} | Pró-Mata`);
    await page
      .getByRole('navigation', { name: t.layout.primaryNavigation })
      .getByRole('link', { name: t.layout.nav.staff, exact: true })
      .waitFor();
    await userRow(page, rootAccount().email).getByText(t.staff.users.you).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Invite an ADMIN: every role is on offer to ROOT; the dialog gives focus back when it closes.
    const adminEmail = uniqueEmail('invited-admin');
    const guestEmail = uniqueEmail('invited-guest');
    const guestName = `Gabriel Visitante ${runTag}`;
    const inviteButton = page.getByTestId('invite-button');
    await inviteButton.click();
    const invite = page.getByRole('dialog', { name: t.staff.users.inviteDialog.heading });
    const roleSelect = invite.getByLabel(t.staff.users.inviteDialog.role);
    expect(await roleSelect.locator('option').allInnerTexts()).toEqual([
      t.account.roles.GUEST,
      t.account.roles.PROFESSOR,
      t.account.roles.ADMIN,
      t.account.roles.ROOT,
    ]);
    await invite.getByLabel(t.staff.users.inviteDialog.email, { exact: true }).fill(adminEmail);
    await invite.getByLabel(t.staff.users.inviteDialog.name).fill(`Ivo Equipe ${runTag}`);
    await roleSelect.selectOption('ADMIN');
    await invite.getByLabel(t.staff.users.inviteDialog.locale).selectOption('en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await invite.getByTestId('invite-submit').click();
    const result = page.getByTestId('staff-result');
    await result.getByText(t.staff.users.inviteDialog.sent.replace('{{email}}', adminEmail)).waitFor();
    await invite.waitFor({ state: 'detached' });
    await expect.poll(() => inviteButton.evaluate((element) => element === document.activeElement)).toBe(true);

    // The same address again is refused on its field, in the app's words; then a GUEST.
    await inviteButton.click();
    await invite.getByLabel(t.staff.users.inviteDialog.email, { exact: true }).fill(adminEmail);
    await invite.getByLabel(t.staff.users.inviteDialog.name).fill(guestName);
    await invite.getByTestId('invite-submit').click();
    await invite.locator('#invite-email-error').getByText(t.staff.errors.emailTaken).waitFor();
    await invite.getByLabel(t.staff.users.inviteDialog.email, { exact: true }).fill(guestEmail);
    await invite.getByTestId('invite-submit').click();
    await result.getByText(t.staff.users.inviteDialog.sent.replace('{{email}}', guestEmail)).waitFor();

    // Both invitations arrive, each with a set-password link.
    expect(await mailedToken(adminEmail, '/set-password')).not.toBe('');
    expect(await mailedToken(guestEmail, '/set-password')).not.toBe('');

    // The search (debounced, kept in the address) finds both, a filter narrows it to the GUEST.
    await search(page, t, 'invited');
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(2);
    await page.getByTestId('users-count').getByText('1–2').waitFor();
    await page.getByLabel(t.staff.users.filters.role).selectOption('GUEST');
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('role')).toBe('GUEST');
    const guest = userRow(page, guestEmail);
    await guest.getByText(t.staff.users.status.unverified).waitFor();

    // GUEST → PROFESSOR: the other roles only, and the consequence said before confirming.
    await guest.getByRole('button', { name: t.staff.users.actions.changeRole }).click();
    const roleDialog = page.getByRole('dialog', { name: t.staff.users.roleDialog.heading });
    expect(await roleDialog.getByLabel(t.staff.users.roleDialog.role).locator('option').allInnerTexts()).toEqual([
      t.account.roles.PROFESSOR,
      t.account.roles.ADMIN,
      t.account.roles.ROOT,
    ]);
    await roleDialog.getByText(t.staff.users.roleDialog.signOut).waitFor();
    await roleDialog.getByLabel(t.staff.users.roleDialog.role).selectOption('PROFESSOR');
    await roleDialog.getByTestId('role-submit').click();
    await result.getByText(t.account.roles.PROFESSOR, { exact: false }).waitFor();
    // The filter still says GUEST: the professor has left this list.
    await page.getByLabel(t.staff.users.filters.role).selectOption('PROFESSOR');
    await userRow(page, guestEmail).getByText(t.account.roles.PROFESSOR).waitFor();

    // Deactivate: focus starts on Cancel, Escape closes and returns focus to the row's button.
    const toggle = guest.getByRole('button', { name: t.staff.users.actions.deactivate });
    await toggle.click();
    const deactivate = page.getByRole('dialog', { name: t.staff.users.deactivateDialog.heading });
    await deactivate.waitFor();
    expect(await activeElementText(page)).toBe(t.staff.cancel);
    await page.keyboard.press('Escape');
    await deactivate.waitFor({ state: 'detached' });
    await expect.poll(() => toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await toggle.click();
    await deactivate.getByRole('button', { name: t.staff.users.deactivateDialog.submit }).click();
    await result.getByText(t.staff.users.deactivateDialog.done.replace('{{name}}', guestName)).waitFor();
    await expect.poll(() => guest.locator('.status-pill').innerText()).toBe(t.staff.users.status.inactive);

    // Reactivate: the same button, now worded for it.
    await guest.getByRole('button', { name: t.staff.users.actions.reactivate }).click();
    await page
      .getByRole('dialog', { name: t.staff.users.reactivateDialog.heading })
      .getByRole('button', { name: t.staff.users.reactivateDialog.submit })
      .click();
    await expect.poll(() => guest.locator('.status-pill').innerText()).toBe(t.staff.users.status.active);

    // Erase: only the person's e-mail, typed, confirms it.
    await search(page, t, guestEmail);
    await guest.getByRole('button', { name: t.staff.users.actions.erase }).click();
    const erase = page.getByRole('dialog', { name: t.staff.users.eraseDialog.heading });
    const confirmation = erase.getByLabel(t.staff.users.eraseDialog.confirm.replace('{{email}}', guestEmail));
    await confirmation.fill(adminEmail);
    await erase.getByTestId('erase-submit').click();
    await erase.getByText(t.validation.emailMismatch).waitFor();
    expect(await confirmation.getAttribute('aria-invalid')).toBe('true');
    await confirmation.fill(guestEmail.toUpperCase());
    await erase.getByTestId('erase-submit').click();
    await result.getByText(t.staff.users.eraseDialog.done.replace('{{name}}', guestName)).waitFor();
    // The address is gone from the account, so the search no longer finds it; focus is not lost.
    await page.getByTestId('users-count').getByText(t.staff.users.emptyFiltered).waitFor();
    await expect.poll(() => activeElementText(page)).toBe(t.staff.users.caption);
    const erased = await json<{ items: { email: string; active: boolean }[] }>(
      await api('/users?q=invited-guest', { token: rootAccount().token }),
      200,
    );
    expect(erased.items).toEqual([]);

    expect(unexpectedErrors(errors, 401, 409)).toEqual([]);
  }, 60_000);

  it('ADMIN (en): sets up MFA at the door, may give visitor and professor roles only, not touch staff', async () => {
    const t = texts.en;
    if (!admin) throw new Error('beforeAll did not prepare the ADMIN');
    const { page, errors } = await openPage('en', '/login');
    await fillCredentials(page, t, admin.email);
    await waitForPath(page, '/account/mfa');

    // Staff without MFA who go to the staff pages are sent to set it up, and come back after.
    await page.goto(appUrl('/staff/users'));
    const mfa = await waitForPath(page, '/account/mfa');
    expect(mfa.searchParams.get('redirect')).toBe('/staff/users');
    await page.getByRole('button', { name: t.account.mfa.start }).click();
    const secret = await page.getByTestId('mfa-secret').getAttribute('data-secret');
    await page.getByLabel(t.account.mfa.code).fill(totpNow(secret ?? ''));
    await page.getByRole('button', { name: t.account.mfa.confirm, exact: true }).click();
    await page.getByLabel(t.account.recoveryCodes.saved).check();
    await page.getByRole('button', { name: t.account.recoveryCodes.done }).click();
    await waitForPath(page, '/staff/users');
    await heading(page, t.staff.users.heading).waitFor();

    // The invitation offers the two roles an ADMIN may give; a visitor is invited.
    const guestEmail = uniqueEmail('admin-guest');
    await page.getByTestId('invite-button').click();
    const invite = page.getByRole('dialog', { name: t.staff.users.inviteDialog.heading });
    expect(await invite.getByLabel(t.staff.users.inviteDialog.role).locator('option').allInnerTexts()).toEqual([
      t.account.roles.GUEST,
      t.account.roles.PROFESSOR,
    ]);
    await invite.getByText(t.staff.users.inviteDialog.roleHint).waitFor();
    await invite.getByLabel(t.staff.users.inviteDialog.email, { exact: true }).fill(guestEmail);
    await invite.getByLabel(t.staff.users.inviteDialog.name).fill('Vera Visitor');
    await invite.getByTestId('invite-submit').click();
    await page.getByTestId('staff-result').getByText(guestEmail).waitFor();

    // Its row has actions; changing its role offers the professor role only.
    await search(page, t, guestEmail);
    const guest = userRow(page, guestEmail);
    await guest.getByRole('button', { name: t.staff.users.actions.changeRole }).click();
    const roleDialog = page.getByRole('dialog', { name: t.staff.users.roleDialog.heading });
    expect(await roleDialog.getByLabel(t.staff.users.roleDialog.role).locator('option').allInnerTexts()).toEqual([
      t.account.roles.PROFESSOR,
    ]);
    await roleDialog.getByRole('button', { name: t.staff.cancel }).click();
    await roleDialog.waitFor({ state: 'detached' });

    // Staff rows (the ROOT, and the ADMIN's own) have none.
    await page.getByLabel(t.staff.users.filters.search).fill('');
    await page.getByLabel(t.staff.users.filters.role).selectOption('ROOT');
    const rootRow = userRow(page, rootAccount().email);
    await rootRow.getByText(t.staff.users.noActions).waitFor();
    expect(await rootRow.getByRole('button').count()).toBe(0);
    await page.getByLabel(t.staff.users.filters.role).selectOption('ADMIN');
    const ownRow = userRow(page, admin.email);
    await ownRow.getByText(t.staff.users.you).waitFor();
    expect(await page.getByTestId('users-table').getByRole('button').count()).toBe(0);

    expect(unexpectedErrors(errors)).toEqual([]);
  }, 60_000);

  it.each(['pt-BR', 'en'] as const)(
    'professor verification (%s): preview, approval e-mailed, a decision made elsewhere first',
    async (locale) => {
      // The interface takes the ROOT's own language at sign-in: its profile says which.
      await setRootLocale(locale);
      try {
        await decideProfessorRequests(locale);
      } finally {
        await setRootLocale('pt-BR');
      }
    },
    60_000,
  );

  it('shows a visitor the missing page at /staff, and no way there in the header', async () => {
    // The visitor's account speaks Portuguese: the interface switches to it at sign-in.
    const t = texts['pt-BR'];
    const guest = await createGuest('Nina Nosy');
    const { page, errors } = await openPage('pt-BR', '/login?redirect=/staff/users');
    await fillCredentials(page, t, guest.email);
    await waitForPath(page, '/staff/users');
    await heading(page, t.notFound.heading).waitFor();
    expect(await page.getByTestId('staff-nav-link').count()).toBe(0);
    expect((await api('/users', { token: guest.token })).status).toBe(404);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

async function userId(email: string): Promise<string> {
  const page = await json<{ items: { id: string; email: string }[] }>(
    await api(`/users?q=${encodeURIComponent(email)}`, { token: rootAccount().token }),
    200,
  );
  const user = page.items.find((item) => item.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

async function setRootLocale(locale: Locale): Promise<void> {
  const response = await api('/me', { method: 'PATCH', token: rootAccount().token, body: { locale } });
  expect(response.status, await response.text()).toBe(200);
}

/** The queue in `locale`: the ROOT signs in, previews both documents, approves one, meets a 409. */
async function decideProfessorRequests(locale: Locale): Promise<void> {
  const t = texts[locale];
  const withPdf = await createGuest(`Paula Professora ${locale} ${runTag}`);
  const withImage = await createGuest(`Igor Imagem ${locale} ${runTag}`);
  await requestProfessorVerification(withPdf.token, 'tiny.pdf', 'application/pdf');
  await requestProfessorVerification(withImage.token, 'tiny.png', 'image/png');

  // Staff are told by e-mail, with a link to the queue.
  const notice = await mailSink().waitFor(
    (mail) => mail.to.includes(rootAccount().email) && mail.text.includes(withPdf.email),
    10_000,
  );
  const queueLink = notice.links
    .map((link) => new URL(link))
    .find((url) => url.pathname === '/staff/professor-requests');
  expect(queueLink).toBeDefined();
  const { page, errors } = await openPage(locale, queueLink?.pathname ?? '');
  await waitForPath(page, '/login');
  await signInAsRoot(page, t);
  await waitForPath(page, '/staff/professor-requests');
  await heading(page, t.staff.professorRequests.heading).waitFor();
  await expectLanguage(page, locale);

  // Oldest first.
  const items = page.getByTestId('professor-queue-item');
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
  const names = await items.locator('.queue-list__name').allInnerTexts();
  expect(names.indexOf(withPdf.name)).toBeLessThan(names.indexOf(withImage.name));

  // The PDF is fetched with the token and shown from a blob: URL (no token in any address).
  await items.filter({ hasText: withPdf.email }).click();
  const detail = page.getByTestId('request-detail');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('request-heading');
  const frame = detail.getByTestId('document-frame');
  expect(await frame.getAttribute('src')).toMatch(/^blob:/);
  expect(await frame.getAttribute('title')).toBe(
    t.staff.professorRequests.document.frameTitle.replace('{{name}}', withPdf.name),
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByTestId('document-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('tiny.pdf');
  expect(readFileSync(await download.path())).toEqual(readFileSync(join(fixtures, 'tiny.pdf')));
  // The API's policy decides whether a blob: PDF may be framed; the page says so when it may not.
  const policy = (await fetch(appUrl('/'))).headers.get('content-security-policy') ?? '';
  const framesBlobs = /(frame-src|child-src)[^;]*blob:/.test(policy);
  if (framesBlobs) expect(await detail.getByTestId('document-preview-blocked').count()).toBe(0);
  else await detail.getByTestId('document-preview-blocked').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await expectLanguage(page, locale);

  // Approve with a message, confirmed in a dialog that repeats it.
  const message = `${locale === 'en' ? 'Welcome, professor!' : 'Bem-vinda, professora!'} ${runTag}`;
  await detail.getByLabel(t.staff.professorRequests.decision.message).fill(message);
  await detail.getByTestId('decision-approve').click();
  const confirm = page.getByRole('dialog', {
    name: t.staff.professorRequests.decision.approveHeading.replace('{{name}}', withPdf.name),
  });
  await confirm.getByText(message).waitFor();
  await confirm.getByTestId('decision-confirm').click();
  await page
    .getByTestId('staff-result')
    .getByText(t.staff.professorRequests.decision.approved.replace('{{name}}', withPdf.name))
    .waitFor();
  await expect.poll(() => items.filter({ hasText: withPdf.email }).count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('queue-heading');
  const approval = await mailSink().waitFor((mail) => mail.to.includes(withPdf.email) && mail.text.includes(message));
  expect(approval.subject).toContain('professor');

  // An image is shown as an image, decoded from its blob: URL.
  await items.filter({ hasText: withImage.email }).click();
  const image = detail.getByTestId('document-image');
  expect(await image.getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  // Another staff member rejects it (through the API) while this one is about to: 409, told, refreshed.
  await detail.getByTestId('decision-reject').click();
  const reject = page.getByRole('dialog', {
    name: t.staff.professorRequests.decision.rejectHeading.replace('{{name}}', withImage.name),
  });
  await reject.getByText(t.staff.professorRequests.decision.withoutMessage).waitFor();
  await expectLanguage(page, locale);
  const elsewhere = await api(`/users/${await userId(withImage.email)}/professor-verification`, {
    method: 'POST',
    token: rootAccount().token,
    body: { decision: 'REJECT' },
  });
  expect(elsewhere.status).toBe(204);
  await reject.getByTestId('decision-confirm').click();
  await page.getByTestId('queue-error').getByText(t.staff.errors.alreadyDecided).waitFor();
  await expect.poll(() => items.filter({ hasText: withImage.email }).count()).toBe(0);

  // The other lists hold them now.
  await page.getByLabel(t.staff.professorRequests.status).selectOption('APPROVED');
  await items.filter({ hasText: withPdf.email }).waitFor();
  expect(new URL(page.url()).searchParams.get('status')).toBe('APPROVED');
  await page.getByLabel(t.staff.professorRequests.status).selectOption('REJECTED');
  await items.filter({ hasText: withImage.email }).click();
  expect(await detail.getByTestId('decision-approve').count()).toBe(0);

  // Both staff pages fit a 360 px wide phone (the table scrolls inside its own box).
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await fitsWidth(page)).toBe(true);
  await page
    .getByRole('navigation', { name: t.staff.nav.label })
    .getByRole('link', { name: t.staff.nav.users })
    .click();
  await page.getByTestId('users-table').waitFor();
  expect(await fitsWidth(page)).toBe(true);

  expect(unexpectedErrors(errors, 401, 409)).toEqual([]);
}
