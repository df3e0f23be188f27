import type { BenchReport, TargetVerdict } from '../report/bench-types.js';
import type { WebReport } from './web-types.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

/** The frontend targets: JS ≤ 180 KB gzip per public page, Lighthouse mobile performance ≥ 90, accessibility ≥ 95. */
export function webVerdicts(web: WebReport): TargetVerdict[] {
  const verdicts: TargetVerdict[] = web.pages.map((page) => {
    const gzip = page.totals.script.gzipBytes;
    return {
      key: `web-js-${page.page}` as const,
      target: `first-load JavaScript ≤ 180 KB gzip — ${page.page}`,
      measured: `${kb(gzip)} KB gzip`,
      met: gzip <= 180 * 1024,
      explanation: gzip <= 180 * 1024 ? '' : 'the entry chunk carries code other routes need; split it by route',
    };
  });
  for (const scores of web.lighthouse.filter((s) => s.preset === 'mobile')) {
    const met = (scores.performance ?? 0) >= 90 && (scores.accessibility ?? 0) >= 95;
    verdicts.push({
      key: `web-lighthouse-${scores.page}`,
      target: `Lighthouse performance ≥ 90 and accessibility ≥ 95 (mobile) — ${scores.page}`,
      measured: scores.runtimeError
        ? `not scored (${scores.runtimeError})`
        : `performance ${scores.performance}, accessibility ${scores.accessibility} (LCP ${(scores.lcpMs / 1000).toFixed(1)} s, TBT ${scores.tbtMs.toFixed(0)} ms)`,
      met,
      explanation: met
        ? ''
        : scores.runtimeError
          ? 'Lighthouse could not load the page; run `npm run bench:web` again'
          : (scores.performance ?? 0) < 90
            ? 'the simulated mobile load is dominated by the JavaScript to download, parse and run before the first render'
            : 'Lighthouse lists the failing accessibility audits in its report',
    });
  }
  return verdicts;
}

/** The Markdown section of the frontend figures. */
export function renderWebSection(web: WebReport): string[] {
  return [
    '## Web (first load and Lighthouse)',
    '',
    `Chromium: ${web.chromium}.`,
    '',
    '| Page | JS raw KB | JS gzip KB | JS brotli KB | CSS raw KB | CSS gzip KB | CSS brotli KB | files |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...web.pages.map(
      (p) =>
        `| ${p.page} (\`${p.path.replace(/[0-9a-f-]{36}/, ':id')}\`) | ${kb(p.totals.script.rawBytes)} | ${kb(p.totals.script.gzipBytes)} | ${kb(p.totals.script.brotliBytes)} | ${kb(p.totals.stylesheet.rawBytes)} | ${kb(p.totals.stylesheet.gzipBytes)} | ${kb(p.totals.stylesheet.brotliBytes)} | ${p.assets.length} |`,
    ),
    '',
    '| Page | Preset | Performance | Accessibility | Best practices | LCP s | TBT ms |',
    '|---|---|--:|--:|--:|--:|--:|',
    ...web.lighthouse.map(
      (s) =>
        `| ${s.page} | ${s.preset} | ${s.performance ?? '–'} | ${s.accessibility ?? '–'} | ${s.bestPractices ?? '–'} | ${(s.lcpMs / 1000).toFixed(2)} | ${s.tbtMs.toFixed(0)} |`,
    ),
    '',
    ...web.notes.map((note) => `* ${note}`),
    '',
  ];
}

/** The report of `npm run bench:web` alone: machine, the web figures and their targets. */
export function renderWebMarkdown(report: Pick<BenchReport, 'startedAt' | 'machine'>, web: WebReport): string {
  const { machine } = report;
  return [
    `# Web benchmark ${report.startedAt.slice(0, 10)} on ${machine.host}`,
    '',
    `\`npm run bench:web\` at ${report.startedAt}; ${machine.cpuModel}, ${machine.cores} cores, load average ${machine.loadAverage.map((l) => l.toFixed(2)).join(', ')}; Node ${machine.node}; commit ${machine.commit}${machine.dirty ? ' (with uncommitted changes)' : ''}.`,
    '',
    ...renderWebSection(web),
    '## Targets',
    '',
    '| Target | Measured | Met |',
    '|---|---|:-:|',
    ...webVerdicts(web).map((v) => `| ${v.target} | ${v.measured} | ${v.met ? 'yes' : '**no**'} |`),
    '',
  ].join('\n');
}
