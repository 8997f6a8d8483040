/** Home and province pages: the share of those assessed in each zone, per round (100% stacked bars). */
import type { ZonesData } from '../view/charts.ts';
import { formatInteger, formatPercent } from '../view/format.ts';
import { Chart } from './chart-setup.ts';
import { ZONE_ORDER, toneFill } from './zone-style.ts';

export function drawZones(canvas: HTMLCanvasElement, data: ZonesData): Chart {
  const share = (n: number, i: number) => (data.totals[i] ? (100 * n) / data.totals[i]! : 0);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      // Hijau at the bottom: its growth reads from the baseline.
      datasets: ZONE_ORDER.map((zone) => ({
        label: data.names.zones[zone],
        data: data.counts[zone].map(share),
        backgroundColor: toneFill(zone),
        borderColor: '#ffffff',
        borderWidth: 1,
        categoryPercentage: 0.85,
      })),
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, min: 0, max: 100, ticks: { stepSize: 25, callback: (v) => `${v}%` }, title: { display: true, text: data.names.y } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const zone = ZONE_ORDER[item.datasetIndex]!;
              const count = data.counts[zone][item.dataIndex]!;
              const total = data.totals[item.dataIndex]!;
              return `${item.dataset.label}: ${formatInteger(count)} dari ${formatInteger(total)} (${formatPercent(count, total)})`;
            },
          },
        },
      },
    },
  });
}
