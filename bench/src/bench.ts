import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchReport } from './report/bench-types.js';
import { evaluateTargets } from './report/evaluate-targets.js';
import { findings } from './report/findings.js';
import { renderThroughputChart } from './report/render-chart.js';
import { renderMarkdown } from './report/render-markdown.js';
import { writeReportFiles } from './report/write-report.js';
import { log, runApiBench } from './run-api-bench.js';
import { buildIfNeeded } from './system/build-if-needed.js';
import { reportHost } from './system/machine-info.js';
import { renderWebMarkdown, renderWebSection, webVerdicts } from './web/web-report.js';
import { runWebBench, type WebReport } from './web/run-web-bench.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    seed: { type: 'string', default: '20261126' },
    'no-web': { type: 'boolean', default: false },
    'web-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/reports' },
    render: { type: 'string' },
  },
});

function writeFullReport(report: BenchReport, web: WebReport | undefined, outDir: string): string[] {
  const base = `${report.startedAt.slice(0, 10)}-${reportHost(report.machine.host)}`;
  const verdicts = evaluateTargets(report, { verdicts: web ? webVerdicts(web) : [] });
  const connections = report.scenarios[0]?.connections ?? 0;
  const chart = renderThroughputChart(
    report.scenarios.map((s) => ({
      label: s.title,
      value: s.rps,
      group: s.id === 'node-http' || s.id === 'fastify' ? 'baseline' : 'api',
    })),
    `Requests per second, c=${connections} (${report.startedAt.slice(0, 10)}, ${report.machine.cores} cores)`,
  );
  return writeReportFiles(outDir, base, {
    '.md': renderMarkdown(report, verdicts, findings, `${base}.svg`, web ? renderWebSection(web) : []),
    '.json': `${JSON.stringify({ ...report, web, verdicts }, null, 2)}\n`,
    '.svg': chart,
  });
}

const outDir = resolve(repoRoot, values.out);
if (values.render) {
  // Renders the Markdown and chart again from a run's JSON (after the findings were written).
  const saved = JSON.parse(readFileSync(resolve(values.render), 'utf8')) as BenchReport & { web?: WebReport };
  const { web, ...report } = saved;
  log(`rendered ${writeFullReport(report, web, dirname(resolve(values.render))).join(', ')}`);
} else {
  const started = Date.now();
  log(`build: ${buildIfNeeded(repoRoot)}`);
  let web: WebReport | undefined;
  const report = await runApiBench(
    {
      repoRoot,
      seed: Number(values.seed),
      load: {
        connections: Number(values.connections),
        warmupS: Number(values.warmup),
        durationS: Number(values.duration),
        timeoutS: 10,
      },
      countRequests: 30,
      mode: values['web-only'] ? 'web' : 'all',
    },
    values['no-web']
      ? undefined
      : async (api, dataset) => {
          log('measuring the web pages (bundles and Lighthouse)');
          web = await runWebBench(api.url, dataset.plan.publicExperienceIds[0]!);
        },
  );
  let written: string[];
  if (values['web-only']) {
    if (!web) throw new Error('the web part produced no figures');
    const base = `${report.startedAt.slice(0, 10)}-${reportHost(report.machine.host)}-web`;
    written = writeReportFiles(outDir, base, {
      '.md': renderWebMarkdown(report, web),
      '.json': `${JSON.stringify({ machine: report.machine, web, verdicts: webVerdicts(web) }, null, 2)}\n`,
    });
  } else {
    written = writeFullReport(report, web, outDir);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${written.join(', ')}`);
}
