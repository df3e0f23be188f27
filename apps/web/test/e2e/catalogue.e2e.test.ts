import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
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
  signInStaffWithMfa,
  startAppAndBrowser,
  stopAll,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { addDays, addMonths, monthOf, todayIn } from '../../src/lib/calendar-date';
import { accessibilityViolations } from './accessibility';

// The public catalogue against the production build (`npm run build` first): the demo catalogue
// seeded by the CLI, more experiences, a picture, a closure and highlights added through the staff
// API, then browsed in Chromium in both languages.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

/** Experiences added to the 9 of the demo: 23 in all, so the first page holds 20 and a second 3. */
const addedExperiences = 14;
const closureReason = { pt: 'Manutenção da ponte pênsil', en: 'Suspension bridge maintenance' };

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let staffToken = '';
/** The demo visitor, made a PROFESSOR by staff in beforeAll. */
let professor = { email: '', password: '' };
let araucariaId = '';
/** Calendar dates at the reserve: the closure's day and a day with all places left. */
let today = '';
let closedDay = '';
let openDay = '';
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

/** A JSON request to the API; staff ones carry the MFA-proven token. */
const api = jsonClient(appUrl);

/** Uploads a generated picture (multipart "file") to a staff endpoint. */
async function uploadPicture(path: string, method: 'POST' | 'PUT', fields: Record<string, string> = {}) {
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f6b45' } })
    .png()
    .toBuffer();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'araucarias.png');
  const response = await fetch(appUrl(path), {
    method,
    headers: { authorization: `Bearer ${staffToken}` },
    body: form,
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
}

async function seedCatalogue(): Promise<void> {
  const added = Array.from({ length: addedExperiences }, (_, index) => {
    const number = String(index + 1).padStart(2, '0');
    return api('/api/v1/experiences', {
      method: 'POST',
      token: staffToken,
      body: {
        category: 'LABORATORY',
        // Every other one has no English name: the English page shows the Portuguese one.
        name: { pt: `Estação de Campo ${number}`, en: index % 2 === 0 ? `Field Station ${number}` : null },
        description: { pt: 'Bancadas e equipamentos para coleta de dados.', en: null },
        capacity: 10 + index,
        priceCents: 2000 + index * 100,
        weekDays: [1, 2, 3, 4, 5],
      },
    });
  });
  await Promise.all(added);

  const trails = await api<{ items: { id: string; name: { pt: string } }[] }>(
    '/api/v1/experiences?q=araucarias&category=TRAIL',
  );
  araucariaId = trails.items.find((item) => item.name.pt === 'Trilha das Araucárias')?.id ?? '';
  if (!araucariaId) throw new Error('the demo catalogue has no "Trilha das Araucárias"');
  await uploadPicture(`/api/v1/experiences/${araucariaId}/images`, 'POST', {
    altPt: 'Araucárias ao entardecer',
    altEn: 'Araucaria trees at dusk',
  });
  await api('/api/v1/closures', {
    method: 'POST',
    token: staffToken,
    body: { experienceId: araucariaId, startsOn: closedDay, endsOn: closedDay, reason: closureReason },
  });

  // The demo seeds highlights of its own; this test arranges the home page from scratch.
  const seeded = await api<{ items: { id: string }[] }>('/api/v1/highlights', { token: staffToken });
  for (const highlight of seeded.items) {
    await api(`/api/v1/highlights/${highlight.id}`, { method: 'DELETE', token: staffToken });
  }
  const carousel = await api<{ id: string }>('/api/v1/highlights', {
    method: 'POST',
    token: staffToken,
    body: {
      slot: 'CAROUSEL',
      title: { pt: 'Caminhe entre araucárias', en: 'Walk among araucarias' },
      description: { pt: 'Trilha guiada com observação de aves.', en: 'A guided trail with birdwatching.' },
      experienceId: araucariaId,
    },
  });
  await uploadPicture(`/api/v1/highlights/${carousel.id}/image`, 'PUT');
  // No link, so no cover to fall back on: public only once it has its own picture (ADR 0044).
  const seminar = await api<{ id: string }>('/api/v1/highlights', {
    method: 'POST',
    token: staffToken,
    body: { slot: 'CAROUSEL', title: { pt: 'Inscrições abertas para o seminário', en: null } },
  });
  await uploadPicture(`/api/v1/highlights/${seminar.id}/image`, 'PUT');
  await api('/api/v1/highlights', {
    method: 'POST',
    token: staffToken,
    body: {
      slot: 'TRAIL',
      title: { pt: 'A trilha mais procurada', en: 'Our most walked trail' },
      experienceId: araucariaId,
    },
  });
}

function openPage(
  locale: Locale,
  path: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), { locale, viewport });
}

