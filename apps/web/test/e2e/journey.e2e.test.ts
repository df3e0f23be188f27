import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  jsonClient,
  makeDataDir,
  openTrackedPage,
  seedDemo,
  startAppAndBrowser,
  stopAll,
  unexpectedErrors,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, monthOf, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';
import { waitForOwnerMail, waitForStaffAlert } from './booking-mail';
import { bookWithKeyboard, bookWithPointer } from './journey-booking';
import { actOnBooking, bookingStatus, enableStaffMfa, signInAsStaff, type StaffAccount } from './staff-session';
import { endStayAndRestart } from './stay-end';

// The whole journey of issues 5 and 6, in the browser only, against the production build on its
// embedded database with e-mails caught by an SMTP sink: a visitor signs up, confirms the e-mail,
// books a trail day (in Portuguese with the keyboard alone), staff with MFA ask for the payment,
// the visitor sends the proof, staff approve it and the booking, the visitor sees the
// confirmation and downloads the calendar file; then the stay ends and the booking jobs complete
// it. Every step is mailed: the team about the booking and the proof, the visitor (in their
// language) about each status staff or the jobs give it. Once in pt-BR, once in English.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const proofPath = fileURLToPath(new URL('../../../api/test/fixtures/uploads/tiny.pdf', import.meta.url));
const password = 'Trilha-das-araucarias-2025';

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let sink: SmtpSink | undefined;
let dataDir: string | undefined;
/** What the app was started with; a restart (the stay's end) starts it with the same. */
let appEnv: { DATA_DIR: string; SMTP_URL: string } | undefined;
let staff: StaffAccount | undefined;
let trail = { id: '', namePt: '', nameEn: '' };
/** One free day of the trail per language. */
const days: Record<Locale, string> = { 'pt-BR': '', en: '' };
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

const api = jsonClient(appUrl);

function prepared<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`beforeAll did not prepare ${what}`);
  return value;
}

function openPage(locale: Locale, path: string): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), {
    locale,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
}

/** Sign-up in the browser, then the link of the e-mail opened in the same browser. */
async function signUpAndConfirm(page: Page, t: Messages, person: { name: string; email: string }): Promise<void> {
  await page.getByRole('heading', { level: 1, name: t.auth.signUp.heading }).waitFor();
  await page.getByLabel(t.auth.signUp.name, { exact: true }).fill(person.name);
  await page.getByLabel(t.auth.signUp.email, { exact: true }).fill(person.email);
  await page.getByLabel(t.auth.signUp.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.auth.signUp.submit, exact: true }).click();
  await page.getByTestId('sign-up-accepted').getByText(t.auth.signUp.checkInbox.heading).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);

  const mail = await prepared(sink, 'the SMTP sink').waitFor(
    (message) => message.to.includes(person.email) && message.links.some((link) => link.includes('/verify-email#')),
    10_000,
  );
  const link = mail.links.find((candidate) => candidate.includes('/verify-email#')) ?? '';
  const url = new URL(link);
  await page.goto(appUrl(`${url.pathname}${url.hash}`));
  await page.getByTestId('verify-email-status').getByText(t.auth.verifyEmail.success).waitFor();
  await page.getByRole('link', { name: t.auth.verifyEmail.loginLink }).click();
  await page.waitForURL((address) => address.pathname === '/login');
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(person.email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
  await page.waitForURL((address) => address.pathname !== '/login');
}

/**
 * The stay ends: the app is restarted with the booking's dates in the past (stay-end.ts), on a
 * new address; the pages of the old one are closed.
 */
async function endStay(bookingId: string): Promise<void> {
  await closeContexts(contexts);
  const running = prepared(app, 'the app');
  app = undefined;
  app = await endStayAndRestart(running, prepared(appEnv, 'the app environment'), {
    id: bookingId,
    today: todayIn('America/Sao_Paulo'),
  });
}

