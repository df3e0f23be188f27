import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  createStaffWithCli,
  jsonClient,
  makeDataDir,
  openTrackedPage,
  seedDemo,
  startAppAndBrowser,
  stopAll,
  unexpectedErrors,
} from '../../../../test-support/e2e.js';
import { en } from '../../src/i18n/resources/en';
import { addDays, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';
import { enableStaffMfa, signInAsStaff, type StaffAccount } from './staff-session';

// ROOT's hard delete of a booking against the production build on the embedded database seeded
// with the demo catalogue, in Chromium: the ROOT (made with the CLI before the app starts) types
// the reference in the confirmation dialog and lands on the inbox; the demo ADMIN is not offered
// the action at all. The visitor's bookings are made through the API. The page's only expected
// error is the 401 of the silent session restore before signing in.

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let root: StaffAccount | undefined;
let admin: StaffAccount | undefined;
let visitorToken = '';
const bookingIds: string[] = [];
const contexts: BrowserContext[] = [];
const password = 'Root-hard-delete-2026!';

const appUrl = (path: string) => appUrlOf(app, path);
const api = jsonClient(appUrl);
const reference = (id: string) => id.slice(0, 8).toUpperCase();
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{{${key}}}`, value), template);

/** The status of a call the test expects to be refused (the JSON client throws on those). */
async function statusOf(path: string, token: string): Promise<number> {
  return (await fetch(appUrl(path), { headers: { authorization: `Bearer ${token}` } })).status;
}

async function openBookingAs(account: StaffAccount | undefined, id: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openTrackedPage(browser, contexts, appUrl(`/staff/bookings/${id}`), {
    locale: 'en',
    viewport: { width: 1280, height: 900 },
  });
  await opened.page.waitForURL((url) => url.pathname === '/login');
  await signInAsStaff(opened.page, en, account, { readIn: 'en' });
  await opened.page.waitForURL((url) => url.pathname === `/staff/bookings/${id}`);
  await opened.page
    .getByRole('heading', { level: 1, name: fill(en.staffBookings.detail.heading, { reference: reference(id) }) })
    .waitFor();
  await opened.page.getByTestId('booking-actions').or(opened.page.getByTestId('no-actions')).waitFor();
  return opened;
}

beforeAll(async () => {
  // The embedded database is one process's: the CLI runs on the data directory before the app.
  dataDir = makeDataDir('staff-hard-delete');
  const demo = await seedDemo(dataDir);
  const rootEmail = `root-${randomBytes(4).toString('hex')}@e2e.promata.example`;
  const link = await createStaffWithCli(dataDir, { role: 'ROOT', email: rootEmail, name: 'Rita Root', locale: 'en' });
  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  const token = new URLSearchParams(link.split('#')[1]).get('token') ?? '';
  await api('/api/v1/auth/password/reset', { method: 'POST', body: { token, password } });
  root = await enableStaffMfa(api, { email: rootEmail, password });
  admin = await enableStaffMfa(api, demo.staff);

  // The visitor books one person on two open days of a demo trail: one booking for each test.
  visitorToken = (await api<{ accessToken: string }>('/api/v1/auth/login', { method: 'POST', body: demo.visitor }))
    .accessToken;
  const trails = await api<{ items: { id: string }[] }>('/api/v1/experiences?category=TRAIL');
  const today = todayIn('America/Sao_Paulo');
  for (const trail of trails.items) {
    const { days } = await api<{ days: { date: string; open: boolean; remaining: number }[] }>(
      `/api/v1/experiences/${trail.id}/availability?from=${addDays(today, 1)}&to=${addDays(today, 60)}`,
    );
    for (const day of days.filter((candidate) => candidate.open && candidate.remaining >= 1).slice(0, 2)) {
      const booking = await api<{ id: string }>('/api/v1/bookings', {
        method: 'POST',
        token: visitorToken,
        body: { lines: [{ experienceId: trail.id, startDate: day.date, endDate: addDays(day.date, 1), people: 1 }] },
      });
      bookingIds.push(booking.id);
    }
    if (bookingIds.length >= 2) break;
  }
  if (bookingIds.length < 2) throw new Error('no demo trail has two open days in the next 60 days');
}, 120_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('hard delete of a booking (en)', () => {
  it('ROOT with MFA deletes a booking by typing its reference, in an accessible dialog, and lands on the inbox', async () => {
    const id = bookingIds[0]!;
    const ref = reference(id);
    const { page, errors } = await openBookingAs(root, id);
    const t = en.staffBookings.hardDelete;

    await page.getByTestId('hard-delete-open').click();
    const dialog = page.getByRole('dialog', { name: fill(t.dialogHeading, { reference: ref }) });
    await dialog.waitFor();
    // The destructive step starts on "Cancel", not on the field or the red button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.staff.cancel);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Empty, then the wrong reference: refused in the dialog, nothing sent.
    await dialog.getByTestId('hard-delete-submit').click();
    await dialog.getByText(en.validation.required).first().waitFor();
    await dialog.getByLabel(fill(t.reference, { reference: ref })).fill('ABCD1234');
    await dialog.getByLabel(t.reason).fill('Created twice by mistake');
    await dialog.getByTestId('hard-delete-submit').click();
    await dialog.getByText(fill(t.referenceMismatch, { reference: ref })).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await statusOf(`/api/v1/bookings/${id}`, root!.token)).toBe(200);

    // Typed as read out on the phone, in lower case.
    await dialog.getByLabel(fill(t.reference, { reference: ref })).fill(ref.toLowerCase());
    await dialog.getByTestId('hard-delete-submit').click();
    await page.waitForURL((url) => url.pathname === '/staff/bookings');
    await page
      .getByTestId('deleted-booking-notice')
      .getByText(fill(t.done, { reference: ref }))
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(await statusOf(`/api/v1/bookings/${id}`, root!.token)).toBe(404);
    expect(await statusOf(`/api/v1/bookings/${id}`, visitorToken)).toBe(404);
    const audit = await api<{ items: { action: string; data: Record<string, unknown> }[] }>(
      `/api/v1/audit?targetType=booking&targetId=${id}`,
      { token: root!.token },
    );
    expect(audit.items.find((entry) => entry.action === 'booking.hard_deleted')?.data).toMatchObject({
      reference: ref,
      reason: 'Created twice by mistake',
    });
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  });

  it('an ADMIN is not offered the action, and the API refuses it to them with 404', async () => {
    const id = bookingIds[1]!;
    const { page, errors } = await openBookingAs(admin, id);
    await page.getByRole('heading', { name: en.staffBookings.detail.timeline.heading }).waitFor();
    expect(await page.getByTestId('hard-delete').count()).toBe(0);
    expect(await page.getByRole('button', { name: en.staffBookings.hardDelete.open }).count()).toBe(0);
    const refused = await fetch(appUrl(`/api/v1/bookings/${id}`), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reference: reference(id), reason: 'Not mine to do' }),
    });
    expect(refused.status).toBe(404);
    expect(await statusOf(`/api/v1/bookings/${id}`, admin!.token)).toBe(200);
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  });
});
