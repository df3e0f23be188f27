import { infoResponseSchema } from '@promata/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../../test-support/built-app.js';
import {
  appUrlOf,
  closeContexts,
  heading,
  openTrackedPage,
  startAppAndBrowser,
  stopAll,
  type OpenedPage,
} from '../../../../test-support/e2e.js';
import { ptBR } from '../../src/i18n/resources/pt-br';
import { accessibilityViolations } from './accessibility';

// The production build as visitors get it: `node apps/api/dist/main.js` serving apps/web/dist
// (run `npm run build` first), driven by Debian's Chromium.

let app: BuiltApp | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** An absolute URL on the app under test. */
function appUrl(path: string): string {
  return appUrlOf(app, path);
}

/** A fresh browser profile (no stored language) with the given browser language. */
function openPage(
  locale: string,
  path: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<OpenedPage> {
  return openTrackedPage(browser, contexts, appUrl(path), { locale, viewport });
}

/** Waits until the status text is `text`; asserts it is exactly that, not just containing it. */
async function waitForStatus(page: Page, text: string): Promise<void> {
  const state = page.getByTestId('platform-status-state');
  await state.filter({ hasText: text }).waitFor();
  expect((await state.innerText()).trim()).toBe(text);
}

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

beforeAll(async () => {
  const started = await startAppAndBrowser({});
  ({ app, browser } = started);
  started.rethrow();
});

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app }));

describe('home page in the browser', () => {
  it('is in Portuguese for a pt-BR browser and shows the live platform status', async () => {
    const { page, errors } = await openPage('pt-BR', '/');

    await heading(page, 'Boas-vindas ao Pró-Mata').waitFor();
    expect(await htmlLang(page)).toBe('pt-BR');
    expect(await page.title()).toBe('Início | Pró-Mata');
    await waitForStatus(page, 'API em funcionamento');

    // The panel shows what the API itself reports, translated.
    const info = infoResponseSchema.parse(await (await fetch(appUrl('/api/v1/info'))).json());
    const panel = page.getByTestId('platform-status');
    await panel.getByText(info.version, { exact: true }).waitFor();
    await panel.getByText(ptBR.platform.environments[info.environment], { exact: true }).waitFor();
    await panel.getByText(ptBR.platform.databases[info.storage.database], { exact: true }).waitFor();
    await panel.getByText(ptBR.platform.sessionStores[info.storage.sessions], { exact: true }).waitFor();
    expect(await panel.getByText('funcionando', { exact: true }).count()).toBe(2);

    // Server time: a real instant, written in Portuguese (month name in the São Paulo zone).
    const time = panel.locator('time');
    const instant = new Date((await time.getAttribute('datetime')) ?? '');
    expect(Number.isNaN(instant.getTime())).toBe(false);
    const month = new Intl.DateTimeFormat('pt-BR', { month: 'long', timeZone: 'America/Sao_Paulo' }).format(instant);
    expect(await time.innerText()).toContain(month);

    expect(await panel.getByRole('link', { name: 'Ver a documentação da API' }).getAttribute('href')).toBe('/docs');
    const nav = page.getByRole('navigation', { name: 'Navegação principal' });
    expect(await nav.getByRole('link', { name: 'Documentação da API' }).getAttribute('href')).toBe('/docs');
    expect(await nav.getByRole('link', { name: 'Início' }).getAttribute('aria-current')).toBe('page');
    expect(
      await page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .count(),
    ).toBe(4);

    // The first Tab stop is the skip link, and it leads to the main landmark.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Pular para o conteúdo principal' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');

    expect(errors).toEqual([]);
  });

  it('switches to English at once, without reloading, and remembers it', async () => {
    const { page, errors } = await openPage('pt-BR', '/');
    await waitForStatus(page, 'API em funcionamento');
    // Survives only as long as this document does: a reload would remove it.
    await page.evaluate(() => {
      document.body.dataset.sameDocument = 'yes';
    });

    const switcher = page.getByRole('combobox', { name: 'Idioma' });
    expect(await switcher.getAttribute('data-testid')).toBe('language-switcher');
    await switcher.selectOption('en');

    await heading(page, 'Welcome to Pró-Mata').waitFor();
    expect(await htmlLang(page)).toBe('en');
    await waitForStatus(page, 'API is up');
    expect(await page.title()).toBe('Home | Pró-Mata');
    expect(await page.getByTestId('language-switcher').inputValue()).toBe('en');
    await page.getByRole('combobox', { name: 'Language' }).waitFor();
    expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe('yes');

    await page.reload();
    await heading(page, 'Welcome to Pró-Mata').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBeUndefined();
    expect(await page.getByTestId('language-switcher').inputValue()).toBe('en');
    await waitForStatus(page, 'API is up');

    expect(errors).toEqual([]);
  });

  it('is in English on the first visit of an en-US browser', async () => {
    const { page, errors } = await openPage('en-US', '/');
    await heading(page, 'Welcome to Pró-Mata').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe('Home | Pró-Mata');
    await waitForStatus(page, 'API is up');
    expect(errors).toEqual([]);
  });

  it('shows a translated not-found page for an unknown path, inside the layout', async () => {
    const { page, errors } = await openPage('pt-BR', '/trilhas/caminho-que-nao-existe');
    await heading(page, 'Página não encontrada').waitFor();
    expect(await page.title()).toBe('Página não encontrada | Pró-Mata');
    expect(await htmlLang(page)).toBe('pt-BR');
    await page.getByRole('navigation', { name: 'Navegação principal' }).waitFor();

    await page.getByTestId('language-switcher').selectOption('en');
    await heading(page, 'Page not found').waitFor();
    expect(await page.title()).toBe('Page not found | Pró-Mata');

    // Client-side navigation back home; focus moves to the new page's content.
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await heading(page, 'Welcome to Pró-Mata').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
    expect(errors).toEqual([]);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page } = await openPage('pt-BR', '/', { width: 320, height: 640 });
    await waitForStatus(page, 'API em funcionamento');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(320);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it('passes the axe accessibility audit, in both languages and on the not-found page', async () => {
    const home = await openPage('pt-BR', '/');
    await waitForStatus(home.page, 'API em funcionamento');
    expect(await accessibilityViolations(home.page)).toEqual([]);

    await home.page.getByTestId('language-switcher').selectOption('en');
    await waitForStatus(home.page, 'API is up');
    expect(await accessibilityViolations(home.page)).toEqual([]);

    const narrow = await openPage('pt-BR', '/pagina-inexistente', { width: 320, height: 640 });
    await heading(narrow.page, 'Página não encontrada').waitFor();
    expect(await accessibilityViolations(narrow.page)).toEqual([]);
  });
});
