import type { Browser, BrowserContext } from 'playwright-core';
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
  type Account,
} from '../../../../test-support/e2e.js';
import { formatMoney } from '../../src/i18n/format-money';
import { ptBR } from '../../src/i18n/resources/pt-br';
import { addDays, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';
import { enableStaffMfa, signInAsStaff, type StaffAccount } from './staff-session';

// A staff price adjustment against the production build on the embedded database seeded with the
// demo catalogue, in Chromium and in pt-BR: the ADMIN adjusts one line of a visitor's booking in
// the dialog (money typed in reais), sees the quote kept beside the new price and the entry in the
// timeline; the visitor then sees the new price and the reason on their own booking page.

type Line = { id: string; totalCents: number; experienceName: { pt: string } };
type Booking = { id: string; totalCents: number; lines: Line[] };

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let admin: StaffAccount | undefined;
let visitor: Account | undefined;
let booking: Booking | undefined;
const contexts: BrowserContext[] = [];

const appUrl = (path: string) => appUrlOf(app, path);
const api = jsonClient(appUrl);
const reference = (id: string) => id.slice(0, 8).toUpperCase();
const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)), template);
/** Intl writes a no-break space in "R$ 45,50"; innerText keeps it, so compare with spaces made plain. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

beforeAll(async () => {
  dataDir = makeDataDir('staff-price-adjustment');
  const demo = await seedDemo(dataDir);
  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();
  admin = await enableStaffMfa(api, demo.staff);
  visitor = demo.visitor;

  // The demo visitor books two people on the first open day of a demo trail.
  const { accessToken } = await api<{ accessToken: string }>('/api/v1/auth/login', {
    method: 'POST',
    body: demo.visitor,
  });
  const trails = await api<{ items: { id: string }[] }>('/api/v1/experiences?category=TRAIL');
  const today = todayIn('America/Sao_Paulo');
  for (const trail of trails.items) {
    const { days } = await api<{ days: { date: string; open: boolean; remaining: number }[] }>(
      `/api/v1/experiences/${trail.id}/availability?from=${addDays(today, 1)}&to=${addDays(today, 60)}`,
    );
    const day = days.find((candidate) => candidate.open && candidate.remaining >= 2);
    if (!day) continue;
    booking = await api<Booking>('/api/v1/bookings', {
      method: 'POST',
      token: accessToken,
      body: { lines: [{ experienceId: trail.id, startDate: day.date, endDate: addDays(day.date, 1), people: 2 }] },
    });
    break;
  }
  if (!booking) throw new Error('no demo trail has an open day in the next 60 days');
}, 120_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('staff price adjustment (pt-BR)', () => {
  it('staff adjust a line in an accessible dialog; the visitor sees the new price and the reason', async () => {
    const created = booking!;
    const line = created.lines[0]!;
    const t = ptBR;
    const s = t.staffBookings.detail;
    const reason = 'Desconto para grupo de escola pública.';
    // A price the line does not have yet, typed as staff write it in pt-BR.
    const [typed, cents] = line.totalCents === 4550 ? ['40', 4000] : ['45,50', 4550];
    const price = formatMoney(cents, 'pt-BR');
    const quote = formatMoney(line.totalCents, 'pt-BR');

    const staffPage = await openTrackedPage(browser, contexts, appUrl(`/staff/bookings/${created.id}`), {
      locale: 'pt-BR',
      viewport: { width: 1280, height: 900 },
    });
    const page = staffPage.page;
    await page.waitForURL((url) => url.pathname === '/login');
    await signInAsStaff(page, t, admin, { readIn: 'pt-BR' });
    await page.waitForURL((url) => url.pathname === `/staff/bookings/${created.id}`);
    await page
      .getByRole('heading', { level: 1, name: fill(s.heading, { reference: reference(created.id) }) })
      .waitFor();

    await page.getByRole('button', { name: `${s.lines.adjust} ${fill(s.lines.adjustLine, { line: 1 })}` }).click();
    const dialog = page.getByRole('dialog', {
      name: fill(s.priceAdjustment.heading, { line: 1, name: line.experienceName.pt }),
    });
    await dialog.waitFor();
    expect(plain(await dialog.innerText())).toContain(
      plain(fill(s.priceAdjustment.text, { quoted: quote, current: quote })),
    );
    // The current price is the starting value, as staff type money.
    expect(await dialog.getByLabel(s.priceAdjustment.total).inputValue()).toBe(
      `${Math.trunc(line.totalCents / 100)},${String(line.totalCents % 100).padStart(2, '0')}`,
    );

    // Nonsense and no reason: refused in the dialog, nothing sent.
    await dialog.getByLabel(s.priceAdjustment.total).fill('quarenta');
    await dialog.getByTestId('price-adjustment-confirm').click();
    await dialog.getByText(s.priceAdjustment.errors.amount).waitFor();
    await dialog.getByText(s.priceAdjustment.errors.reason).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await dialog.getByLabel(s.priceAdjustment.total).fill(typed);
    await dialog.getByLabel(s.priceAdjustment.reason).fill(reason);
    await dialog.getByTestId('price-adjustment-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => plain(await page.getByTestId('booking-notice').innerText()))
      .toBe(plain(fill(s.priceAdjustment.done, { line: 1, total: price })));

    // The line shows the price owed and the quote beside it; the total follows.
    const table = page.getByTestId('booking-lines');
    expect(plain(await table.getByTestId('line-total').innerText())).toContain(plain(price));
    expect(plain(await table.getByTestId('line-quote').innerText())).toBe(
      plain(fill(s.lines.quoted, { amount: quote })),
    );
    expect(plain(await page.getByTestId('booking-total').innerText())).toBe(plain(price));

    // The staff timeline has the adjustment with its amounts and reason.
    const entry = page.locator('[data-testid="timeline-entry"][data-event="PRICE_ADJUSTED"]');
    await entry.waitFor();
    expect(await entry.getByText(s.timeline.events.PRICE_ADJUSTED).count()).toBe(1);
    expect(plain(await entry.getByTestId('timeline-price').innerText())).toBe(
      plain(fill(s.timeline.priceChange, { name: line.experienceName.pt, from: quote, to: price })),
    );
    expect(await entry.getByTestId('timeline-message').innerText()).toBe(reason);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(unexpectedErrors(staffPage.errors, 401)).toEqual([]);

    // The visitor, on their own booking page, sees the new total and the entry with the reason.
    const visitorPage = await openTrackedPage(browser, contexts, appUrl(`/bookings/${created.id}`), {
      locale: 'pt-BR',
      viewport: { width: 1280, height: 900 },
    });
    const own = visitorPage.page;
    await own.waitForURL((url) => url.pathname === '/login');
    await own.getByLabel(t.auth.login.email, { exact: true }).fill(visitor!.email);
    await own.getByLabel(t.auth.login.password, { exact: true }).fill(visitor!.password);
    await own.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
    await own.waitForURL((url) => url.pathname === `/bookings/${created.id}`);
    await expect
      .poll(async () => plain(await own.getByTestId('booking-total').innerText()))
      .toBe(plain(fill(t.bookings.detail.total, { total: price })));
    // The line keeps its quote and says what the reserve now asks for it.
    expect(plain(await own.getByTestId('booking-line-adjusted').innerText())).toBe(
      plain(fill(t.bookings.detail.adjustedPrice, { total: price })),
    );
    const adjusted = own.locator('[data-testid="timeline-entry"][data-event="PRICE_ADJUSTED"]');
    await adjusted.waitFor();
    const text = plain(await adjusted.innerText());
    expect(text).toContain(t.bookings.events.PRICE_ADJUSTED);
    expect(text).toContain(
      plain(fill(t.bookings.timeline.priceChange, { name: line.experienceName.pt, from: quote, to: price })),
    );
    expect(text).toContain(reason);
    expect(await accessibilityViolations(own)).toEqual([]);
    expect(unexpectedErrors(visitorPage.errors, 401)).toEqual([]);
  });
});
