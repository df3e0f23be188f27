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
  signInStaffWithMfa,
  startAppAndBrowser,
  stopAll,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, monthOf, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';

// The visitor's booking flow against the production build (`npm run build` first): the demo
// catalogue seeded by the CLI, a trail day booked in Chromium (cart kept across the login), the
// staff side driven through the API, and places running out between choosing and confirming.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const proofPath = fileURLToPath(new URL('../../../api/test/fixtures/uploads/tiny.pdf', import.meta.url));
/** CPFs whose check digits are right. */
const cpfs = ['529.982.247-25', '111.444.777-35'];

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let staffToken = '';
let visitor = { email: '', password: '' };
let trailId = '';
/** Open days of the trail with every place left: one per test. */
let bookingDay = '';
let raceDay = '';
/** Two more for a booking of two lines whose participants come later. */
let peopleDays: [string, string] = ['', ''];
/** Beyond the trail's maximum advance: the API refuses it with `day_advance`. */
let farDay = '';
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

const api = jsonClient(appUrl);

function openPage(locale: Locale, path: string, width = 1280): Promise<OpenedPage> {
  return openTrackedPage(
    browser,
    contexts,
    appUrl(path),
    { locale, viewport: { width, height: 900 }, acceptDownloads: true },
    // The refused bookings (400, 409) are expected entries of the network log, not app errors.
    { ignoreConsole: /status of (400|409)\b/, consolePrefix: 'console: ' },
  );
}

/** Picks the day on the experience's calendar, sets the people and adds the line to the cart. */
async function addTrailDay(page: Page, t: Messages, day: string, people: number): Promise<void> {
  await page.locator(`[data-date="${day}"]`).click();
  expect(await page.getByTestId('book-start').inputValue()).toBe(day);
  await page.getByTestId('book-people').fill(String(people));
  await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).click();
  await page.getByTestId('go-to-cart').click();
  await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
}

async function signInFromCart(page: Page, t: Messages): Promise<void> {
  await page.getByTestId('cart-sign-in').click();
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === '/booking');
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(visitor.email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(visitor.password);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/booking');
}

