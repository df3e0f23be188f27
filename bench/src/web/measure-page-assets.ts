import { chromium } from 'playwright-core';
import { compressedSizes } from './compressed-sizes.js';
import type { AssetKind, PageAssets } from './web-types.js';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Loads each page in a fresh browser context (empty cache) and records every script and
 * stylesheet the page fetched until the network went idle: the route chunks loaded on first
 * render count, chunks only loaded later (another route) do not.
 */
export async function measurePageAssets(
  baseUrl: string,
  pages: { page: string; path: string }[],
): Promise<PageAssets[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumFlags });
  try {
    const measured: PageAssets[] = [];
    for (const { page: name, path } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<PageAssets['assets'][number] | undefined>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        pending.push(
          response
            .body()
            .then((body) => ({
              url: new URL(response.url()).pathname,
              kind: type as AssetKind,
              ...compressedSizes(body),
            }))
            .catch(() => undefined),
        );
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      // A route's lazy chunk can start after its data arrived: let a second quiet period pass.
      await page.waitForTimeout(1000);
      await page.waitForLoadState('networkidle');
      const assets = (await Promise.all(pending)).filter((a): a is PageAssets['assets'][number] => a !== undefined);
      await context.close();
      const total = (kind: AssetKind) =>
        assets
          .filter((a) => a.kind === kind)
          .reduce(
            (sum, a) => ({
              rawBytes: sum.rawBytes + a.rawBytes,
              gzipBytes: sum.gzipBytes + a.gzipBytes,
              brotliBytes: sum.brotliBytes + a.brotliBytes,
            }),
            { rawBytes: 0, gzipBytes: 0, brotliBytes: 0 },
          );
      measured.push({ page: name, path, assets, totals: { script: total('script'), stylesheet: total('stylesheet') } });
    }
    return measured;
  } finally {
    await browser.close();
  }
}