/** The visitor comes back after the visit and signs in again: the login leads to `path`. */
async function signInAgain(locale: Locale, person: { email: string }, path: string): Promise<OpenedPage> {
  const t = texts[locale];
  const opened = await openPage(locale, path);
  await opened.page.waitForURL((url) => url.pathname === '/login');
  await opened.page.getByLabel(t.auth.login.email, { exact: true }).fill(person.email);
  await opened.page.getByLabel(t.auth.login.password, { exact: true }).fill(password);
  await opened.page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
  await opened.page.waitForURL((url) => url.pathname === path);
  return opened;
}

async function visitorSees(page: Page, t: Messages, status: keyof Messages['bookings']['statuses']): Promise<void> {
  await page.reload();
  await page.getByTestId('booking-status').getByText(t.bookings.statuses[status], { exact: true }).waitFor();
}

beforeAll(async () => {
  dataDir = makeDataDir('journey');
  const demo = await seedDemo(dataDir);
  sink = await startSmtpSink();
  appEnv = { DATA_DIR: dataDir, SMTP_URL: sink.url };
  const started = await startAppAndBrowser(appEnv);
  ({ app, browser } = started);
  started.rethrow();

  // The demo ADMIN turns MFA on; its recovery codes are its second factor in the browser.
  staff = await enableStaffMfa(api, demo.staff);

  const trails = await api<{ items: { id: string; name: { pt: string; en: string } }[] }>(
    '/api/v1/experiences?category=TRAIL&q=araucarias',
  );
  const found = trails.items[0];
  if (!found) throw new Error('the demo has no Araucárias trail');
  trail = { id: found.id, namePt: found.name.pt, nameEn: found.name.en };
  const today = todayIn('America/Sao_Paulo');
  const availability = await api<{ days: { date: string; open: boolean; remaining: number }[] }>(
    `/api/v1/experiences/${trail.id}/availability?from=${addDays(today, 3)}&to=${addDays(today, 40)}`,
  );
  const free = availability.days.filter((day) => day.open && day.remaining >= 2).map((day) => day.date);
  days['pt-BR'] = free[0] ?? '';
  days.en = free[1] ?? '';
  if (!days['pt-BR'] || !days.en) throw new Error('the demo trail has no two open days in the next weeks');
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, sink, dataDir }));

