import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
import { actOnBooking, bookingStatus, enableStaffMfa, signInAsStaff, type StaffAccount } from './staff-session';

// The whole journey of issue 6, in the browser only, against the production build on its
// embedded database with e-mails caught by an SMTP sink: a visitor signs up, confirms the e-mail,
// books a trail day (in Portuguese with the keyboard alone), staff with MFA ask for the payment,
// the visitor sends the proof, staff approve it and the booking, and the visitor sees the
// confirmation and downloads the calendar file. Once in pt-BR, once in English.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const proofPath = fileURLToPath(new URL('../../../api/test/fixtures/uploads/tiny.pdf', import.meta.url));
const password = 'Trilha-das-araucarias-2025';

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let sink: SmtpSink | undefined;
let dataDir: string | undefined;
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

/** Presses Tab until `target` has the focus: proof that the keyboard alone reaches it. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${String(target)}`);
}

/** Moves the calendar's focus with the arrow keys from wherever it is to `day`. */
async function arrowToDay(page: Page, day: string): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date);
    if (focused === undefined) throw new Error('the focus left the calendar');
    if (focused === day) return;
    const weeks = Math.trunc((Date.parse(day) - Date.parse(focused)) / (7 * 86_400_000));
    await page.keyboard.press(
      weeks > 0 ? 'ArrowDown' : weeks < 0 ? 'ArrowUp' : day > focused ? 'ArrowRight' : 'ArrowLeft',
    );
  }
  throw new Error(`the arrow keys never reached ${day}`);
}

/** Chooses an option of the focused <select> with the arrow keys. */
async function arrowToOption(page: Page, select: Locator, value: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 10; presses += 1) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${value} reached with the arrow keys`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
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

/** The booking made with the keyboard alone: day, people, cart, participant, confirmation. */
async function bookWithKeyboard(page: Page, t: Messages, day: string): Promise<void> {
  await tabTo(page, page.locator('[data-date][tabindex="0"]'));
  await arrowToDay(page, day);
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('book-start').inputValue()).toBe(day);
  await typeInto(page, page.getByTestId('book-people'), '1');
  await tabTo(page, page.getByRole('button', { name: t.bookings.add.submit, exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('go-to-cart'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
  await page.getByTestId('cart-line').waitFor();

  await tabTo(page, page.getByTestId('add-participant'));
  await page.keyboard.press('Enter');
  await typeInto(page, page.locator('#participant-0-name'), 'Ana Souza');
  await typeInto(page, page.locator('#participant-0-document'), '529.982.247-25');
  // A date field takes its digits in the order of the system's locale, not the page's.
  const birth = page.locator('#participant-0-birth');
  await typeInto(page, birth, '01041990');
  if ((await birth.inputValue()) === '1990-01-04') {
    // Month first: back over the year and day parts of the field, and again in that order.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('04011990');
  }
  expect(await birth.inputValue()).toBe('1990-04-01');
  const gender = page.locator('#participant-0-gender');
  await tabTo(page, gender);
  await arrowToOption(page, gender, 'FEMALE');
  await tabTo(page, page.getByTestId('confirm-booking'));
  await page.keyboard.press('Enter');
}

/** The same booking with the mouse, for the English run: a foreign participant with a passport. */
async function bookWithPointer(page: Page, t: Messages, day: string): Promise<void> {
  await page.locator(`[data-date="${day}"]`).click();
  await page.getByTestId('book-people').fill('1');
  await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).click();
  await page.getByTestId('go-to-cart').click();
  await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
  await page.getByTestId('add-participant').click();
  await page.locator('#participant-0-name').fill('Jane Doe');
  await page.locator('#participant-0-document-type').selectOption('PASSPORT');
  await page.locator('#participant-0-document').fill('X1234567');
  await page.locator('#participant-0-birth').fill('1979-06-30');
  await page.locator('#participant-0-gender').selectOption('UNDISCLOSED');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('confirm-booking').click();
}

async function visitorSees(page: Page, t: Messages, status: keyof Messages['bookings']['statuses']): Promise<void> {
  await page.reload();
  await page.getByTestId('booking-status').getByText(t.bookings.statuses[status], { exact: true }).waitFor();
}

beforeAll(async () => {
  dataDir = makeDataDir('journey');
  const demo = await seedDemo(dataDir);
  sink = await startSmtpSink();
  const started = await startAppAndBrowser({ DATA_DIR: dataDir, SMTP_URL: sink.url });
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
  it('signs up, confirms, books, is asked to pay, sends the proof, is approved and downloads the .ics', async () => {
    const t = texts[locale];
    const day = days[locale];
    const person = {
      name: locale === 'en' ? 'Jane Traveller' : 'Ana Visitante',
      email: `${randomBytes(5).toString('hex')}@journey.example`,
    };

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

    // The visitor reads the request and sends the proof.
    await visitorSees(visitor.page, t, 'PAYMENT_REQUESTED');
    await visitor.page.getByTestId('booking-timeline').getByText(payMessage).waitFor();
    await visitor.page.getByTestId('proof-file').setInputFiles(proofPath);
    await visitor.page.getByTestId('proof-submit').click();
    await visitor.page.getByTestId('booking-status').getByText(t.bookings.statuses.PAYMENT_SENT).waitFor();

    // Staff see the proof arrive without reloading, approve the payment and then the booking.
    await expect.poll(() => bookingStatus(desk.page), { timeout: 25_000 }).toBe('PAYMENT_SENT');
    await desk.page.getByTestId('booking-document').first().waitFor();
    await actOnBooking(desk.page, t, 'APPROVE_PAYMENT');
    await expect.poll(() => bookingStatus(desk.page)).toBe('PAYMENT_APPROVED');
    const welcome = locale === 'en' ? 'See you at the reserve!' : 'Até breve na reserva!';
    await actOnBooking(desk.page, t, 'APPROVE', welcome);
    await expect.poll(() => bookingStatus(desk.page)).toBe('APPROVED');
    expect(await accessibilityViolations(desk.page)).toEqual([]);

    // The visitor sees the confirmation, is told by e-mail, and takes the visit to a calendar.
    await visitorSees(visitor.page, t, 'APPROVED');
    await visitor.page.getByTestId('booking-timeline').getByText(welcome).waitFor();
    await prepared(sink, 'the SMTP sink').waitFor(
      (message) => message.to.includes(person.email) && message.text.includes(welcome),
      10_000,
    );
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
  }, 90_000);
});
