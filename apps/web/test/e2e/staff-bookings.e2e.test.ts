import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  makeDataDir,
  openTrackedPage,
  seedDemo,
  startAppAndBrowser,
  stopAll,
  totpNow,
  unexpectedErrors,
  type Account,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';
import { actOnBooking, bookingAction, bookingStatus, signInAsStaff } from './staff-session';

// The staff side of bookings against the production build (`npm run build` first): the real API
// on an embedded database seeded with the demo catalogue by the CLI before the app starts, e-mails
// caught by an SMTP sink, driven by Chromium. The visitor's steps (booking, the payment proof) are
// made through the API, as the visitor's own pages are tested elsewhere; the staff work is done in
// the browser, which must notice the visitor's steps without a reload.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const fixtures = join(import.meta.dirname, '../../../api/test/fixtures/uploads');

type Booking = { id: string; status: string; allowedEvents: string[] };

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let sink: SmtpSink | undefined;
let dataDir: string | undefined;
let staff: (Account & { token: string; recoveryCodes: string[] }) | undefined;
let visitor: (Account & { token: string }) | undefined;
let booking: Booking | undefined;
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

function prepared<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`beforeAll did not prepare ${what}`);
  return value;
}

/** A JSON (or multipart) call to the API, as a script would make it. */
async function api<T>(
  path: string,
  status: number,
  { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': 'pt-BR' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
  const encoded = body === undefined || body instanceof FormData ? body : JSON.stringify(body);
  const response = await fetch(appUrl(`/api/v1${path}`), {
    method,
    headers,
    ...(encoded !== undefined ? { body: encoded } : {}),
  });
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function login({ email, password }: Account): Promise<string> {
  return (await api<{ accessToken: string }>('/auth/login', 200, { method: 'POST', body: { email, password } }))
    .accessToken;
}

/**
 * A fresh browser profile. Its errors are checked with `unexpectedErrors`, leaving out the expected
 * statuses: 401 of the silent session restore before signing in, 409 of the conflict the first
 * test provokes on purpose.
 */
function openPage(locale: Locale, path: string, width = 1280): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), { locale, viewport: { width, height: 900 } });
}

const reference = (id: string) => id.slice(0, 8).toUpperCase();
const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replace(`{{${key}}}`, String(value)), template);

beforeAll(async () => {
  // The embedded database is one process's: the CLI seeds the demo before the app starts.
  dataDir = makeDataDir('staff-bookings');
  const demo = await seedDemo(dataDir);

  sink = await startSmtpSink();
  const started = await startAppAndBrowser({ DATA_DIR: dataDir, SMTP_URL: sink.url });
  ({ app, browser } = started);
  started.rethrow();

  // The demo ADMIN turns MFA on (TOTP); its recovery codes sign it in in the browser.
  const staffAccount = demo.staff;
  const firstToken = await login(staffAccount);
  const { secret } = await api<{ secret: string }>('/auth/mfa/setup', 200, { method: 'POST', token: firstToken });
  const code = totpNow(secret);
  const confirmed = await api<{ accessToken: string; recoveryCodes: string[] }>('/auth/mfa/confirm', 200, {
    method: 'POST',
    token: firstToken,
    body: { code },
  });
  staff = { ...staffAccount, token: confirmed.accessToken, recoveryCodes: confirmed.recoveryCodes };

  // The demo visitor books two people on the first open day of a demo trail, with one participant.
  const visitorAccount = demo.visitor;
  visitor = { ...visitorAccount, token: await login(visitorAccount) };
  const trails = await api<{ items: { id: string }[] }>('/experiences?category=TRAIL&pageSize=20', 200);
  const today = todayIn('America/Sao_Paulo');
  let line: { experienceId: string; startDate: string; endDate: string; people: number } | undefined;
  for (const trail of trails.items) {
    const { days } = await api<{ days: { date: string; open: boolean; remaining: number }[] }>(
      `/experiences/${trail.id}/availability?from=${addDays(today, 1)}&to=${addDays(today, 60)}`,
      200,
    );
    const day = days.find((candidate) => candidate.open && candidate.remaining >= 2);
    if (day) {
      line = { experienceId: trail.id, startDate: day.date, endDate: addDays(day.date, 1), people: 2 };
      break;
    }
  }
  if (!line) throw new Error('no demo trail has an open day in the next 60 days');
  booking = await api<Booking>('/bookings', 201, {
    method: 'POST',
    token: visitor.token,
    body: {
      lines: [line],
      participants: [
        {
          name: 'Joana Participante',
          document: { type: 'CPF', number: '529.982.247-25' },
          birthDate: '1990-05-10',
          gender: 'FEMALE',
          lines: [0],
        },
      ],
      notes: 'Chegamos às 8h.',
    },
  });
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, sink, dataDir }));