function cards(page: Page): Locator {
  return page.getByTestId('experience-card');
}

function card(page: Page, name: string): Locator {
  return cards(page).filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

function day(page: Page, date: string): Locator {
  return page.locator(`[data-date="${date}"]`);
}

/** The sentence a screen reader reads for a day (the cell's name, from its hidden text). */
async function dayName(page: Page, date: string): Promise<string> {
  return (await day(page, date).locator('.calendar-day__label').textContent()) ?? '';
}

/** Intl separates "R$" and the amount with a no-break space in pt-BR. */
const visible = (text: string) => text.replace(/\u00a0/g, ' ');

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

beforeAll(async () => {
  // The embedded database is one process's: the CLI seeds the demo before the app starts.
  dataDir = makeDataDir('catalogue');
  const { staff, visitor } = await seedDemo(dataDir);
  professor = visitor;

  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  today = todayIn('America/Sao_Paulo');
  closedDay = addDays(today, 10);
  openDay = addDays(today, 5);
  staffToken = await signInStaffWithMfa(api, staff);
  await seedCatalogue();
  const users = await api<{ items: { id: string; email: string }[] }>(
    `/api/v1/users?q=${encodeURIComponent(professor.email)}`,
    { token: staffToken },
  );
  const visitorId = users.items.find((user) => user.email === professor.email)?.id;
  await api(`/api/v1/users/${visitorId ?? 'missing'}`, {
    method: 'PATCH',
    token: staffToken,
    body: { role: 'PROFESSOR' },
  });
}, 90_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('catalogue in the browser', () => {
  it.each([
    ['pt-BR', 'R$ 80,00 por pessoa, por noite', 'Estação de Campo 02'],
    ['en', 'R$80.00 per person per night', 'Estação de Campo 02'],
  ] as const)(
    '%s: renders a page of 20 experiences, then the next page',
    async (locale, lodgingPrice, fallbackName) => {
      const t = texts[locale];
      const { page, errors } = await openPage(locale, '/');
      await page
        .getByRole('navigation', { name: t.layout.primaryNavigation })
        .getByRole('link', { name: t.catalogue.nav })
        .click();
      await heading(page, t.catalogue.list.heading).waitFor();
      expect(await page.title()).toBe(`${t.catalogue.list.title} | Pró-Mata`);

      await expect.poll(() => cards(page).count()).toBe(20);
      const total = 9 + addedExperiences;
      expect(await page.getByTestId('catalogue-count').innerText()).toContain(
        t.catalogue.list.count_other.replace('{{count}}', String(total)),
      );
      // Money as the reader writes it, in reais; a name without English falls back to Portuguese.
      const lodge = card(page, locale === 'en' ? 'Shared Lodge' : 'Alojamento Coletivo');
      expect(visible(await lodge.getByTestId('price').innerText())).toBe(lodgingPrice);
      const fallback = card(page, fallbackName);
      expect(await fallback.getByRole('link').getAttribute('lang')).toBe(locale === 'en' ? 'pt-BR' : null);
      if (locale === 'en') await card(page, 'Field Station 01').waitFor();

      await page.getByRole('link', { name: t.catalogue.pagination.next }).click();
      await page.waitForURL((url) => url.searchParams.get('page') === '2');
      await expect.poll(() => cards(page).count()).toBe(total - 20);
      await card(page, locale === 'en' ? 'Araucaria Trail' : 'Trilha das Araucárias').waitFor();
      await page.getByText(t.catalogue.pagination.page.replace('{{page}}', '2').replace('{{pages}}', '2')).waitFor();
      expect(await page.getByRole('link', { name: t.catalogue.pagination.next }).count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('filters by category, by words without accents and by dates, and keeps the filters in the address', async () => {
    const t = texts['pt-BR'];
    const { page, errors } = await openPage('pt-BR', '/experiences');
    await expect.poll(() => cards(page).count()).toBe(20);

    await page.getByLabel(t.catalogue.filters.category).selectOption('TRAIL');
    await page.waitForURL((url) => url.searchParams.get('category') === 'TRAIL');
    await expect.poll(() => cards(page).count()).toBe(3);

    await page.getByLabel(t.catalogue.filters.search, { exact: true }).fill('araucarias');
    await page.waitForURL((url) => url.searchParams.get('q') === 'araucarias');
    await expect.poll(() => cards(page).count()).toBe(1);
    await card(page, 'Trilha das Araucárias').waitFor();

    // A reload (or a shared link) shows the same search.
    await page.reload();
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await page.getByLabel(t.catalogue.filters.category).inputValue()).toBe('TRAIL');
    expect(await page.getByLabel(t.catalogue.filters.search, { exact: true }).inputValue()).toBe('araucarias');

    // On the day the trail is closed, it has no places: nothing matches.
    await page.getByLabel(t.catalogue.filters.from).fill(closedDay);
    await page.getByLabel(t.catalogue.filters.to).fill(closedDay);
    await page.waitForURL((url) => url.searchParams.get('from') === closedDay);
    await page.getByText(t.catalogue.list.emptyFiltered).waitFor();
    // An end before the start is refused in the form, and the last good search stays.
    await page.getByLabel(t.catalogue.filters.to).fill(addDays(closedDay, -3));
    await page.getByText(t.catalogue.filters.rangeProblems.order).waitFor();
    expect(new URL(page.url()).searchParams.get('to')).toBe(closedDay);
    await page.getByLabel(t.catalogue.filters.to).fill(addDays(closedDay, 1));
    await page.waitForURL((url) => url.searchParams.get('to') === addDays(closedDay, 1));
    await expect.poll(() => cards(page).count()).toBe(1);

    await page.getByRole('button', { name: t.catalogue.filters.clear }).click();
    await expect.poll(() => cards(page).count()).toBe(20);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('shows the detail page with photos, facts, price and a calendar of places and closed days, in both languages', async () => {
    const t = texts['pt-BR'];
    const { page, errors } = await openPage('pt-BR', '/experiences?category=TRAIL');
    await card(page, 'Trilha das Araucárias').getByRole('link').click();
    await heading(page, 'Trilha das Araucárias').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/experiences/${araucariaId}`);

    const photo = page.getByTestId('gallery-image');
    expect(await photo.getAttribute('alt')).toBe('Araucárias ao entardecer');
    // A 1200 px upload: its largest variant is not enlarged to 1600 px.
    expect(await photo.getAttribute('srcset')).toMatch(/\/w480 480w, \S+\/w960 960w, \S+\/w1600 1200w$/);
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

    const facts = page.getByTestId('practical-info');
    await facts.getByText('3 horas', { exact: true }).waitFor();
    await facts.getByText(t.catalogue.difficulties.MODERATE, { exact: true }).waitFor();
    await facts.getByText('6,5 km', { exact: true }).waitFor();
    await page.getByText('Calçado fechado, água, protetor solar e capa de chuva.').waitFor();
    expect(visible(await page.getByTestId('price').innerText())).toBe('R$ 45,00 por pessoa');
    await page.getByText(t.catalogue.price.professorsExemptNote).waitFor();
    // Anyone may fill the booking cart; signing in is asked for when confirming (bookings.e2e).
    await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).waitFor();
    await page.getByTestId('closures').getByText(closureReason.pt).waitFor();

    // The calendar: all 30 places on an open day; the closure's day closed, with its reason.
    await expect.poll(() => dayName(page, openDay)).toContain('30 vagas restantes');
    expect(await day(page, closedDay).getAttribute('data-state')).toBe('closed');
    expect(await dayName(page, closedDay)).toContain(`Motivo: ${closureReason.pt}`);
    // That sentence is the grid cell's accessible name.
    await page.getByRole('gridcell', { name: `Motivo: ${closureReason.pt}` }).waitFor();
    expect(await dayName(page, today)).toContain(t.catalogue.calendar.reasons.NOTICE);
    expect(await day(page, today).getAttribute('aria-current')).toBe('date');
    await day(page, closedDay).click();
    await page.getByTestId('calendar-chosen').getByText(closureReason.pt, { exact: false }).waitFor();

    // One tab stop; arrows move a day, Page Down a month (showing later months when needed).
    await day(page, openDay).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (date) => (document.activeElement as HTMLElement | null)?.dataset.date === date,
      addDays(openDay, 1),
    );
    expect(await page.locator('[data-date][tabindex="0"]').count()).toBe(1);
    const thisMonth = monthOf(today);
    const nextMonth = addMonths(thisMonth, 1);
    await day(page, `${nextMonth}-15`).focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      (date) => (document.activeElement as HTMLElement | null)?.dataset.date === date,
      `${addMonths(nextMonth, 1)}-15`,
    );
    expect(new URL(page.url()).searchParams.get('month')).toBe(nextMonth);
    // The buttons step through months too, and the address keeps the month for a reload.
    await page.getByTestId('calendar-previous').click();
    await page.waitForURL((url) => url.searchParams.get('month') === thisMonth);
    await page.getByTestId('calendar-next').click();
    await page.waitForURL((url) => url.searchParams.get('month') === nextMonth);
    await page.reload();
    await day(page, `${addMonths(nextMonth, 1)}-01`).waitFor();
    expect(await day(page, `${thisMonth}-01`).count()).toBe(0);

    // English: texts, money and dates follow at once; the closure's reason in English.
    await page.getByTestId('language-switcher').selectOption('en');
    await heading(page, 'Araucaria Trail').waitFor();
    expect(visible(await page.getByTestId('price').innerText())).toBe('R$45.00 per person');
    await facts.getByText('3 hours', { exact: true }).waitFor();
    await facts.getByText('6.5 km', { exact: true }).waitFor();
    await page.getByTestId('closures').getByText(closureReason.en).waitFor();
    expect(await photo.getAttribute('alt')).toBe('Araucaria trees at dusk');
    await page.getByTestId('calendar-previous').click();
    await expect.poll(() => page.getByTestId('calendar-showing').innerText()).toMatch(/^Showing [A-Z][a-z]+ \d{4} and/);
    await expect.poll(() => dayName(page, openDay)).toContain('30 places left');
    expect(await dayName(page, closedDay)).toContain(`Reason: ${closureReason.en}`);
    const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.parse(`${closedDay}T00:00:00Z`),
    );
    await page.getByTestId('closures').getByText(longDate).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a signed-in professor the exemption next to the booking form', async () => {
    const t = texts['pt-BR'];
    const { page, errors } = await openPage('pt-BR', `/login?redirect=/experiences/${araucariaId}`);
    await page.getByLabel(t.auth.login.email, { exact: true }).fill(professor.email);
    await page.getByLabel(t.auth.login.password, { exact: true }).fill(professor.password);
    await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
    await heading(page, 'Trilha das Araucárias').waitFor();
    await page.getByText(t.catalogue.price.professorExempt, { exact: true }).waitFor();
    await page.getByText(t.catalogue.price.professorExemptNote).waitFor();
    expect(await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).isEnabled()).toBe(true);

    // In the list too: exempt where the rule says so, the full price where professors pay.
    await page.goto(appUrl('/experiences?category=HOSTING'));
    await card(page, 'Alojamento Coletivo').getByText(t.catalogue.price.professorExempt).waitFor();
    expect(visible(await card(page, 'Casa dos Pesquisadores').getByTestId('price').innerText())).toBe(
      'R$ 120,00 por pessoa, por noite',
    );
    expect(errors).toEqual([]);
  });

  it('shows the highlights on the home page: a carousel with its controls and the category picks', async () => {
    const t = texts.en;
    const { page, errors } = await openPage('en', '/');
    const carousel = page.getByTestId('highlight-carousel');
    await carousel.getByRole('heading', { name: 'Walk among araucarias' }).waitFor();
    expect(await carousel.getByTestId('carousel-slide').getAttribute('aria-label')).toBe('1 of 2');
    // Focus inside stops the rotation; the buttons step through the slides, and wrap around.
    await carousel.getByRole('button', { name: t.catalogue.home.carousel.next }).click();
    await carousel.getByRole('heading', { name: 'Inscrições abertas para o seminário' }).waitFor();
    expect(await carousel.getByRole('heading', { level: 3 }).getAttribute('lang')).toBe('pt-BR');
    await carousel.getByRole('button', { name: t.catalogue.home.carousel.next }).click();
    await carousel
      .getByRole('link', { name: `${t.catalogue.home.carousel.link.replace('{{name}}', 'Araucaria Trail')}` })
      .waitFor();
    await carousel.getByRole('button', { name: t.catalogue.home.carousel.pause }).click();
    await carousel.getByRole('button', { name: t.catalogue.home.carousel.play }).waitFor();

    const trails = page.getByTestId('category-TRAIL');
    await trails.getByRole('link', { name: 'Our most walked trail' }).click();
    await heading(page, 'Araucaria Trail').waitFor();
    await page.goBack();
    await page.getByTestId('category-TRAIL').getByRole('link', { name: t.catalogue.home.categoryLinks.TRAIL }).click();
    await page.waitForURL((url) => url.pathname === '/experiences' && url.searchParams.get('category') === 'TRAIL');
    await expect.poll(() => cards(page).count()).toBe(3);

    // Without motion, nothing rotates, so there is nothing to pause.
    const still = await openPage('en', '/');
    await still.page.emulateMedia({ reducedMotion: 'reduce' });
    await still.page.getByTestId('carousel-next').waitFor();
    expect(await still.page.getByTestId('carousel-pause').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits a 360 px wide screen and passes the axe audit on the catalogue, detail and home pages', async () => {
    const { page } = await openPage('pt-BR', '/experiences', { width: 360, height: 740 });
    await expect.poll(() => cards(page).count()).toBe(20);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(appUrl(`/experiences/${araucariaId}`));
    await expect.poll(() => day(page, openDay).getAttribute('data-state')).toBe('open');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(appUrl('/'));
    await page.getByTestId('highlight-carousel').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const wide = await openPage('en', `/experiences/${araucariaId}`);
    await expect.poll(() => day(wide.page, closedDay).getAttribute('data-state')).toBe('closed');
    await day(wide.page, closedDay).click();
    expect(await accessibilityViolations(wide.page)).toEqual([]);
    await wide.page.goto(appUrl('/experiences?q=nada-aqui'));
    await wide.page.getByText(en.catalogue.list.emptyFiltered).waitFor();
    expect(await accessibilityViolations(wide.page)).toEqual([]);
    await wide.page.goto(appUrl('/'));
    await wide.page.getByTestId('highlight-carousel').waitFor();
    expect(await accessibilityViolations(wide.page)).toEqual([]);

    // An id that is not an experience (or no longer public) gets a page that says so.
    await wide.page.goto(appUrl('/experiences/00000000-0000-4000-8000-000000000000'));
    await heading(wide.page, en.catalogue.detail.notFound.heading).waitFor();
    await wide.page.goto(appUrl('/experiences/not-an-id'));
    await heading(wide.page, en.catalogue.detail.notFound.heading).waitFor();
    expect(await wide.page.title()).toBe(`${en.catalogue.detail.notFound.title} | Pró-Mata`);
  });
});
