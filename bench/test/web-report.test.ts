import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compressedSizes } from '../src/web/compressed-sizes.js';
import { renderWebSection, webVerdicts } from '../src/web/web-report.js';
import type { LighthouseScores, PageAssets, WebReport } from '../src/web/web-types.js';

const page = (name: string, scriptGzip: number): PageAssets => ({
  page: name,
  path: name === 'home' ? '/' : `/${name}`,
  assets: [],
  totals: {
    script: { rawBytes: scriptGzip * 3, gzipBytes: scriptGzip, brotliBytes: scriptGzip - 100 },
    stylesheet: { rawBytes: 9000, gzipBytes: 3000, brotliBytes: 2500 },
  },
});
const scores = (name: string, performance: number | null, accessibility: number | null): LighthouseScores => ({
  page: name,
  path: `/${name}`,
  preset: 'mobile',
  performance,
  accessibility,
  bestPractices: 96,
  lcpMs: 2100,
  tbtMs: 120,
});

describe('the web budget', () => {
  const web: WebReport = {
    pages: [page('home', 180 * 1024), page('catalogue', 180 * 1024 + 1)],
    lighthouse: [
      scores('home', 90, 95),
      scores('catalogue', 89, 100),
      { ...scores('experience', null, null), runtimeError: 'NO_FCP: no paint' },
    ],
    chromium: 'Chromium 156',
    notes: ['note'],
  };
  const verdicts = webVerdicts(web);

  it('allows at most 180 KB of gzip JavaScript per page', () => {
    expect(verdicts.find((v) => v.key === 'web-js-home')!.met).toBe(true);
    expect(verdicts.find((v) => v.key === 'web-js-catalogue')!.met).toBe(false);
  });

  it('needs mobile performance ≥ 90 and accessibility ≥ 95, and a page that was scored', () => {
    expect(verdicts.find((v) => v.key === 'web-lighthouse-home')!.met).toBe(true);
    expect(verdicts.find((v) => v.key === 'web-lighthouse-catalogue')!.met).toBe(false);
    expect(verdicts.find((v) => v.key === 'web-lighthouse-experience')).toMatchObject({
      met: false,
      measured: 'not scored (NO_FCP: no paint)',
    });
  });

  it('renders sizes in KB and unscored categories as a dash', () => {
    const section = renderWebSection(web).join('\n');
    expect(section).toContain('| home (`/`) | 540.0 | 180.0 | 179.9 | 8.8 | 2.9 | 2.4 | 0 |');
    expect(section).toContain('| experience | mobile | – | – | 96 |');
  });
});

describe('compressed sizes', () => {
  it('shrink repetitive code a lot, brotli more than gzip, and never shrink random bytes', () => {
    const code = Buffer.from('export const x = 1;\n'.repeat(500));
    const sizes = compressedSizes(code);
    expect(sizes.rawBytes).toBe(code.length);
    expect(sizes.gzipBytes).toBeLessThan(code.length / 10);
    expect(sizes.brotliBytes).toBeLessThan(sizes.gzipBytes);
    const noise = randomBytes(4096);
    expect(compressedSizes(noise).gzipBytes).toBeGreaterThanOrEqual(noise.length);
  });
});
