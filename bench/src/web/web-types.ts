export type AssetKind = 'script' | 'stylesheet';

export type PageAssets = {
  page: string;
  path: string;
  assets: { url: string; kind: AssetKind; rawBytes: number; gzipBytes: number; brotliBytes: number }[];
  totals: Record<AssetKind, { rawBytes: number; gzipBytes: number; brotliBytes: number }>;
};

export type LighthousePreset = 'mobile' | 'desktop';

export type LighthouseScores = {
  page: string;
  path: string;
  preset: LighthousePreset;
  /** Scores 0–100; null when Lighthouse could not score the category (see runtimeError). */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  runtimeError?: string;
  /** Largest Contentful Paint and Total Blocking Time, the metrics that weigh most in the score. */
  lcpMs: number;
  tbtMs: number;
};

export type WebReport = { pages: PageAssets[]; lighthouse: LighthouseScores[]; chromium: string; notes: string[] };
