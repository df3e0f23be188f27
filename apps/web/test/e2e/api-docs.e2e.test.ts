import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../../test-support/browser.js';
import { startBuiltApp, type BuiltApp } from '../../../../test-support/built-app.js';
import { appUrlOf, closeContexts, stopAll } from '../../../../test-support/e2e.js';

// "Open /docs": Swagger UI of the production build, under the API's own security headers
// (helmet's Content-Security-Policy), in Debian's Chromium.

let app: BuiltApp | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

type DocsPage = { page: Page; errors: string[]; violations(): Promise<string[]> };

/** Opens /docs recording page errors, console errors and every CSP violation the page reports. */
async function openDocs(): Promise<DocsPage> {
  if (!browser) throw new Error('beforeAll did not launch the browser');
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  // Before any script of the page: a violation reported while it loads must not be missed.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  const response = await page.goto(appUrlOf(app, '/docs'));
  expect(response?.status()).toBeLessThan(400);
  return {
    page,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

beforeAll(async () => {
  // The embedded default install, as a new user opens it. No demo catalogue: the documentation
  // does not need it. A first PGlite start can take long on a busy machine, hence the wait.
  const [startedApp, launchedBrowser] = await Promise.allSettled([
    startBuiltApp({ DEMO_SEED: 'off' }, 90_000),
    launchBrowser(),
  ]);
  if (startedApp.status === 'fulfilled') app = startedApp.value;
  if (launchedBrowser.status === 'fulfilled') browser = launchedBrowser.value;
  if (startedApp.status === 'rejected') throw startedApp.reason;
  if (launchedBrowser.status === 'rejected') throw launchedBrowser.reason;
}, 120_000);

afterEach(() => closeContexts(contexts));

afterAll(() => stopAll({ browser, app }));

describe('API documentation in the browser', () => {
  it('renders Swagger UI with the API title and its operations, without errors or CSP violations', async () => {
    const { page, errors, violations } = await openDocs();
    await expect.poll(() => page.locator('.swagger-ui .info .title').innerText()).toContain('Pró-Mata API');
    for (const path of ['/health/live', '/health/ready', '/api/v1/info', '/api/v1/auth/login']) {
      await page.locator(`.opblock-summary-path[data-path="${path}"]`).first().waitFor();
    }
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
    expect(await page.locator('.opblock-tag').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ops/), expect.stringMatching(/^catalogue/)]),
    );
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    // A plain-HTTP install must not have its assets and calls upgraded to an HTTPS that is not there.
    const csp = (await page.request.get(appUrlOf(app, '/docs'))).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('runs an operation from the page ("Try it out") against the same origin', async () => {
    const { page, errors, violations } = await openDocs();
    const operation = page.locator('.opblock', {
      has: page.locator('.opblock-summary-path[data-path="/health/live"]'),
    });
    await operation.locator('.opblock-summary').click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await expect.poll(() => status.innerText()).toBe('200');
    await expect
      .poll(() => operation.locator('.live-responses-table tbody .microlight').first().innerText())
      .toContain('ok');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
