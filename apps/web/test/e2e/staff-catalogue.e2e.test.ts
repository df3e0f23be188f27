import { randomBytes } from 'node:crypto';
import type { Experience, Highlight } from '@promata/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  apiCaller,
  appUrlOf,
  closeContexts,
  createStaffWithCli,
  expectJson as json,
  heading,
  makeDataDir,
  openTrackedPage,
  startAppAndBrowser,
  stopAll,
  totpNow,
  unexpectedErrors,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { en } from '../../src/i18n/resources/en';
import { ptBR, type Messages } from '../../src/i18n/resources/pt-br';
import { accessibilityViolations } from './accessibility';

// The staff catalogue pages against the production build (`npm run build` first): the real API on
// an embedded database, an ADMIN made with the CLI before the app starts (password and MFA set up
// through the API; its recovery codes pass the second step in the browser), driven by Chromium.
// What staff change is then checked where visitors see it: the public pages and the public API.

type Locale = 'pt-BR' | 'en';
const texts: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const password = 'Trilha-das-araucarias-2025';
const runTag = randomBytes(3).toString('hex');

type Staff = { email: string; token: string; recoveryCodes: string[] };

let app: BuiltApp | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let staff: Staff | undefined;
const contexts: BrowserContext[] = [];

function appUrl(path: string): string {
  return appUrlOf(app, path);
}

function staffAccount(): Staff {
  if (!staff) throw new Error('beforeAll did not prepare the staff account');
  return staff;
}

function openPage(locale: Locale, path: string, width = 1280): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), { locale, viewport: { width, height: 900 } });
}

async function waitForPath(page: Page, pathname: string | RegExp): Promise<URL> {
  await page.waitForURL((url) =>
    typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname),
  );
  return new URL(page.url());
}

/** A JSON call to the API, as a script would make it. */
const api = apiCaller(appUrl);

/** The experience as staff see it (inactive ones too). */
function staffExperience(id: string): Promise<Experience> {
  return api(`/experiences/${id}`, { token: staffAccount().token }).then((response) => json<Experience>(response, 200));
}

/** Signs in on the login page `page` shows: password, then one of the recovery codes. */
async function signIn(page: Page, t: Messages): Promise<void> {
  const account = staffAccount();
  await page.getByLabel(t.auth.login.email, { exact: true }).fill(account.email);
  await page.getByLabel(t.auth.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.auth.login.submit, exact: true }).click();
  const code = account.recoveryCodes.shift();
  if (!code) throw new Error('no recovery code left');
  await page.getByLabel(t.auth.login.mfa.code).fill(code);
  await page.getByRole('button', { name: t.auth.login.mfa.submit }).click();
}

/** A PNG drawn in the page: two colours side by side, so a crop is visible in the result. */
async function drawPng(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    ({ width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = '#1d4d2f';
      context.fillRect(0, 0, width / 2, height);
      context.fillStyle = '#e9b949';
      context.fillRect(width / 2, 0, width / 2, height);
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    },
    { width, height },
  );
  return Buffer.from(base64, 'base64');
}

/** A calendar date `days` from today at the reserve. */
function reserveDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(Date.now() + days * 86_400_000);
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The catalogue's section link ("Fechamentos", "Highlights"). */
function catalogueNav(page: Page, t: Messages, name: string): Locator {
  return page.getByRole('navigation', { name: t.staffCatalogue.nav.label }).getByRole('link', { name });
}

beforeAll(async () => {
  // The embedded database is one process's: the CLI runs on the data directory before the app.
  dataDir = makeDataDir('staff-catalogue');
  const email = `catalogue-admin-${runTag}@e2e.promata.example`;
  const link = await createStaffWithCli(dataDir, {
    role: 'ADMIN',
    email,
    name: 'Clara Catálogo',
    locale: 'pt-BR',
  });

  const started = await startAppAndBrowser({ DATA_DIR: dataDir });
  ({ app, browser } = started);
  started.rethrow();

  // Password from the CLI's link, then MFA with a TOTP code computed here.
  const token = new URLSearchParams(link.split('#')[1]).get('token') ?? '';
  expect((await api('/auth/password/reset', { method: 'POST', body: { token, password } })).status).toBe(204);
  const { accessToken } = await json<{ accessToken: string }>(
    await api('/auth/login', { method: 'POST', body: { email, password } }),
    200,
  );
  const { secret } = await json<{ secret: string }>(
    await api('/auth/mfa/setup', { method: 'POST', token: accessToken }),
    200,
  );
  const confirmed = await json<{ accessToken: string; recoveryCodes: string[] }>(
    await api('/auth/mfa/confirm', { method: 'POST', token: accessToken, body: { code: totpNow(secret) } }),
    200,
  );
  staff = { email, token: confirmed.accessToken, recoveryCodes: confirmed.recoveryCodes };
}, 60_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app, dataDir }));

