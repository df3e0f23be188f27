import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../src/report/evaluate-targets.js';
import { renderThroughputChart } from '../src/report/render-chart.js';
import { renderMarkdown } from '../src/report/render-markdown.js';
import { report, scenario } from './report-fixture.js';

/** Well-formedness of the SVG without a parser dependency: every element opened is closed in order. */
function unbalancedTags(svg: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) problems.push(name!);
  }
  return [...problems, ...stack];
}

describe('the Markdown report', () => {
  const run = report([
    scenario('node-http', { title: 'bare node:http hello', rps: 10_000 }),
    scenario('catalogue', { title: 'public catalogue list', rps: 400, latencyP99Ms: 120 }),
  ]);
  const verdicts = evaluateTargets(run);
  const markdown = renderMarkdown(run, verdicts, { catalogue: 'Cause: the list query. Fix: an index.' }, 'chart.svg');

  it('names the machine, the versions and the dataset', () => {
    expect(markdown).toContain('Test CPU, 2 cores');
    expect(markdown).toContain('Node v20.20.2, PostgreSQL 15.20, Redis 7.0.15');
    expect(markdown).toContain('Commit abcdef123456');
    expect(markdown).toContain('Load average before the run: 0.50, 0.40, 0.30');
    expect(markdown).toContain('6,000 bookings');
  });

  it('has one table row per scenario with its ratio to node:http', () => {
    expect(markdown).toMatch(/\| public catalogue list \| 400 \| 4\.0% \| 10 \| 120 \|/);
    expect(markdown).toMatch(/\| bare node:http hello \| 10,000 \| 100\.0% \|/);
    expect(markdown).toContain('![Throughput per scenario](chart.svg)');
  });

  it('puts the finding under the missed target it explains', () => {
    const missed = markdown.slice(markdown.indexOf('## Missed targets'));
    expect(missed).toContain('### public list and detail ≥ 10% of node:http with p99 ≤ 50 ms — public catalogue list');
    expect(missed).toContain('Cause: the list query. Fix: an index.');
    expect(missed).not.toContain('API RSS');
  });
});

describe('observations without a target', () => {
  it('prints findings of scenarios that no target judges in their own section', () => {
    const run = report([scenario('node-http'), scenario('availability', { title: 'availability, 62 days' })]);
    const markdown = renderMarkdown(run, evaluateTargets(run), { availability: 'The occupancy query.' }, 'c.svg');
    const section = markdown.slice(markdown.indexOf('## Other observations'), markdown.indexOf('## How the figures'));
    expect(section).toContain('### availability, 62 days');
    expect(section).toContain('The occupancy query.');
    expect(renderMarkdown(run, evaluateTargets(run), {}, 'c.svg')).not.toContain('## Other observations');
  });
});

describe('the throughput chart', () => {
  const svg = renderThroughputChart(
    [
      { label: 'bare node:http hello', value: 12_000, group: 'baseline' },
      { label: 'catalogue <list> & "search"', value: 400, group: 'api' },
      { label: 'login', value: 12, group: 'api' },
    ],
    'Requests per second',
  );

  it('is well-formed SVG with a title, escaping labels', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(unbalancedTags(svg)).toEqual([]);
    expect(svg).toContain('<title id="chart-title">Requests per second</title>');
    expect(svg).toContain('catalogue &lt;list&gt; &amp; &quot;search&quot;');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('draws one bar per scenario, longer for more requests per second', () => {
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
    expect(svg).toContain('>12,000<');
  });
});
