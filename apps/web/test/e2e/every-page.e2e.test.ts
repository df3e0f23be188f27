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
} from '../../../../test-support/e2e.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';
import { pagePaths } from './route-paths';
import { enableStaffMfa, signInAsStaff, type StaffAccount } from './staff-session';

// Every page of the web app, public and staff, in both languages, audited by axe in Chromium
// against the production build: no serious or critical violation anywhere. The list of pages is
// checked against the route files, so a new page cannot be added without being audited here.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };
type Ids = { experienceId: string; bookingId: string };
type Visit = { as: 'anonymous' | 'staff'; url: (ids: Ids) => string };

/** Route path → who opens it and at which address. */
const pages: Record<string, Visit> = {
  '/': { as: 'anonymous', url: () => '/' },
  '/experiences': { as: 'anonymous', url: () => '/experiences' },
  '/experiences/$experienceId': { as: 'anonymous', url: (ids) => `/experiences/${ids.experienceId}` },
  '/booking': { as: 'anonymous', url: () => '/booking' },
  '/login': { as: 'anonymous', url: () => '/login' },
  '/sign-up': { as: 'anonymous', url: () => '/sign-up' },
  '/verify-email': { as: 'anonymous', url: () => '/verify-email' },
  '/forgot-password': { as: 'anonymous', url: () => '/forgot-password' },
  '/reset-password': { as: 'anonymous', url: () => '/reset-password' },
  '/set-password': { as: 'anonymous', url: () => '/set-password' },
  '/account': { as: 'staff', url: () => '/account' },
  '/account/security': { as: 'staff', url: () => '/account/security' },
  '/account/privacy': { as: 'staff', url: () => '/account/privacy' },
  '/account/mfa': { as: 'staff', url: () => '/account/mfa' },
  '/bookings': { as: 'staff', url: () => '/bookings' },
  '/bookings/$bookingId': { as: 'staff', url: (ids) => `/bookings/${ids.bookingId}` },
  '/staff': { as: 'staff', url: () => '/staff' },
  '/staff/users': { as: 'staff', url: () => '/staff/users' },
  '/staff/professor-requests': { as: 'staff', url: () => '/staff/professor-requests' },
  '/staff/bookings': { as: 'staff', url: () => '/staff/bookings' },
  '/staff/bookings/$bookingId': { as: 'staff', url: (ids) => `/staff/bookings/${ids.bookingId}` },
  '/staff/experiences': { as: 'staff', url: () => '/staff/experiences' },
  '/staff/experiences/new': { as: 'staff', url: () => '/staff/experiences/new' },
  '/staff/experiences/$experienceId': { as: 'staff', url: (ids) => `/staff/experiences/${ids.experienceId}` },
  '/staff/closures': { as: 'staff', url: () => '/staff/closures' },
  '/staff/highlights': { as: 'staff', url: () => '/staff/highlights' },
  '/staff/reports': { as: 'staff', url: () => '/staff/reports' },
  '/staff/audit': { as: 'staff', url: () => '/staff/audit' },
};

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let staff: StaffAccount | undefined;
const ids: Ids = { experienceId: '', bookingId: '' };
const contexts: BrowserContext[] = [];

const appUrl = (path: string) => appUrlOf(app, path);
const api = jsonClient(appUrl);

/** Waits until the page shows its heading and has nothing left loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.query-state, [aria-busy="true"]') && document.title !== '',
    undefined,
    { timeout: 10_000 },
  );
}

/** Serious and critical findings only: the bar of issue 6 for every page. */
async function seriousViolations(page: Page, path: string): Promise<string[]> {
  const found = await accessibilityViolations(page);
  return found.filter((line) => /\((serious|critical)\)/.test(line)).map((line) => `${path}: ${line}`);
}

beforeAll(async () => {
  dataDir = makeDataDir('every-page');
  const demo = await seedDemo(dataDir);
  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  staff = await enableStaffMfa(api, demo.staff);

  // A trail and a booking of the staff member's own, so the detail pages have something to show.
  const trails = await api<{ items: { id: string }[] }>('/api/v1/experiences?category=TRAIL&q=araucarias');
  ids.experienceId = trails.items[0]?.id ?? '';
  const today = todayIn('America/Sao_Paulo');
  const { days } = await api<{ days: { date: string; open: boolean; remaining: number }[] }>(
    `/api/v1/experiences/${ids.experienceId}/availability?from=${addDays(today, 3)}&to=${addDays(today, 40)}`,
  );
  const day = days.find((candidate) => candidate.open && candidate.remaining >= 1)?.date;
  if (!day) throw new Error('the demo trail has no open day in the next weeks');
  const booking = await api<{ id: string }>('/api/v1/bookings', {
    method: 'POST',
    token: staff.token,
    body: { lines: [{ experienceId: ids.experienceId, startDate: day, endDate: addDays(day, 1), people: 1 }] },
  });
  ids.bookingId = booking.id;
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('every page', () => {
  it('is in the audit list, and every page of the list exists', () => {
    const routes = pagePaths(fileURLToPath(new URL('../../src/routes', import.meta.url)));
    expect(routes.length).toBeGreaterThan(20);
    expect(Object.keys(pages).sort()).toEqual(routes);
  });

  it.each(['pt-BR', 'en'] as const)(
    'passes the axe audit in %s, public and staff pages',
    async (locale) => {
      const t = texts[locale];
      const viewport = { width: 1280, height: 900 };
      const findings: string[] = [];

      const visitor = await openTrackedPage(browser, contexts, appUrl('/'), { locale, viewport });
      const anonymous = Object.entries(pages).filter(([, visit]) => visit.as === 'anonymous');
      for (const [path, visit] of [
        ...anonymous,
        ['/no-such-page', { as: 'anonymous', url: () => '/no-such-page' }] as const,
      ]) {
        await visitor.page.goto(appUrl(visit.url(ids)));
        await settled(visitor.page);
        findings.push(...(await seriousViolations(visitor.page, path)));
      }

      const desk = await openTrackedPage(browser, contexts, appUrl('/login'), { locale, viewport });
      await signInAsStaff(desk.page, t, staff, { readIn: locale });
      for (const [path, visit] of Object.entries(pages).filter(([, entry]) => entry.as === 'staff')) {
        // A fresh load each time: the session comes back from the refresh cookie, as after a reload.
        await desk.page.goto(appUrl(visit.url(ids)));
        await settled(desk.page);
        expect(new URL(desk.page.url()).pathname, `${path} sent staff elsewhere`).not.toBe('/login');
        findings.push(...(await seriousViolations(desk.page, path)));
      }

      expect(findings).toEqual([]);
      expect(unexpectedErrors(visitor.errors, 401)).toEqual([]);
      expect(unexpectedErrors(desk.errors, 401)).toEqual([]);
    },
    120_000,
  );
});