describe('staff catalogue in the browser', () => {
  it('pt-BR: creates a trail, crops and orders its pictures, closes it, highlights it, deactivates it', async () => {
    const t = texts['pt-BR'];
    const s = t.staffCatalogue;
    const { page, errors } = await openPage('pt-BR', '/staff/experiences');

    // Staff pages need a session with the second factor: the login page first, then back here.
    const login = await waitForPath(page, '/login');
    expect(login.searchParams.get('redirect')).toBe('/staff/experiences');
    await signIn(page, t);
    await waitForPath(page, '/staff/experiences');
    await heading(page, s.experiences.heading).waitFor();
    await page.getByTestId('experiences-count').getByText(s.experiences.empty).waitFor();

    // The form refuses what the API would, in the browser, each message on its field.
    await page.getByTestId('new-experience').click();
    await heading(page, s.form.newHeading).waitFor();
    const price = page.getByLabel(s.form.price.TRAIL);
    await price.fill('45,505');
    await page.getByTestId('experience-submit').click();
    const summary = page.getByRole('alert').filter({ hasText: t.form.errorSummary });
    await summary.getByRole('link', { name: s.validation.price }).waitFor();
    await page.locator('#experience-price-error').getByText(s.validation.price).waitFor();
    await expectAccessible(page);
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#experience-name-pt-error').getByText(t.validation.required).waitFor();
    await page.locator('#experience-description-pt-error').getByText(s.validation.descriptionPt).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'experience-name-pt');

    // A trail with its own fields; the price typed in reais with a comma.
    const trailName = `Trilha das Araucárias ${runTag}`;
    await page.getByLabel(`${s.form.name} ${s.languages.pt}`).fill(trailName);
    await page.getByLabel(`${s.form.name} ${s.languages.en}`).fill(`Araucaria Trail ${runTag}`);
    await page.getByLabel(`${s.form.description} ${s.languages.pt}`).fill('Caminhada guiada pela mata de araucárias.');
    await page.getByLabel(s.form.durationMinutes).fill('90');
    await page.getByLabel(s.form.difficulty).selectOption('MODERATE');
    await page.getByLabel(s.form.lengthKm).fill('5,5');
    await page.getByLabel(s.form.capacity.TRAIL).fill('20');
    await price.fill('45,50');
    await page.getByLabel(s.weekDays['1']).uncheck();
    await page.getByTestId('experience-submit').click();
    const edit = await waitForPath(page, /^\/staff\/experiences\/[0-9a-f-]{36}$/);
    const experienceId = edit.pathname.split('/').pop() ?? '';
    await page.getByTestId('catalogue-notice').getByText(s.notices.created).waitFor();
    await heading(page, s.form.editHeading.replace('{{name}}', trailName) + ` ${s.active}`).waitFor();

    // What the API stored: 4550 centavos exactly, the trail's fields, Monday off.
    const stored = await staffExperience(experienceId);
    expect(stored).toMatchObject({
      category: 'TRAIL',
      priceCents: 4550,
      capacity: 20,
      trail: { durationMinutes: 90, difficulty: 'MODERATE', lengthKm: 5.5 },
      weekDays: [0, 2, 3, 4, 5, 6],
      active: true,
    });
    expect(await price.inputValue()).toBe('45,50');
    await expectAccessible(page);

    // A wide picture, cropped in the browser: the keyboard moves the 4:3 frame before the upload.
    await page.getByTestId('gallery-file').setInputFiles({
      name: 'mata.png',
      mimeType: 'image/png',
      buffer: await drawPng(page, 1000, 500),
    });
    const cropDialog = page.getByRole('dialog', { name: s.crop.heading });
    const frame = cropDialog.getByTestId('crop-frame');
    await frame.waitFor();
    const cropSummary = cropDialog.getByTestId('crop-summary');
    expect(await cropSummary.innerText()).toContain('664 × 498 px a partir do ponto (168, 1)');
    await frame.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => cropSummary.innerText()).toContain('(148, 1)');
    // And the pointer: dragging the frame to the right moves it right, still 664 × 498.
    const box = await frame.boundingBox();
    if (!box) throw new Error('the crop frame is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const draggedX = async () =>
      Number(/664 × 498 px a partir do ponto \((\d+), 1\)/.exec(await cropSummary.innerText())?.[1]);
    await expect.poll(draggedX).toBeGreaterThan(148);
    await expectAccessible(page);
    await cropDialog.getByLabel(s.images.altPt).fill('Mata de araucárias');
    await cropDialog.getByTestId('crop-upload').click();
    await page.getByTestId('gallery-result').getByText(s.images.uploaded).waitFor();

    // A tall one, left as framed: the largest centred 4:3 area.
    await page.getByTestId('gallery-file').setInputFiles({
      name: 'trilha.png',
      mimeType: 'image/png',
      buffer: await drawPng(page, 600, 800),
    });
    await cropDialog.getByTestId('crop-frame').waitFor();
    await cropDialog.getByLabel(s.images.altPt).fill('Placa da trilha');
    await cropDialog.getByTestId('crop-upload').click();
    const items = page.getByTestId('gallery-item');
    await items.nth(1).waitFor();
    await page.getByTestId('gallery-count').getByText('2 de 20 fotos.').waitFor();

    // The API received exactly the 4:3 crops (it re-encodes but never changes the picture's size).
    const uploaded = (await staffExperience(experienceId)).images;
    expect(uploaded.map((image) => [image.width, image.height, image.alt.pt])).toEqual([
      [664, 498, 'Mata de araucárias'],
      [600, 450, 'Placa da trilha'],
    ]);
    // Thumbnails are fetched with the token (pictures are private while an experience is inactive).
    await items.nth(0).getByRole('img', { name: 'Foto 1: Mata de araucárias' }).waitFor();

    // The second picture moves up: one atomic PATCH; focus stays on its button.
    await items.nth(1).getByRole('button', { name: 'Mover para cima (foto 2)' }).click();
    await page.getByTestId('gallery-result').getByText('Ordem das fotos salva: a foto agora é a 1ª.').waitFor();
    expect((await staffExperience(experienceId)).images.map((image) => image.id)).toEqual([
      uploaded[1]?.id,
      uploaded[0]?.id,
    ]);
    await page.waitForFunction((id) => document.activeElement?.id === `gallery-${id}-up`, uploaded[1]?.id ?? '');
    expect(await items.nth(0).getByLabel(s.images.altPt).inputValue()).toBe('Placa da trilha');

    // Descriptions go with the order, in the same atomic request.
    await items.nth(0).getByLabel(s.images.altEn).fill('Trail sign');
    await items.nth(0).getByRole('button', { name: 'Salvar descrições (foto 1)' }).click();
    await page.getByTestId('gallery-result').getByText(s.images.altSaved).waitFor();
    expect((await staffExperience(experienceId)).images[0]?.alt).toEqual({ pt: 'Placa da trilha', en: 'Trail sign' });
    await expectAccessible(page);

    // A picture is deleted after confirmation.
    await items.nth(1).getByRole('button', { name: 'Excluir (foto 2)' }).click();
    await page
      .getByRole('dialog', { name: s.images.removeHeading.replace('{{position}}', '2') })
      .getByRole('button', { name: s.images.removeConfirm })
      .click();
    await page.getByTestId('gallery-result').getByText(s.images.removed).waitFor();
    await page.getByTestId('gallery-count').getByText('1 de 20 fotos.').waitFor();
    expect((await staffExperience(experienceId)).images.map((image) => image.id)).toEqual([uploaded[1]?.id]);

    // A closure of this trail, ten to twelve days ahead, with the reason visitors will read.
    await catalogueNav(page, t, s.nav.closures).click();
    await heading(page, s.closures.heading).waitFor();
    await page.getByLabel(s.closures.oneExperience).check();
    await page.getByLabel(s.closures.experience, { exact: true }).selectOption(experienceId);
    await page.getByLabel(s.closures.startsOn).fill(reserveDate(10));
    await page.getByLabel(s.closures.endsOn).fill(reserveDate(12));
    await page.getByLabel(`${s.closures.reason} ${s.languages.pt}`).fill(`Manutenção da ponte ${runTag}`);
    await page.getByLabel(`${s.closures.reason} ${s.languages.en}`).fill(`Bridge repairs ${runTag}`);
    // No booking exists in this run, so the API counts 0 overlapping ones; the count is raised on
    // its way to the page, to show the warning staff get when there are some.
    await page.route('**/api/v1/closures', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const response = await route.fetch();
      const created = (await response.json()) as { overlappingBookings: number };
      expect(created.overlappingBookings).toBe(0);
      return route.fulfill({ response, json: { ...created, overlappingBookings: 2 } });
    });
    await page.getByTestId('closure-submit').click();
    await page.getByTestId('closure-result').getByText(s.closures.created).waitFor();
    await page
      .getByTestId('closure-overlapping')
      .getByText(s.closures.overlapping_other.replace('{{count}}', '2'))
      .waitFor();
    await page.unroute('**/api/v1/closures');
    const closureItem = page.getByTestId('closure-item').filter({ hasText: `Manutenção da ponte ${runTag}` });
    await closureItem.getByText(trailName).waitFor();
    await closureItem.getByText('3 dias').waitFor();
    await expectAccessible(page);

    // The calendar above the list marks those days; a day's reason is in its name and, once chosen,
    // spelt out under the grids.
    const calendar = page.getByTestId('closure-calendar');
    const dayCell = (days: number) => calendar.locator(`[data-date="${reserveDate(days)}"]`);
    const states = (days: number[]) => Promise.all(days.map((day) => dayCell(day).getAttribute('data-state')));
    await expect
      .poll(() => states([9, 10, 11, 12, 13]))
      .toEqual(['none', 'experiences', 'experiences', 'experiences', 'none']);
    expect(await dayCell(11).textContent()).toContain(`fechado. ${trailName}: Manutenção da ponte ${runTag}`);
    await dayCell(11).click();
    await page.getByTestId('closure-calendar-chosen').getByText(`Manutenção da ponte ${runTag}`).waitFor();
    // Arrow keys move between days.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((date) => document.activeElement?.getAttribute('data-date') === date, reserveDate(12));

    // Edited in a dialog that reuses the form: one more day, a new reason.
    await closureItem.getByRole('button', { name: s.closures.edit }).click();
    const editDialog = page.getByRole('dialog', { name: s.closures.editHeading });
    expect(await editDialog.getByLabel(s.closures.experience, { exact: true }).inputValue()).toBe(experienceId);
    await editDialog.getByLabel(s.closures.endsOn).fill(reserveDate(9));
    await editDialog.getByTestId('closure-edit-submit').click();
    await editDialog.locator('#closure-edit-ends-on-error').getByText(s.validation.lastDayOrder).waitFor();
    await expectAccessible(page);
    await editDialog.getByLabel(s.closures.endsOn).fill(reserveDate(13));
    await editDialog.getByLabel(`${s.closures.reason} ${s.languages.pt}`).fill(`Ponte em obras ${runTag}`);
    await editDialog.getByTestId('closure-edit-submit').click();
    await page.getByTestId('closure-result').getByText(s.closures.saved).waitFor();
    expect(await editDialog.count()).toBe(0);
    const editedItem = page.getByTestId('closure-item').filter({ hasText: `Ponte em obras ${runTag}` });
    await editedItem.getByText('4 dias').waitFor();
    await expect.poll(() => states([12, 13, 14])).toEqual(['experiences', 'experiences', 'none']);
    const trailClosures = await json<{ items: { startsOn: string; endsOn: string; reason: { pt: string } }[] }>(
      await api(`/closures?experienceId=${experienceId}`),
      200,
    );
    expect(trailClosures.items.map((c) => [c.startsOn, c.endsOn, c.reason.pt])).toEqual([
      [reserveDate(10), reserveDate(13), `Ponte em obras ${runTag}`],
    ]);

    // The filter: one experience's closures with the whole reserve's, not another experience's.
    const lodge = await json<Experience>(
      await api('/experiences', {
        method: 'POST',
        token: staffAccount().token,
        body: {
          category: 'HOSTING',
          name: { pt: `Alojamento ${runTag}`, en: null },
          description: { pt: 'Quartos coletivos perto da sede.', en: null },
          capacity: 8,
          priceCents: 9000,
        },
      }),
      201,
    );
    for (const [scope, day, reason] of [
      [null, 20, `Feriado ${runTag}`],
      [lodge.id, 21, `Pintura ${runTag}`],
    ] as const) {
      const body = {
        experienceId: scope,
        startsOn: reserveDate(day),
        endsOn: reserveDate(day),
        reason: { pt: reason },
      };
      await json(await api('/closures', { method: 'POST', token: staffAccount().token, body }), 201);
    }
    await page.reload();
    await expect.poll(() => states([13, 20, 21])).toEqual(['experiences', 'reserve', 'experiences']);
    expect(await dayCell(20).textContent()).toContain(`${s.closures.wholeReserve}: Feriado ${runTag}`);
    await page.getByLabel(s.closures.filter).selectOption(experienceId);
    await expect.poll(() => states([13, 20, 21])).toEqual(['experiences', 'reserve', 'none']);
    await page
      .getByTestId('closure-item')
      .filter({ hasText: `Feriado ${runTag}` })
      .waitFor();
    expect(
      await page
        .getByTestId('closure-item')
        .filter({ hasText: `Pintura ${runTag}` })
        .count(),
    ).toBe(0);
    await expectAccessible(page);

    // A carousel highlight linking to the trail, with a cropped picture.
    await catalogueNav(page, t, s.nav.highlights).click();
    await heading(page, s.highlights.heading).waitFor();
    await page.getByTestId('add-highlight-CAROUSEL').click();
    const highlightDialog = page.getByRole('dialog', {
      name: s.highlights.createHeading.replace('{{slot}}', s.highlights.slots.CAROUSEL),
    });
    await highlightDialog
      .getByLabel(`${s.highlights.titleField} ${s.languages.pt}`)
      .fill(`Conheça as araucárias ${runTag}`);
    await highlightDialog.getByLabel(s.highlights.experience).selectOption(experienceId);
    await highlightDialog.getByTestId('highlight-file').setInputFiles({
      name: 'destaque.png',
      mimeType: 'image/png',
      buffer: await drawPng(page, 800, 800),
    });
    await highlightDialog.getByTestId('crop-frame').waitFor();
    await highlightDialog.getByTestId('highlight-submit').click();
    await page.getByTestId('highlights-result').getByText(s.highlights.created).waitFor();
    const card = page.getByTestId('slot-CAROUSEL').getByTestId('highlight-card');
    await card.getByRole('heading', { name: `Conheça as araucárias ${runTag}` }).waitFor();
    const highlights = await json<{ items: Highlight[] }>(await api('/highlights'), 200);
    expect(highlights.items.find((item) => item.slot === 'CAROUSEL')?.image).toMatchObject({ width: 800, height: 600 });
    await expectAccessible(page);

    // Visitors see the closure on the detail page and the highlight on the home page.
    const visitor = await openPage('pt-BR', `/experiences/${experienceId}`);
    await visitor.page.getByTestId('closures').getByText(`Ponte em obras ${runTag}`).waitFor();
    await visitor.page.goto(appUrl('/'));
    await visitor.page.getByTestId('highlight-carousel').getByText(`Conheça as araucárias ${runTag}`).first().waitFor();

    // The carousel holds five. Three more through the API leave one place, which someone else
    // takes while the dialog is open: the refusal (SLOT_FULL) is explained, the page refreshed,
    // and no way to add a sixth is offered any more.
    const addHighlight = (title: string) =>
      api('/highlights', {
        method: 'POST',
        token: staffAccount().token,
        body: { slot: 'CAROUSEL', title: { pt: title, en: null } },
      }).then((response) => json<Highlight>(response, 201));
    for (const title of ['Destaque 2', 'Destaque 3', 'Destaque 4']) await addHighlight(title);
    await page.reload();
    const carouselSlot = page.getByTestId('slot-CAROUSEL');
    await carouselSlot.getByText('4 de 5').waitFor();
    await page.getByTestId('add-highlight-CAROUSEL').click();
    await highlightDialog.getByLabel(`${s.highlights.titleField} ${s.languages.pt}`).fill('Sexto destaque');
    await addHighlight('Destaque 5');
    await highlightDialog.getByTestId('highlight-submit').click();
    await highlightDialog.getByTestId('highlight-error').getByText(s.errors.slotFull).waitFor();
    await highlightDialog.getByRole('button', { name: s.cancel }).click();
    await carouselSlot.getByTestId('slot-full').waitFor();
    await carouselSlot.getByText('5 de 5').waitFor();
    // Added without a picture or a link: staff are told visitors do not see them yet.
    await carouselSlot
      .getByTestId('highlight-card')
      .filter({ hasText: 'Destaque 2' })
      .getByTestId('highlight-hidden-notice')
      .getByText(s.highlights.hiddenNoPicture)
      .waitFor();
    expect(await page.getByTestId('add-highlight-CAROUSEL').count()).toBe(0);

    // Reordered in one request: the first highlight goes one place down.
    await carouselSlot
      .getByRole('button', { name: `${s.highlights.moveDown}: Conheça as araucárias ${runTag}` })
      .click();
    await page.getByTestId('highlights-result').getByText(s.highlights.moved).waitFor();
    const ordered = await json<{ items: Highlight[] }>(await api('/highlights', { token: staffAccount().token }), 200);
    expect(ordered.items.filter((item) => item.slot === 'CAROUSEL').map((item) => item.title.pt)).toEqual([
      'Destaque 2',
      `Conheça as araucárias ${runTag}`,
      'Destaque 3',
      'Destaque 4',
      'Destaque 5',
    ]);

    // Deleting a booked experience is refused (the refusal is simulated here: no booking exists
    // yet in this run); the dialog offers deactivation instead, which takes it off the catalogue.
    await page.goto(appUrl(`/staff/experiences/${experienceId}`));
    await page.route(`**/api/v1/experiences/${experienceId}`, async (route) => {
      if (route.request().method() !== 'DELETE') return route.fallback();
      return route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'CONFLICT', message: 'Conflito.', details: { reason: 'HAS_BOOKINGS' } },
        }),
      });
    });
    await page.getByTestId('delete-experience').click();
    const deleteDialog = page.getByRole('dialog', { name: s.delete.dialogHeading.replace('{{name}}', trailName) });
    await deleteDialog.getByRole('button', { name: s.delete.confirm }).click();
    await deleteDialog.getByTestId('delete-experience-booked').getByText(s.delete.bookedText).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'deactivate-experience');
    await deleteDialog.getByTestId('deactivate-experience').click();
    await page.getByTestId('deactivated').getByText(s.delete.deactivated).waitFor();
    await heading(page, s.form.editHeading.replace('{{name}}', trailName) + ` ${s.inactive}`).waitFor();
    expect(await page.getByLabel(s.form.active).isChecked()).toBe(false);
    expect((await staffExperience(experienceId)).active).toBe(false);

    // Gone for visitors: the catalogue no longer lists it and its page is a 404.
    await visitor.page.goto(appUrl('/experiences'));
    await visitor.page.getByTestId('catalogue-count').waitFor();
    expect(await visitor.page.getByText(trailName).count()).toBe(0);
    expect((await api(`/experiences/${experienceId}`)).status).toBe(404);
    // Its pictures too; staff still see them through their token.
    expect((await fetch(appUrl(uploaded[1]?.variants.card.url ?? ''))).status).toBe(404);
    await items.nth(0).getByRole('img').first().waitFor();

    // A never-booked experience is really deleted, after confirmation.
    const spare = await json<Experience>(
      await api('/experiences', {
        method: 'POST',
        token: staffAccount().token,
        body: {
          category: 'HOSTING',
          name: { pt: `Casa sede ${runTag}`, en: null },
          description: { pt: 'Casa sede da reserva.', en: null },
          capacity: 8,
          priceCents: 12000,
        },
      }),
      201,
    );
    await page.goto(appUrl(`/staff/experiences/${spare.id}`));
    await page.getByTestId('delete-experience').click();
    await page.getByRole('dialog').getByRole('button', { name: s.delete.confirm }).click();
    await waitForPath(page, '/staff/experiences');
    await page.getByTestId('catalogue-notice').getByText(s.notices.deleted).waitFor();
    expect((await api(`/experiences/${spare.id}`, { token: staffAccount().token })).status).toBe(404);
    // The list, with the (now inactive) trail in it.
    await page.getByTestId('experience-row').filter({ hasText: trailName }).getByText(s.inactive).waitFor();
    expect(
      await page
        .getByTestId('experience-row')
        .filter({ hasText: `Casa sede ${runTag}` })
        .count(),
    ).toBe(0);
    await expectAccessible(page);

    // 401: the password alone, answered MFA_REQUIRED; 409: the simulated refusal.
    expect(unexpectedErrors(errors, 401, 409)).toEqual([]);
    expect(unexpectedErrors(visitor.errors)).toEqual([]);
  }, 90_000);

  it('en: the list and the form in English, accessible, and usable 360 px wide', async () => {
    const t = texts.en;
    const s = t.staffCatalogue;
    const { page, errors } = await openPage('en', '/login?redirect=/staff/experiences');
    await signIn(page, t);
    await waitForPath(page, '/staff/experiences');
    // Signing in switched to the account's language (pt-BR); the switcher changes it back at once.
    await heading(page, ptBR.staffCatalogue.experiences.heading).waitFor();
    await page.getByTestId('language-switcher').selectOption('en');
    await heading(page, s.experiences.heading).waitFor();
    await page.getByRole('navigation', { name: t.staff.nav.label }).getByRole('link', { name: s.nav.link }).waitFor();

    // The filters live in the address: the inactive trail of the first test is found by status.
    await page.getByLabel(s.experiences.filters.status).selectOption('false');
    await page.waitForURL((url) => url.searchParams.get('active') === 'false');
    // Its English name, in English.
    const row = page.getByTestId('experience-row').filter({ hasText: `Araucaria Trail ${runTag}` });
    await row.getByText(s.inactive).waitFor();
    await row.getByText('R$45.50').waitFor();
    await expectAccessible(page);

    await page.getByTestId('new-experience').click();
    await heading(page, s.form.newHeading).waitFor();
    await page.getByLabel(s.categories.EVENT).check();
    await page.getByTestId('event-fields').waitFor();
    expect(await page.getByTestId('trail-fields').count()).toBe(0);
    await page.getByLabel(s.form.price.EVENT).fill('forty');
    await page.getByLabel(s.form.startsAt).fill('2026-12-10T09:00');
    await page.getByLabel(s.form.endsAt).fill('2026-12-10T08:00');
    await page.getByTestId('experience-submit').click();
    const summary = page.getByRole('alert').filter({ hasText: t.form.errorSummary });
    await summary.getByRole('link', { name: s.validation.price }).waitFor();
    await summary.getByRole('link', { name: s.validation.endAfterStart }).waitFor();
    await summary.getByRole('link', { name: s.validation.descriptionPt }).waitFor();
    await expectAccessible(page);

    // An event, its times typed as São Paulo time, stored as instants.
    await page.getByLabel(`${s.form.name} ${s.languages.pt}`).fill(`Oficina de aves ${runTag}`);
    await page.getByLabel(`${s.form.description} ${s.languages.pt}`).fill('Dois dias com ornitólogos.');
    await page.getByLabel(s.form.capacity.EVENT).fill('30');
    await page.getByLabel(s.form.price.EVENT).fill('1,234.56');
    await page.getByLabel(s.form.endsAt).fill('2026-12-10T17:30');
    await page.getByTestId('experience-submit').click();
    const edit = await waitForPath(page, /^\/staff\/experiences\/[0-9a-f-]{36}$/);
    const stored = await staffExperience(edit.pathname.split('/').pop() ?? '');
    expect(stored).toMatchObject({
      category: 'EVENT',
      priceCents: 123456,
      event: { startsAt: '2026-12-10T12:00:00.000Z', endsAt: '2026-12-10T20:30:00.000Z' },
    });
    expect(await page.getByLabel(s.form.startsAt).inputValue()).toBe('2026-12-10T09:00');

    // A phone: nothing wider than the screen, on the form and on the list.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await fitsWidth(page)).toBe(true);
    await catalogueNav(page, t, s.nav.experiences).click();
    await page.getByTestId('experiences-table').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await catalogueNav(page, t, s.nav.closures).click();
    await page.getByTestId('closure-list').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    // The calendar in English: the trail's closed days named with its English reason.
    const closedDay = page.getByTestId('closure-calendar').locator(`[data-date="${reserveDate(12)}"]`);
    expect(await closedDay.getAttribute('data-state')).toBe('experiences');
    expect(await closedDay.textContent()).toContain(`closed. Araucaria Trail ${runTag}: Bridge repairs ${runTag}`);
    await page.getByLabel(s.closures.filter).waitFor();
    await expectAccessible(page);
    await catalogueNav(page, t, s.nav.highlights).click();
    await page.getByTestId('slot-CAROUSEL').getByTestId('highlight-card').first().waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(unexpectedErrors(errors, 401)).toEqual([]);
  }, 60_000);
});
