import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for a quiet, deterministic headless run: no sandbox (containers and CI run as root),
 * no GPU, and none of the background traffic (updates, sync, first-run pages) a test must not
 * depend on.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts the system's Chromium (Debian's package; `npx playwright install` cannot download
 * browsers here). Set CHROMIUM_PATH to use another binary. The caller closes the browser.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}
