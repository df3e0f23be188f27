import type { Booking } from '@promata/contracts';
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
  unexpectedErrors,
  type Account,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { stayLabel } from '../../src/features/bookings/stay-label';
import { createI18n } from '../../src/i18n/create-i18n';
import { formatCalendarDate } from '../../src/i18n/format-calendar-date';
import { reserveTimeZone } from '../../src/i18n/format-date-time';
import { formatMoney } from '../../src/i18n/format-money';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, monthOf, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';

// The other categories booked in the browser, as bookings.e2e.test.ts does for a trail day: a
// stay in the lodge (check-in and check-out picked with two clicks, priced per person per night)
// and the whole of an event (its fixed dates, nothing to pick). The server's booking is checked
// through the API after each.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };
type DemoExperience = { id: string; name: { pt: string; en: string }; priceCents: number };
type ExperienceDetail = DemoExperience & { event: { startsAt: string; endsAt: string } | null };

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let staffToken = '';
let visitor: Account = { email: '', password: '' };
let lodge: DemoExperience | undefined;
let course: ExperienceDetail | undefined;
/** Two nights in the lodge with every place left, within one month of the calendar. */
let checkIn = '';
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
  return openTrackedPage(browser, contexts, appUrl(path), { locale, viewport: { width: 1280, height: 900 } });
}

async function findDemo(category: 'HOSTING' | 'EVENT', namePt: string): Promise<DemoExperience> {
  const list = await api<{ items: DemoExperience[] }>(`/api/v1/experiences?category=${category}`);
  const found = list.items.find((item) => item.name.pt === namePt);
  if (!found) throw new Error(`the demo has no ${namePt}`);
  return found;
}

/** Adds the line, then signs in from the cart (the cart survives) and reads in `locale` again. */
async function addAndSignIn(page: Page, locale: Locale, people: number): Promise<void> {
  const t = texts[locale];
  await page.getByTestId('book-people').fill(String(people));
  await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).click();
  await page.getByTestId('go-to-cart').click();
  await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
  await page.getByTestId('cart-sign-in').click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(visitor.email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(visitor.password);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/booking');
  // The demo visitor's account reads pt-BR, which signing in applies.
  if (locale === 'en') await page.getByTestId('language-switcher').selectOption('en');
  await page.getByTestId('cart-line').waitFor();
}

