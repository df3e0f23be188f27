import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  heading,
  jsonClient,
  makeDataDir,
  openTrackedPage,
  seedDemo,
  startAppAndBrowser,
  stopAll,
  unexpectedErrors,
} from '../../../../test-support/e2e.js';
import { staffConsoleTexts, type StaffConsoleMessages } from '../../src/features/staff-dashboard/console-texts';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, addMonths, firstDayOf, lastDayOf, monthOf, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';
import { enableStaffMfa, signInAsStaff, type StaffAccount } from './staff-session';

// The staff console's dashboard, reports (charts, CSV export) and audit trail against the
// production build on the embedded database seeded with the demo catalogue, in Chromium, in
// pt-BR and in English, each page audited by axe. A visitor's booking and a catalogue change are
// made through the API first, so every page has something of its own to show.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, { app: Messages; console: StaffConsoleMessages }> = {
  'pt-BR': { app: ptBR, console: staffConsoleTexts['pt-BR'] },
  en: { app: en, console: staffConsoleTexts.en },
};

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let staff: StaffAccount | undefined;
let bookingId = '';
let experienceId = '';
let visitDate = '';
const contexts: BrowserContext[] = [];
const participantName = 'Joana d’Ávila, Júnior';

const appUrl = (path: string) => appUrlOf(app, path);
const api = jsonClient(appUrl);

/** Staff sign in on the login page with a recovery code, then read the console in `locale`. */
async function signIn(page: Page, locale: Locale): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/login');
  await signInAsStaff(page, texts[locale].app, staff, { readIn: locale });
}

/** Nothing left loading: the page's own data and every chart is there. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.query-state, [aria-busy="true"]'), undefined, {
    timeout: 10_000,
  });
}

beforeAll(async () => {
  dataDir = makeDataDir('staff-dashboard');
  const demo = await seedDemo(dataDir);
  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  staff = await enableStaffMfa(api, demo.staff);

  // The visitor books two people on the first open day of a demo trail, one participant named.
  const visitor = await api<{ accessToken: string }>('/api/v1/auth/login', { method: 'POST', body: demo.visitor });
  const trails = await api<{ items: { id: string; capacity: number }[] }>('/api/v1/experiences?category=TRAIL');
  const today = todayIn('America/Sao_Paulo');
  for (const trail of trails.items) {
    const { days } = await api<{ days: { date: string; open: boolean; remaining: number }[] }>(
      `/api/v1/experiences/${trail.id}/availability?from=${addDays(today, 1)}&to=${addDays(today, 60)}`,
    );
    const day = days.find((candidate) => candidate.open && candidate.remaining >= 2);
    if (day) {
      experienceId = trail.id;
      visitDate = day.date;
      break;
    }
  }
  if (!experienceId) throw new Error('no demo trail has an open day in the next 60 days');
  const booking = await api<{ id: string }>('/api/v1/bookings', {
    method: 'POST',
    token: visitor.accessToken,
    body: {
      lines: [{ experienceId, startDate: visitDate, endDate: addDays(visitDate, 1), people: 2 }],
      participants: [
        {
          name: participantName,
          document: { type: 'CPF', number: '529.982.247-25' },
          birthDate: '1990-05-10',
          gender: 'FEMALE',
          lines: [0],
        },
      ],
    },
  });
  bookingId = booking.id;

  // A catalogue change by staff: the audit trail's entry for the experience.
  const experience = await api<{ capacity: number }>(`/api/v1/experiences/${experienceId}`);
  await api(`/api/v1/experiences/${experienceId}`, {
    method: 'PATCH',
    token: staff.token,
    body: { capacity: experience.capacity + 1 },
  });
}, 120_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe.each(['pt-BR', 'en'] as const)('staff console in %s', (locale) => {
  const { app: t, console: c } = texts[locale];

  it('dashboard, reports with charts and the CSV, audit trail: all accessible', async () => {
    const { page, errors } = await openTrackedPage(browser, contexts, appUrl('/staff'), {
      locale,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await signIn(page, locale);

    // Dashboard: the booking waits for staff and links to its page; the 30-day chart is drawn.
    await page.waitForURL((url) => url.pathname === '/staff');
    await heading(page, c.dashboard.heading).waitFor();
    await settled(page);
    expect(await page.title()).toBe(`${c.dashboard.title} | Pró-Mata`);
    expect(Number(await page.getByTestId('waiting-count-CREATED').locator('strong').innerText())).toBeGreaterThan(0);
    await page.locator('[data-testid="occupancy-chart"] .recharts-surface').first().waitFor();
    expect(await page.locator('[data-testid="occupancy-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.getByTestId('occupancy-summary').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const waitingLink = page.locator(`[data-testid="waiting-row"] a[href="/staff/bookings/${bookingId}"]`);
    await waitingLink.click();
    await page.waitForURL((url) => url.pathname === `/staff/bookings/${bookingId}`);
    await page.getByTestId('audit-history').getByText(c.audit.actions.booking.created).waitFor();

    // Reports: the range in the address, four reports, charts drawn, tables behind them.
    const nav = page.getByRole('navigation', { name: t.staff.nav.label });
    await nav.getByRole('link', { name: c.dashboard.nav.reports }).click();
    await heading(page, c.reports.heading).waitFor();
    const month = monthOf(visitDate);
    const from = firstDayOf(addMonths(month, -1));
    const to = lastDayOf(addMonths(month, 1));
    await page.getByLabel(c.reports.range.from, { exact: true }).fill(from);
    await page.getByLabel(c.reports.range.to, { exact: true }).fill(to);
    await page.getByRole('button', { name: c.reports.range.submit }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === from && url.searchParams.get('to') === to);
    await settled(page);
    for (const kind of ['occupancy', 'visitors', 'demographics', 'revenue']) {
      await page.locator(`[data-testid="report-${kind}"] .recharts-surface`).first().waitFor();
    }
    await page.getByTestId('report-visitors').getByText(c.reports.tableToggle).click();
    await page.getByTestId('report-visitors').getByRole('cell', { name: '2', exact: true }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The CSV: the bytes the API streamed, BOM first, accents in UTF-8, the name quoted (comma).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toBe(`promata-bookings-${from}-to-${to}.csv`);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('booking_id,booking_status,')).toBe(true);
    expect(csv).toContain(`${bookingId},CREATED,`);
    expect(csv).toContain(`,1,"${participantName}",CPF,52998224725,1990-05-10,FEMALE\r\n`);
    await page.getByText(c.reports.download.done.replace('{{file}}', download.suggestedFilename())).waitFor();

    // Audit: filtered on experiences, the staff change is there with who made it.
    await nav.getByRole('link', { name: c.dashboard.nav.audit }).click();
    await heading(page, c.audit.heading).waitFor();
    await page.getByLabel(c.audit.filters.targetType).selectOption('experience');
    await page.getByRole('button', { name: c.audit.filters.apply, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('targetType') === 'experience');
    await settled(page);
    const row = page.locator('[data-testid="audit-row"][data-action="experience.updated"]').first();
    await row.getByText(c.audit.actions.experience.updated).waitFor();
    await row.locator(`a[href="/staff/experiences/${experienceId}"]`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(unexpectedErrors(errors, 401)).toEqual([]);
  }, 90_000);
});
