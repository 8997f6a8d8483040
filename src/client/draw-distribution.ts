/** Ranking page: how many of one kind scored in each 5-point range, stacked by zone (or band). */
import type { DistributionData } from '../view/charts.ts';
import { formatInteger } from '../view/format.ts';
import { Chart } from './chart-setup.ts';
import { toneFill } from './zone-style.ts';

export function drawDistribution(canvas: HTMLCanvasElement, data: DistributionData): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((series) => ({
        label: series.label,
        data: series.counts,
        backgroundColor: toneFill(series.tone),
        borderColor: '#ffffff',
        borderWidth: 1,
        barPercentage: 1,
        categoryPercentage: 0.92,
      })),
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, grid: { display: false }, title: { display: true, text: data.names.x } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.names.y } },
      },
      plugins: {
        tooltip: {
          filter: (item) => (item.parsed.y ?? 0) > 0,
          callbacks: {
            title: (items) => data.ranges[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) => `${item.dataset.label}: ${formatInteger(item.parsed.y)}`,
          },
        },
      },
    },
  });
}