/** Confirms the cart (no participants yet) and reads the booking made, as staff see it. */
async function confirm(page: Page, locale: Locale): Promise<Booking> {
  await page.getByTestId('confirm-booking').click();
  await page.waitForURL((url) => /^\/bookings\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByTestId('booking-status').getByText(texts[locale].bookings.statuses.CREATED).waitFor();
  const bookingId = new URL(page.url()).pathname.split('/')[2] ?? '';
  return api<Booking>(`/api/v1/bookings/${bookingId}`, { token: staffToken });
}

beforeAll(async () => {
  dataDir = makeDataDir('bookings-categories');
  const demo = await seedDemo(dataDir);
  visitor = demo.visitor;
  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  staffToken = await signInStaffWithMfa(api, demo.staff);
  lodge = await findDemo('HOSTING', 'Alojamento Coletivo');
  const found = await findDemo('EVENT', 'Curso de Observação de Aves');
  course = await api<ExperienceDetail>(`/api/v1/experiences/${found.id}`);
  const today = todayIn(reserveTimeZone);
  const availability = await api<{ days: { date: string; open: boolean; remaining: number; capacity: number }[] }>(
    `/api/v1/experiences/${lodge.id}/availability?from=${addDays(today, 3)}&to=${addDays(today, 60)}`,
  );
  const free = new Set(
    availability.days.filter((day) => day.open && day.remaining === day.capacity).map((day) => day.date),
  );
  checkIn =
    [...free].find(
      (day) => free.has(addDays(day, 1)) && free.has(addDays(day, 2)) && monthOf(addDays(day, 2)) === monthOf(day),
    ) ?? '';
  if (!checkIn) throw new Error('the demo lodge has no two free nights in the next weeks');
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('other categories in the browser', () => {
  it('en: books two nights of lodging for 2, check-in and check-out clicked, priced per person per night', async () => {
    const t = texts.en;
    const { id, name, priceCents } = prepared(lodge, 'the lodge');
    const checkOut = addDays(checkIn, 2);
    const { page, errors } = await openPage('en', `/experiences/${id}?month=${monthOf(checkIn)}`);
    await page.getByRole('heading', { level: 1, name: name.en }).waitFor();
    await page.getByText(t.bookings.add.pickHintHosting).waitFor();
    await page.locator(`[data-date="${checkIn}"]`).click();
    await page.locator(`[data-date="${checkOut}"]`).click();
    expect(await page.getByTestId('book-start').inputValue()).toBe(checkIn);
    expect(await page.getByTestId('book-end').inputValue()).toBe(checkOut);
    await addAndSignIn(page, 'en', 2);

    // The cart says the nights and shows the server's quote: 2 people × 2 nights.
    const stay = stayLabel(createI18n('en').t, 'en', { category: 'HOSTING', startDate: checkIn, endDate: checkOut });
    expect(stay).toContain('(2 nights)');
    expect(await page.getByTestId('cart-line-dates').textContent()).toBe(stay);
    const total = priceCents * 2 * 2;
    await page
      .getByTestId('cart-total')
      .getByText(t.bookings.cart.total.replace('{{total}}', formatMoney(total, 'en')), { exact: true })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const booking = await confirm(page, 'en');
    expect(booking.lines).toMatchObject([
      { category: 'HOSTING', startDate: checkIn, endDate: checkOut, people: 2, unitPriceCents: priceCents },
    ]);
    expect(booking.totalCents).toBe(total);
    const line = page.getByTestId('booking-line');
    await line.getByText(stay, { exact: false }).waitFor();
    await line.getByText(`2 people × ${formatMoney(priceCents, 'en')} = ${formatMoney(total, 'en')}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  });

  it('pt-BR: books the whole birdwatching course for 3 at its fixed dates, nothing to pick', async () => {
    const t = texts['pt-BR'];
    const { id, name, priceCents, event } = prepared(course, 'the course');
    if (!event) throw new Error('the demo course has no dates');
    const first = todayIn(reserveTimeZone, new Date(event.startsAt));
    const last = todayIn(reserveTimeZone, new Date(event.endsAt));
    const { page, errors } = await openPage('pt-BR', `/experiences/${id}`);
    await page.getByRole('heading', { level: 1, name: name.pt }).waitFor();
    const dates = t.bookings.add.eventDates
      .replace('{{first}}', formatCalendarDate(first, 'pt-BR'))
      .replace('{{last}}', formatCalendarDate(last, 'pt-BR'));
    expect(await page.getByTestId('book-event-dates').textContent()).toBe(dates);
    expect(await page.getByTestId('book-start').count()).toBe(0);
    await addAndSignIn(page, 'pt-BR', 3);

    const total = priceCents * 3;
    await page
      .getByTestId('cart-total')
      .getByText(t.bookings.cart.total.replace('{{total}}', formatMoney(total, 'pt-BR')), { exact: true })
      .waitFor();
    const booking = await confirm(page, 'pt-BR');
    expect(booking.lines).toMatchObject([
      { category: 'EVENT', startDate: first, endDate: addDays(last, 1), people: 3, unitPriceCents: priceCents },
    ]);
    expect(booking.totalCents).toBe(total);
    await page.getByTestId('booking-total').getByText(formatMoney(total, 'pt-BR'), { exact: false }).waitFor();

    // My bookings lists it with the course's name.
    await page.getByTestId('bookings-nav-link').click();
    await page.getByTestId('booking-card').getByText(name.pt).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  });
});
