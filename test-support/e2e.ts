import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from './browser.js';
import { builtMain, startBuiltApp, type BuiltApp } from './built-app.js';

// Setup shared by the browser (e2e) tests of apps/web: every file starts the production build and
// Chromium, opens pages in fresh contexts while collecting errors, and prepares accounts with the
// CLI before the app starts. Each file keeps its own state; these helpers only take it as arguments.

/** The built CLI next to the built app: the embedded database is one process's, so it runs first. */
export const cliPath = join(builtMain, '..', 'cli.js');

export type Account = { email: string; password: string };
export type OpenedPage = { page: Page; errors: string[] };

/** A fresh DATA_DIR for the CLI and then the app; `stopAll` removes it. */
export function makeDataDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `promata-${label}-e2e-`));
}

/** Runs the built CLI on `dataDir` with a minimal environment and returns what it printed. */
export async function runCli(dataDir: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [cliPath, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PUBLIC_URL: 'http://127.0.0.1' },
  });
  return stdout;
}

/** Seeds the demo catalogue; the demo accounts' passwords exist only in the CLI's output. */
export async function seedDemo(dataDir: string): Promise<{ staff: Account; visitor: Account }> {
  const stdout = await runCli(dataDir, ['db:seed-demo']);
  const staff = /Demo staff \(ADMIN\): (\S+) password: (\S+)/.exec(stdout);
  const visitor = /Demo visitor: +(\S+) password: (\S+)/.exec(stdout);
  if (!staff?.[1] || !staff[2] || !visitor?.[1] || !visitor[2]) {
    throw new Error(`the CLI printed no demo accounts:\n${stdout}`);
  }
  return { staff: { email: staff[1], password: staff[2] }, visitor: { email: visitor[1], password: visitor[2] } };
}

/**
 * Creates a staff user with the CLI (no SMTP yet, so the CLI prints the invitation) and returns
 * the printed set-password link.
 */
export async function createStaffWithCli(
  dataDir: string,
  user: { role: string; email: string; name: string; locale: string },
): Promise<string> {
  const stdout = await runCli(dataDir, [
    'user:create',
    '--role',
    user.role,
    '--email',
    user.email,
    '--name',
    user.name,
    '--locale',
    user.locale,
  ]);
  const link = /https?:\/\/\S+\/set-password#token=\S+/.exec(stdout)?.[0];
  if (!link) throw new Error(`the CLI printed no set-password link:\n${stdout}`);
  return link;
}

/**
 * Starts the built app and Chromium in parallel. Both are returned even when one failed, so that
 * afterAll can stop whichever did start; call `rethrow()` after keeping them.
 */
export async function startAppAndBrowser(
  env: Record<string, string>,
): Promise<{ app?: BuiltApp; browser?: Browser; rethrow(): void }> {
  const [startedApp, launchedBrowser] = await Promise.allSettled([startBuiltApp(env), launchBrowser()]);
  return {
    app: startedApp.status === 'fulfilled' ? startedApp.value : undefined,
    browser: launchedBrowser.status === 'fulfilled' ? launchedBrowser.value : undefined,
    rethrow() {
      if (startedApp.status === 'rejected') throw startedApp.reason;
      if (launchedBrowser.status === 'rejected') throw launchedBrowser.reason;
    },
  };
}

/** Stops, in this order, what beforeAll started; the parts that never started are skipped. */
export async function stopAll(started: {
  browser?: Browser;
  app?: BuiltApp;
  sink?: { stop(): Promise<void> };
  dataDir?: string;
}): Promise<void> {
  await started.browser?.close();
  await started.app?.stop();
  await started.sink?.stop();
  if (started.dataDir) rmSync(started.dataDir, { recursive: true, force: true });
}

/** An absolute URL on the app under test. */
export function appUrlOf(app: BuiltApp | undefined, path: string): string {
  if (!app) throw new Error('beforeAll did not start the app');
  return new URL(path, app.url).href;
}

/**
 * Opens `url` in a fresh browser context (no stored language or session), registered in
 * `contexts` so afterEach can close it. Page errors and console errors are collected;
 * `ignoreConsole` leaves out console errors a test provokes on purpose.
 */
export async function openTrackedPage(
  browser: Browser | undefined,
  contexts: BrowserContext[],
  url: string,
  options: BrowserContextOptions,
  collect: { ignoreConsole?: RegExp; consolePrefix?: string } = {},
): Promise<OpenedPage> {
  if (!browser) throw new Error('beforeAll did not launch the browser');
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  // Fail within the test's own timeout, with Playwright's message, rather than Vitest's.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const prefix = collect.consolePrefix ?? 'console error: ';
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !collect.ignoreConsole?.test(message.text())) {
      errors.push(`${prefix}${message.text()}`);
    }
  });
  await page.goto(url);
  return { page, errors };
}

/** Closes (and forgets) the contexts the test opened, so no session leaks into the next test. */
export async function closeContexts(contexts: BrowserContext[]): Promise<void> {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
}

/** Errors other than the browser's own report of an HTTP error status a test provoked on purpose. */
export function unexpectedErrors(errors: string[], ...statuses: number[]): string[] {
  return errors.filter(
    (error) => !statuses.some((status) => error.includes(`the server responded with a status of ${status}`)),
  );
}

/** The page's level-1 heading with exactly this name. */
export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** The current code of an authenticator app for `secret`, `stepOffset` 30-second steps away. */
export function totpNow(secret: string, stepOffset = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + stepOffset * 30_000 });
}

export type JsonInit = { method?: string; body?: unknown; token?: string };

/**
 * A JSON client for set-up calls that must succeed: any status other than 2xx throws with the
 * answer, and an empty answer is `undefined`. Paths are absolute (`/api/v1/...`).
 */
export function jsonClient(appUrl: (path: string) => string): <T>(path: string, init?: JsonInit) => Promise<T> {
  return async <T>(path: string, init: JsonInit = {}): Promise<T> => {
    const response = await fetch(appUrl(path), {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}

/** Signs a staff member in and sets up MFA (TOTP) through the API; returns the MFA-proven token. */
export async function signInStaffWithMfa(
  api: <T>(path: string, init?: JsonInit) => Promise<T>,
  { email, password }: Account,
): Promise<string> {
  const login = await api<{ accessToken: string }>('/api/v1/auth/login', { method: 'POST', body: { email, password } });
  const setup = await api<{ secret: string }>('/api/v1/auth/mfa/setup', { method: 'POST', token: login.accessToken });
  const confirmed = await api<{ accessToken: string }>('/api/v1/auth/mfa/confirm', {
    method: 'POST',
    token: login.accessToken,
    body: { code: totpNow(setup.secret) },
  });
  return confirmed.accessToken;
}

/**
 * A call to `/api/v1` as a script would make it (Portuguese, optional bearer token), JSON or
 * multipart; the caller checks the status, e.g. with `expectJson`.
 */
export function apiCaller(
  appUrl: (path: string) => string,
): (path: string, init?: { method?: string; token?: string; body?: unknown }) => Promise<Response> {
  return (path, { method = 'GET', token, body } = {}) => {
    const headers: Record<string, string> = { 'accept-language': 'pt-BR' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const encoded = body === undefined || body instanceof FormData ? body : JSON.stringify(body);
    return fetch(appUrl(`/api/v1${path}`), { method, headers, ...(encoded !== undefined ? { body: encoded } : {}) });
  };
}

/** Asserts the status (showing the body when it differs) and parses the JSON body. */
export async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}
