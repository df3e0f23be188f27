import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumFlags, chromiumPath } from './measure-page-assets.js';
import type { LighthousePreset, LighthouseScores } from './web-types.js';

const score = (value: number | null | undefined) => (typeof value === 'number' ? Math.round(value * 100) : null);

/**
 * Lighthouse 12 in Debian's Chromium (through chrome-launcher's chromePath): performance,
 * accessibility and best practices of each page, with the mobile preset (Lighthouse's default:
 * simulated slow 4G and 4× CPU slowdown) and the desktop preset. Storage is reset before each page.
 */
export async function runLighthouse(
  baseUrl: string,
  pages: { page: string; path: string }[],
  presets: readonly LighthousePreset[],
): Promise<LighthouseScores[]> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumFlags] });
  try {
    const scores: LighthouseScores[] = [];
    for (const preset of presets) {
      for (const { page, path } of pages) {
        // A first navigation in a fresh browser sometimes fails (NO_FCP on a busy machine): try twice.
        let scored = await audit(chrome.port, `${baseUrl}${path}`, preset);
        if (scored.runtimeError) scored = await audit(chrome.port, `${baseUrl}${path}`, preset);
        scores.push({ page, path, preset, ...scored });
      }
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

async function audit(port: number, url: string, preset: LighthousePreset) {
  const result = await lighthouse(
    url,
    {
      port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  return {
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    bestPractices: score(categories['best-practices']?.score),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? 0,
    tbtMs: audits['total-blocking-time']?.numericValue ?? 0,
    ...(runtimeError ? { runtimeError: `${runtimeError.code}: ${runtimeError.message}` } : {}),
  };
}