describe('staff bookings in the browser', () => {
  it('pt-BR: inbox with counts, the booking driven through payment to approval, live updates, a conflict', async () => {
    const t = texts['pt-BR'];
    const s = t.staffBookings;
    const created = prepared(booking, 'the booking');
    const owner = prepared(visitor, 'the visitor');
    const staffToken = prepared(staff, 'the staff account').token;
    const { page, errors } = await openPage('pt-BR', '/staff/bookings');

    // No session: the login page first, then back to the inbox.
    await page.waitForURL((url) => url.pathname === '/login');
    await signInAsStaff(page, t, staff);
    await page.waitForURL((url) => url.pathname === '/staff/bookings');
    await page.getByRole('heading', { level: 1, name: s.inbox.heading }).waitFor();
    expect(await page.title()).toBe(`${s.inbox.title} | Pró-Mata`);
    await page.getByRole('navigation', { name: t.staff.nav.label }).getByRole('link', { name: s.nav }).waitFor();

    // The counts per status are the API's, and the new booking is in the CREATED tab.
    const { counts } = await api<{ counts: Record<string, number> }>('/bookings', 200, { token: staffToken });
    const createdTab = page.locator('[data-testid="status-tab"][data-tab="CREATED"]');
    expect(await createdTab.innerText()).toBe(
      fill(s.inbox.tab, { label: s.statuses.CREATED, count: counts.CREATED ?? 0 }),
    );
    await createdTab.click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'CREATED');
    expect(await createdTab.getAttribute('aria-current')).toBe('page');
    const row = page.locator(`[data-testid="booking-row"][data-booking-id="${created.id}"]`);
    await row.waitFor();
    await row.getByText(owner.email).waitFor();

    // The search by reference is kept in the address; the filters survive a reload.
    await page.getByLabel(s.inbox.filters.search).fill(reference(created.id));
    // The router writes a string that looks like a number as JSON ("28573998") so it reads back as a string.
    const searched = (url: URL) => url.searchParams.get('q')?.replace(/^"(.*)"$/, '$1');
    await page.waitForURL((url) => searched(url) === reference(created.id));
    await expect.poll(() => page.getByTestId('booking-row').count()).toBe(1);
    await page.reload();
    await row.waitFor();
    expect(await page.getByLabel(s.inbox.filters.search).inputValue()).toBe(reference(created.id));
    expect(await accessibilityViolations(page)).toEqual([]);

    // The reference is the row's link, reachable with the keyboard.
    const link = row.getByRole('link', {
      name: fill(s.inbox.open, { reference: reference(created.id), name: '' }).trim(),
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/staff/bookings/${created.id}`);
    await page
      .getByRole('heading', { level: 1, name: fill(s.detail.heading, { reference: reference(created.id) }) })
      .waitFor();

    // Lines, participants (document in full), notes, timeline; only the staff actions allowed now.
    await page.getByTestId('booking-lines').waitFor();
    await page.getByTestId('participant-row').getByText('52998224725').waitFor();
    await page.getByText('Chegamos às 8h.').waitFor();
    await page.locator('[data-testid="timeline-entry"][data-event="CREATE"]').waitFor();
    expect(await bookingStatus(page)).toBe('CREATED');
    expect(
      await page
        .getByTestId('booking-action')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event'))),
    ).toEqual(['APPROVE', 'REQUEST_PAYMENT', 'REQUEST_PEOPLE', 'REJECT', 'CANCEL']);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Request payment with a message: the dialog gives focus back, the outcome is announced, the
    // visitor is e-mailed with the message and a link to the booking.
    const message = 'Pague por Pix até sexta, por favor.';
    await actOnBooking(page, t, 'REQUEST_PAYMENT', message);
    const notice = page.getByTestId('booking-notice');
    await notice
      .getByText(
        fill(s.detail.actions.done, {
          action: s.detail.actions.labels.REQUEST_PAYMENT,
          status: s.statuses.PAYMENT_REQUESTED,
        }),
      )
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('actions-heading');
    expect(await bookingStatus(page)).toBe('PAYMENT_REQUESTED');
    await page.locator('[data-testid="timeline-entry"][data-event="REQUEST_PAYMENT"]').getByText(message).waitFor();
    expect(
      await page
        .getByTestId('booking-action')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event'))),
    ).toEqual(['APPROVE', 'CANCEL']);
    const mail = await prepared(sink, 'the SMTP sink').waitFor(
      (received) => received.to.includes(owner.email) && received.text.includes(message),
      10_000,
    );
    expect(mail.links.some((href) => href.includes(`/bookings/${created.id}`))).toBe(true);

    // The visitor sends the proof (through the API): the open page shows it without a reload.
    const proof = new FormData();
    proof.append('kind', 'PAYMENT_PROOF');
    proof.append('message', 'Comprovante do Pix.');
    proof.append('file', new Blob([readFileSync(join(fixtures, 'tiny.png'))], { type: 'image/png' }), 'pix.png');
    await api(`/bookings/${created.id}/documents`, 201, { method: 'POST', token: owner.token, body: proof });
    await page.locator('[data-testid="timeline-entry"][data-event="SEND_PAYMENT_PROOF"]').waitFor({ timeout: 25_000 });
    await notice.getByText(fill(s.detail.updated, { status: s.statuses.PAYMENT_SENT })).waitFor();
    expect(await bookingStatus(page)).toBe('PAYMENT_SENT');

    // The proof is shown in the page (an image from a blob: URL) and offered for download.
    const documentItem = page.getByTestId('booking-document');
    await documentItem.getByText('pix.png').waitFor();
    await documentItem.getByTestId('document-toggle').click();
    const image = documentItem.getByTestId('document-image');
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth > 0)).toBe(true);
    expect(await documentItem.getByTestId('document-download').getAttribute('download')).toBe('pix.png');

    // Approve the payment, then the booking.
    await actOnBooking(page, t, 'APPROVE_PAYMENT');
    await expect.poll(() => bookingStatus(page)).toBe('PAYMENT_APPROVED');
    await actOnBooking(page, t, 'APPROVE', 'Até breve!');
    await expect.poll(() => bookingStatus(page)).toBe('APPROVED');
    await notice
      .getByText(fill(s.detail.actions.done, { action: s.detail.actions.labels.APPROVE, status: s.statuses.APPROVED }))
      .waitFor();

    // Someone else acts while the dialog is open: the page says so and shows the booking as it is.
    await bookingAction(page, 'REQUEST_PEOPLE').click();
    const dialog = page.getByRole('dialog', { name: s.detail.actions.labels.REQUEST_PEOPLE });
    await dialog.waitFor();
    await api(`/bookings/${created.id}/transitions`, 200, {
      method: 'POST',
      token: staffToken,
      body: { event: 'REQUEST_PAYMENT' },
    });
    await dialog.getByTestId('transition-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('booking-conflict').getByText(s.detail.actions.conflict).waitFor();
    await expect.poll(() => bookingStatus(page)).toBe('PAYMENT_REQUESTED');
    expect(await bookingAction(page, 'REQUEST_PEOPLE').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(unexpectedErrors(errors, 401, 409)).toEqual([]);
  }, 60_000);

  it('en: the inbox in English, usable at 360 px', async () => {
    const t = texts.en;
    const s = t.staffBookings;
    const created = prepared(booking, 'the booking');
    const { page, errors } = await openPage('en', '/staff/bookings', 360);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInAsStaff(page, t, staff);
    // The interface follows the staff member's own language (pt-BR) after signing in: switch.
    await page.getByRole('heading', { level: 1, name: ptBR.staffBookings.inbox.heading }).waitFor();
    await page.getByLabel(ptBR.language.label).selectOption('en');
    await page.getByRole('heading', { level: 1, name: s.inbox.heading }).waitFor();
    await page.locator(`[data-testid="booking-row"][data-booking-id="${created.id}"]`).waitFor();
    await page.locator('[data-testid="status-tab"][data-tab="ALL"]').getByText(s.inbox.all, { exact: false }).waitFor();
    await page.getByRole('columnheader', { name: s.inbox.columns.reference }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The booking page stacks its parts on a phone; wide tables scroll inside their own box.
    await page.getByRole('link', { name: reference(created.id) }).click();
    await page.getByRole('heading', { level: 2, name: s.detail.timeline.heading }).waitFor();
    await page.getByRole('heading', { level: 2, name: s.detail.actions.heading }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  }, 30_000);
});