beforeAll(async () => {
  dataDir = makeDataDir('bookings');
  const demo = await seedDemo(dataDir);
  visitor = demo.visitor;
  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  staffToken = await signInStaffWithMfa(api, demo.staff);
  const trails = await api<{ items: { id: string; name: { pt: string } }[] }>(
    '/api/v1/experiences?q=araucarias&category=TRAIL',
  );
  trailId = trails.items.find((item) => item.name.pt === 'Trilha das Araucárias')?.id ?? '';
  const today = todayIn('America/Sao_Paulo');
  const trail = await api<{ maxAdvanceDays: number }>(`/api/v1/experiences/${trailId}`);
  farDay = addDays(today, trail.maxAdvanceDays + 3);
  const availability = await api<{ days: { date: string; open: boolean; remaining: number; capacity: number }[] }>(
    `/api/v1/experiences/${trailId}/availability?from=${addDays(today, 3)}&to=${addDays(today, 40)}`,
  );
  const free = availability.days.filter((day) => day.open && day.remaining === day.capacity && day.capacity >= 5);
  bookingDay = free[0]?.date ?? '';
  raceDay = free[1]?.date ?? '';
  peopleDays = [free[2]?.date ?? '', free[3]?.date ?? ''];
  if (!bookingDay || !raceDay || !peopleDays[0] || !peopleDays[1]) {
    throw new Error('the demo trail has no four free days in the next weeks');
  }
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('bookings in the browser', () => {
  it('pt-BR: books a trail day for 2 through the login, then follows it: payment proof, .ics, cancellation', async () => {
    const t = texts['pt-BR'];
    const { page, errors } = await openPage('pt-BR', `/experiences/${trailId}?month=${monthOf(bookingDay)}`);
    await addTrailDay(page, t, bookingDay, 2);
    expect(await page.getByTestId('cart-line').count()).toBe(1);
    // Anonymous: asked to sign in; the cart is still there afterwards.
    const quoted = page.waitForResponse((response) => response.url().endsWith('/api/v1/bookings/quote'));
    await signInFromCart(page, t);
    await page.getByTestId('cart-line').waitFor();
    // Signed in, the review shows the server's quote rather than the estimate.
    const quote = (await (await quoted).json()) as { totalCents: number };
    const totalPrefix = t.bookings.cart.total.replace('{{total}}', '');
    const cartTotal = page
      .getByTestId('cart-total')
      .filter({ hasText: new RegExp(`^${totalPrefix}R\\$\\s[\\d.]+,\\d{2}$`) });
    await cartTotal.waitFor();
    expect(Number((await cartTotal.textContent())?.replace(/\D/g, ''))).toBe(quote.totalCents);
    expect(await page.getByTestId('cart-line-people').inputValue()).toBe('2');
    expect(await page.evaluate(() => localStorage.getItem('promata.cart.v1'))).not.toContain('@');

    await page.getByTestId('add-participant').click();
    await page.getByTestId('add-participant').click();
    const people = [
      { name: 'Ana Souza', birth: '1990-04-01', gender: 'FEMALE' },
      { name: 'Bruno Lima', birth: '1988-11-20', gender: 'MALE' },
    ];
    for (const [index, person] of people.entries()) {
      await page.locator(`#participant-${index}-name`).fill(person.name);
      await page.locator(`#participant-${index}-document`).fill(cpfs[index] ?? '');
      await page.locator(`#participant-${index}-birth`).fill(person.birth);
      await page.locator(`#participant-${index}-gender`).selectOption(person.gender);
    }
    // A wrong check digit is caught before sending.
    await page.locator('#participant-1-document').fill('111.444.777-36');
    await page.getByTestId('confirm-booking').click();
    await page.getByText(t.validation.cpf).waitFor();
    await page.locator('#participant-1-document').fill(cpfs[1] ?? '');
    expect(await accessibilityViolations(page)).toEqual([]);

    const posted = page.waitForRequest(
      (request) => request.method() === 'POST' && request.url().endsWith('/api/v1/bookings'),
    );
    await page.getByTestId('confirm-booking').click();
    expect((await posted).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await page.waitForURL((url) => url.pathname.startsWith('/bookings/'));
    const bookingId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.CREATED, { exact: true }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('promata.cart.v1'))).toBeNull();

    // My bookings, from the header.
    await page.getByTestId('bookings-nav-link').click();
    const card = page.getByTestId('booking-card');
    await card.getByText(t.bookings.statuses.CREATED, { exact: true }).waitFor();
    await card.getByRole('link').click();
    await page.getByTestId('booking-line').waitFor();

    // Staff ask for the payment; the visitor sends the proof from the page.
    await api(`/api/v1/bookings/${bookingId}/transitions`, {
      method: 'POST',
      token: staffToken,
      body: { event: 'REQUEST_PAYMENT', message: 'Pague via PIX, por favor.' },
    });
    await page.reload();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.PAYMENT_REQUESTED).waitFor();
    await page.getByTestId('booking-timeline').getByText('Pague via PIX, por favor.').waitFor();
    await page.getByTestId('proof-file').setInputFiles(proofPath);
    await page.getByTestId('proof-submit').click();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.PAYMENT_SENT).waitFor();
    await page.locator('[data-event="SEND_PAYMENT_PROOF"]').waitFor();
    await page.getByTestId('booking-documents').getByText(t.bookings.documentKinds.PAYMENT_PROOF).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('calendar-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');

    await page.getByTestId('cancel-open').click();
    await page.getByLabel(t.bookings.actions.message).fill('Mudamos de planos.');
    await page.getByTestId('cancel-confirm').click();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.CANCEL_REQUESTED).waitFor();
    await page.locator('[data-event="REQUEST_CANCELLATION"]').getByText('Mudamos de planos.').waitFor();
    expect(await page.getByTestId('cancel-open').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('en, 360 px: explains a refused day and places that ran out, then books and sends participants later', async () => {
    const t = texts.en;
    const { page, errors } = await openPage('en', `/experiences/${trailId}?month=${monthOf(raceDay)}`, 360);
    await addTrailDay(page, t, raceDay, 3);
    await signInFromCart(page, t);
    // The demo visitor's account says pt-BR, which signing in applies; back to English.
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
    await page.getByTestId('cart-line').waitFor();

    // A second line, typed beyond the maximum advance: the API's refusal is told on that line.
    await page.goto(appUrl(`/experiences/${trailId}`));
    await page.getByTestId('book-start').fill(farDay);
    await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).click();
    await page.getByTestId('go-to-cart').click();
    expect(await page.getByTestId('cart-line').count()).toBe(2);
    await page.getByTestId('confirm-booking').click();
    const farLine = page.getByTestId('cart-line').nth(1);
    await farLine.getByText(t.bookings.cart.issues.day_advance).waitFor();
    await farLine.getByRole('button', { name: t.bookings.cart.remove }).click();
    expect(await page.getByTestId('cart-line').count()).toBe(1);

    // Someone else takes all but one place meanwhile.
    const availability = await api<{ days: { remaining: number }[] }>(
      `/api/v1/experiences/${trailId}/availability?from=${raceDay}&to=${raceDay}`,
    );
    const remaining = availability.days[0]?.remaining ?? 0;
    await api('/api/v1/bookings', {
      method: 'POST',
      token: staffToken,
      body: {
        lines: [{ experienceId: trailId, startDate: raceDay, endDate: addDays(raceDay, 1), people: remaining - 1 }],
      },
    });

    await page.getByTestId('confirm-booking').click();
    const alert = page.getByTestId('capacity-alert');
    await alert.getByText(t.bookings.cart.capacity.heading).waitFor();
    await alert.getByText('1 place left (you asked for 3)', { exact: false }).waitFor();
    // Nothing was booked, and the cart is kept to fix.
    expect(new URL(page.url()).pathname).toBe('/booking');
    expect(await page.getByTestId('cart-line').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );

    // Fewer people fit: booked without participants, which the reserve asks for later.
    await page.getByTestId('cart-line-people').fill('1');
    await page.getByTestId('confirm-booking').click();
    await page.waitForURL((url) => url.pathname.startsWith('/bookings/'));
    const bookingId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.CREATED, { exact: true }).waitFor();
    await api(`/api/v1/bookings/${bookingId}/transitions`, {
      method: 'POST',
      token: staffToken,
      body: { event: 'REQUEST_PEOPLE', message: 'Who is coming?' },
    });
    await page.reload();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.PEOPLE_REQUESTED).waitFor();
    await page.getByTestId('add-participant').click();
    await page.locator('#participant-0-name').fill('Jane Doe');
    await page.locator('#participant-0-document-type').selectOption('PASSPORT');
    await page.locator('#participant-0-document').fill('X1234567');
    await page.locator('#participant-0-birth').fill('1979-06-30');
    await page.locator('#participant-0-gender').selectOption('UNDISCLOSED');
    await page.getByLabel(t.bookings.actions.message).fill('Here she is.');
    await page.getByTestId('participants-submit').click();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.PEOPLE_SENT).waitFor();
    await page.getByText('Jane Doe', { exact: false }).waitFor();
    await page.locator('[data-event="SEND_PEOPLE"]').getByText('Here she is.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    expect(errors).toEqual([]);
  });

  it('pt-BR: tells which item is short of participants before sending, and the reserve’s refusal in words', async () => {
    const t = texts['pt-BR'];
    // A booking of two items (2 people, then 1) made without participants, which staff then ask for.
    const { accessToken } = await api<{ accessToken: string }>('/api/v1/auth/login', {
      method: 'POST',
      body: visitor,
    });
    const booking = await api<{ id: string }>('/api/v1/bookings', {
      method: 'POST',
      token: accessToken,
      body: {
        lines: peopleDays.map((day, index) => ({
          experienceId: trailId,
          startDate: day,
          endDate: addDays(day, 1),
          people: 2 - index,
        })),
      },
    });
    await api(`/api/v1/bookings/${booking.id}/transitions`, {
      method: 'POST',
      token: staffToken,
      body: { event: 'REQUEST_PEOPLE', message: 'Quem vem?' },
    });

    const { page, errors } = await openPage('pt-BR', `/bookings/${booking.id}`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel(t.auth.login.email, { exact: true }).fill(visitor.email);
    await page.getByLabel(t.auth.login.password, { exact: true }).fill(visitor.password);
    await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.PEOPLE_REQUESTED).waitFor();
    const writes: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.method() !== 'GET' && pathname.startsWith('/api/v1/bookings/')) {
        writes.push(`${request.method()} ${pathname}`);
      }
    });

    // One participant, in both items: the first item (2 people) is short, the second is complete.
    await page.getByTestId('add-participant').click();
    await page.locator('#participant-0-name').fill('Ana Souza');
    await page.locator('#participant-0-document').fill(cpfs[0] ?? '');
    await page.locator('#participant-0-birth').fill('1990-04-01');
    await page.locator('#participant-0-gender').selectOption('FEMALE');
    await page.getByTestId('participants-submit').click();
    const alert = page.getByTestId('participants-alert');
    await alert.getByText(t.bookings.actions.people.incomplete.heading).waitFor();
    const shortfalls = alert.getByTestId('participants-shortfall');
    expect(await shortfalls.count()).toBe(1);
    expect(await shortfalls.textContent()).toMatch(/^Item 1: .+: falta 1 participante \(1 de 2\)\.$/);
    expect(writes).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Two, but the second unticked from the first item: still short there, now over in the second.
    await page.getByTestId('add-participant').click();
    await page.locator('#participant-1-name').fill('Bruno Lima');
    await page.locator('#participant-1-document').fill(cpfs[1] ?? '');
    await page.locator('#participant-1-birth').fill('1988-11-20');
    await page.locator('#participant-1-gender').selectOption('MALE');
    await page.getByTestId('participant').nth(1).getByRole('checkbox').first().uncheck();
    await page.getByTestId('participants-submit').click();
    await expect
      .poll(() => shortfalls.allTextContents())
      .toEqual([
        expect.stringMatching(/^Item 1: .+: falta 1 participante \(1 de 2\)\.$/),
        expect.stringMatching(/^Item 2: .+: sobra 1 participante \(2 de 1\)\.$/),
      ]);
    expect(writes).toEqual([]);

    // Should the reserve still refuse (here: the list is cut short on its way), its reason is told.
    await page.route('**/api/v1/bookings/*/participants', (route) =>
      route.continue({ postData: JSON.stringify({ participants: [] }) }),
    );
    await page.getByTestId('participant').nth(1).getByRole('checkbox').first().check();
    await page.getByTestId('participant').nth(1).getByRole('checkbox').nth(1).uncheck();
    await page.getByTestId('participants-submit').click();
    await alert.getByText(t.bookings.actions.people.incomplete.refused).waitFor();
    expect(writes).toEqual([
      `PUT /api/v1/bookings/${booking.id}/participants`,
      `POST /api/v1/bookings/${booking.id}/transitions`,
    ]);
    expect(await alert.textContent()).toBe(t.bookings.actions.people.incomplete.refused);

    // Sent whole, the list goes through.
    await page.unroute('**/api/v1/bookings/*/participants');
    await page.getByTestId('participants-submit').click();
    await page.getByTestId('booking-status').getByText(t.bookings.statuses.PEOPLE_SENT).waitFor();
    await page.getByText('Bruno Lima', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });
});
