/** Province page: its kabupaten and kota side by side (horizontal bars, best first) with their average. */
import type { ChartDataset } from 'chart.js';
import type { CompareData } from '../view/charts.ts';
import { formatScore } from '../view/format.ts';
import { Chart } from './chart-setup.ts';
import { INK, toneFill } from './zone-style.ts';

/** Room per bar (more when names wrap), so 38 kabupaten stay readable on a phone. */
const ROW_PX = 24;
const WRAPPED_ROW_PX = 34;
const FRAME_PX = 110;
/** Below this width, names longer than WRAP_AT characters go on two lines. */
const NARROW_PX = 560;
const WRAP_AT = 16;

/** "Kab. Kepulauan Siau Tagulandang Biaro" → two lines, split at the space nearest the middle. */
export function twoLines(label: string): string | string[] {
  if (label.length <= WRAP_AT) return label;
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return label;
  const cut = spaces.reduce((best, i) => (Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best));
  return [label.slice(0, cut), label.slice(cut + 1)];
}

export function drawCompare(canvas: HTMLCanvasElement, data: CompareData, box: HTMLElement): Chart {
  const narrow = box.clientWidth < NARROW_PX;
  const labels = narrow ? data.labels.map(twoLines) : data.labels;
  const wrapped = labels.some(Array.isArray);
  box.style.height = `${Math.max(200, data.labels.length * (wrapped ? WRAPPED_ROW_PX : ROW_PX) + FRAME_PX)}px`;
  // One dataset per zone or band (others null), not grouped: full-width bars and a legend entry each.
  const bars: ChartDataset<'bar', (number | null)[]>[] = data.series.map((series) => ({
    type: 'bar',
    label: series.label,
    data: data.score.map((s, i) => (data.tone[i] === series.tone ? s : null)),
    backgroundColor: toneFill(series.tone),
    grouped: false,
    barPercentage: 0.85,
    categoryPercentage: 1,
    order: 2,
  }));
  const reference: ChartDataset<'line', (number | null)[]>[] = data.reference
    ? [
        {
          type: 'line',
          label: `${data.reference.label} (${formatScore(data.reference.value)})`,
          data: data.labels.map(() => data.reference!.value),
          borderColor: INK,
          backgroundColor: INK,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          pointHoverRadius: 0,
          order: 1,
        },
      ]
    : [];
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [...bars, ...reference] as ChartDataset<'bar'>[] },
    options: {
      indexAxis: 'y',
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: {
        x: { min: 0, max: 100, ticks: { stepSize: 20 }, title: { display: true, text: data.names.x } },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        tooltip: {
          filter: (item) => item.parsed.x !== null,
          callbacks: {
            label: (item) =>
              item.dataset.type === 'line'
                ? `${data.reference!.label}: ${formatScore(item.parsed.x)}`
                : `${formatScore(item.parsed.x)} (${item.dataset.label})`,
          },
        },
      },
    },
  });
}
