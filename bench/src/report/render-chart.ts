export type Bar = { label: string; value: number; group: 'baseline' | 'api' };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A horizontal bar chart of requests per second, one bar per scenario, on a logarithmic axis: the
 * bare baselines answer 10–100× more than a login, and a linear axis would hide the slow scenarios.
 */
export function renderThroughputChart(bars: readonly Bar[], title: string): string {
  const rowHeight = 26;
  const labelWidth = 300;
  const plotWidth = 520;
  const top = 40;
  const height = top + bars.length * rowHeight + 40;
  const width = labelWidth + plotWidth + 90;
  const max = Math.max(10, ...bars.map((b) => b.value));
  const decades = Math.ceil(Math.log10(max));
  const x = (value: number) => (Math.log10(Math.max(1, value)) / decades) * plotWidth;
  const ticks = Array.from({ length: decades + 1 }, (_, i) => 10 ** i);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="24" font-family="sans-serif" font-size="15" font-weight="bold" fill="#1b1b1b">${escape(title)}</text>`,
    ...ticks.map((tick) => {
      const tx = labelWidth + x(tick);
      return (
        `<line x1="${tx.toFixed(1)}" y1="${top - 4}" x2="${tx.toFixed(1)}" y2="${height - 30}" stroke="#d0d0d0" stroke-width="1"/>` +
        `<text x="${tx.toFixed(1)}" y="${height - 14}" font-family="sans-serif" font-size="11" text-anchor="middle" fill="#444">${tick.toLocaleString('en')}</text>`
      );
    }),
    ...bars.map((bar, i) => {
      const y = top + i * rowHeight;
      const w = Math.max(1, x(bar.value));
      const fill = bar.group === 'baseline' ? '#7a7a7a' : '#2e7d32';
      return (
        `<text x="${labelWidth - 8}" y="${y + 16}" font-family="sans-serif" font-size="12" text-anchor="end" fill="#1b1b1b">${escape(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${fill}"/>` +
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 16}" font-family="sans-serif" font-size="12" fill="#1b1b1b">${Math.round(bar.value).toLocaleString('en')}</text>`
      );
    }),
    `<text x="${labelWidth + plotWidth / 2}" y="${height - 1}" font-family="sans-serif" font-size="11" text-anchor="middle" fill="#444">requests per second (log scale)</text>`,
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}
