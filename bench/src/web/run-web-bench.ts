import { execFileSync } from 'node:child_process';
import { measurePageAssets, chromiumPath } from './measure-page-assets.js';
import { runLighthouse } from './run-lighthouse.js';
import type { WebReport } from './web-types.js';

export type { WebReport } from './web-types.js';

/** The public pages of the web app (apps/web/src/routes): home, catalogue and one experience. */
export const publicPages = (experienceId: string) => [
  { page: 'home', path: '/' },
  { page: 'catalogue', path: '/experiences' },
  { page: 'experience', path: `/experiences/${experienceId}` },
];

/** The frontend part: first-load JS/CSS of each public page, then Lighthouse, against the API serving the build. */
export async function runWebBench(baseUrl: string, experienceId: string): Promise<WebReport> {
  const pages = publicPages(experienceId);
  const assets = await measurePageAssets(baseUrl, pages);
  const lighthouse = await runLighthouse(baseUrl, pages, ['mobile', 'desktop']);
  const chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  return {
    pages: assets,
    lighthouse,
    chromium,
    notes: [
      'The production build (apps/web/dist) served by the API with SERVE_WEB=true, over plain HTTP on loopback, with the bench dataset (experiences have no images).',
      'First-load sizes: every script and stylesheet the page fetched in a fresh Chromium context until the network was idle (playwright-core), compressed here with gzip -9 and brotli -q 11 as a precompressing server would send them.',
      'Lighthouse targets are judged on the mobile preset (Lighthouse default: simulated slow 4G, 4× CPU slowdown); the desktop preset is reported beside it.',
    ],
  };
}