describe.each(['pt-BR', 'en'] as const)('the journey in %s', (locale) => {
  it('signs up, books, pays, is approved, downloads the .ics and sees the stay completed, mailed at each step', async () => {
    const t = texts[locale];
    const day = days[locale];
    const person = {
      name: locale === 'en' ? 'Jane Traveller' : 'Ana Visitante',
      email: `${randomBytes(5).toString('hex')}@journey.example`,
    };
    const mails = prepared(sink, 'the SMTP sink');
    const owner = { email: person.email, locale };
    const staffEmail = prepared(staff, 'the staff account').email;

    // The visitor, from the sign-up page to a booking.
    const visitor = await openPage(locale, '/sign-up');
    await signUpAndConfirm(visitor.page, t, person);
    await visitor.page.goto(appUrl(`/experiences/${trail.id}?month=${monthOf(day)}`));
    await visitor.page
      .getByRole('heading', { level: 1, name: locale === 'en' ? trail.nameEn : trail.namePt })
      .waitFor();
    if (locale === 'pt-BR') await bookWithKeyboard(visitor.page, t, day);
    else await bookWithPointer(visitor.page, t, day);
    await visitor.page.waitForURL((url) => /^\/bookings\/[0-9a-f-]{36}$/.test(url.pathname));
    const bookingId = new URL(visitor.page.url()).pathname.split('/')[2] ?? '';
    await visitor.page.getByTestId('booking-status').getByText(t.bookings.statuses.CREATED, { exact: true }).waitFor();
    await waitForStaffAlert(mails, staffEmail, bookingId, 'NEW_BOOKING');

    // Staff, signed in with the second factor, find it and ask for the payment.
    const desk = await openPage(locale, `/staff/bookings/${bookingId}`);
    await desk.page.waitForURL((url) => url.pathname === '/login');
    await signInAsStaff(desk.page, t, staff, { readIn: locale });
    await desk.page.waitForURL((url) => url.pathname === `/staff/bookings/${bookingId}`);
    await desk.page
      .getByTestId('participant-row')
      .getByText(locale === 'en' ? 'Jane Doe' : 'Ana Souza')
      .waitFor();
    const payMessage = locale === 'en' ? 'Please pay by bank transfer.' : 'Pague por Pix, por favor.';
    await actOnBooking(desk.page, t, 'REQUEST_PAYMENT', payMessage);
    await expect.poll(() => bookingStatus(desk.page)).toBe('PAYMENT_REQUESTED');
    expect((await waitForOwnerMail(mails, owner, bookingId, 'PAYMENT_REQUESTED')).text).toContain(payMessage);

    // The visitor reads the request and sends the proof.
    await visitorSees(visitor.page, t, 'PAYMENT_REQUESTED');
    await visitor.page.getByTestId('booking-timeline').getByText(payMessage).waitFor();
    await visitor.page.getByTestId('proof-file').setInputFiles(proofPath);
    await visitor.page.getByTestId('proof-submit').click();
    await visitor.page.getByTestId('booking-status').getByText(t.bookings.statuses.PAYMENT_SENT).waitFor();
    await waitForStaffAlert(mails, staffEmail, bookingId, 'PAYMENT_PROOF');

    // Staff see the proof arrive without reloading, approve the payment and then the booking.
    await expect.poll(() => bookingStatus(desk.page), { timeout: 25_000 }).toBe('PAYMENT_SENT');
    await desk.page.getByTestId('booking-document').first().waitFor();
    await actOnBooking(desk.page, t, 'APPROVE_PAYMENT');
    await expect.poll(() => bookingStatus(desk.page)).toBe('PAYMENT_APPROVED');
    await waitForOwnerMail(mails, owner, bookingId, 'PAYMENT_APPROVED');
    const welcome = locale === 'en' ? 'See you at the reserve!' : 'Até breve na reserva!';
    await actOnBooking(desk.page, t, 'APPROVE', welcome);
    await expect.poll(() => bookingStatus(desk.page)).toBe('APPROVED');
    expect(await accessibilityViolations(desk.page)).toEqual([]);

    // The visitor sees the confirmation, is told by e-mail, and takes the visit to a calendar.
    await visitorSees(visitor.page, t, 'APPROVED');
    await visitor.page.getByTestId('booking-timeline').getByText(welcome).waitFor();
    const confirmation = await waitForOwnerMail(mails, owner, bookingId, 'APPROVED');
    expect(confirmation.text).toContain(welcome);
    expect(confirmation.raw).toMatch(/^Content-Type: text\/calendar/im);
    expect(await accessibilityViolations(visitor.page)).toEqual([]);
    const [download] = await Promise.all([
      visitor.page.waitForEvent('download'),
      visitor.page.getByTestId('calendar-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day.replaceAll('-', '')}`);

    expect(unexpectedErrors(visitor.errors, 401)).toEqual([]);
    expect(unexpectedErrors(desk.errors, 401)).toEqual([]);

    // The stay ends; the booking jobs complete it, the visitor is told and sees it in the list.
    await endStay(bookingId);
    await waitForOwnerMail(mails, owner, bookingId, 'COMPLETED', 20_000);
    const back = await signInAgain(locale, person, '/bookings');
    const card = back.page.getByTestId('booking-card');
    await card.getByText(t.bookings.statuses.COMPLETED, { exact: true }).waitFor();
    await card.getByRole('link').click();
    await back.page.getByTestId('booking-timeline').locator('[data-event="COMPLETE"]').waitFor();
    expect(await accessibilityViolations(back.page)).toEqual([]);
    expect(unexpectedErrors(back.errors, 401)).toEqual([]);
  }, 150_000);
});
