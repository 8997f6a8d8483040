/** Region page: the score over rounds, each round's bands as a background, the national median of its kind. */
import type { ChartDataset } from 'chart.js';
import type { HistoryData } from '../view/charts.ts';
import type { Zone } from '../types.ts';
import { formatScore } from '../view/format.ts';
import { Chart } from './chart-setup.ts';
import { ACCENT, INK, MUTED, ZONE_COLOUR, ZONE_ORDER, ZONE_POINT, zoneBackground } from './zone-style.ts';

type Band = [number, number] | null;

/**
 * One floating-bar dataset per zone and position within the zone (a zone may hold two bands,
 * e.g. grades A and B), so every band of every round sits behind its round.
 */
function bandDatasets(data: HistoryData): { datasets: ChartDataset<'bar', Band[]>[]; legend: Set<number> } {
  const slots = new Map<string, Band[]>();
  data.bands.forEach((bands, round) => {
    const seen: Record<Zone, number> = { hijau: 0, kuning: 0, merah: 0 };
    bands.forEach((band, i) => {
      const key = `${band.zone}-${seen[band.zone]++}`;
      if (!slots.has(key)) slots.set(key, data.labels.map(() => null));
      // Up to the next band's floor, so adjacent bands touch.
      slots.get(key)![round] = [band.min, i === 0 ? 100 : bands[i - 1]!.min];
    });
  });
  const datasets: ChartDataset<'bar', Band[]>[] = [];
  const legend = new Set<number>();
  for (const zone of ZONE_ORDER) {
    for (const [key, values] of [...slots].filter(([k]) => k.startsWith(`${zone}-`))) {
      if (key.endsWith('-0')) legend.add(datasets.length + 2); // after the two lines
      datasets.push({
        type: 'bar',
        label: data.names.zones[zone],
        data: values,
        backgroundColor: zoneBackground(zone),
        borderColor: '#ffffff',
        borderWidth: 1,
        borderSkipped: false,
        grouped: false,
        barPercentage: 1,
        categoryPercentage: 1,
        order: 3,
      });
    }
  }
  return { datasets, legend };
}

/**
 * The value axis starts a little below the lowest line value (in tens), so changes of a few
 * points stay visible; the bands behind are cut at the same place.
 */
export function axisFloor(values: readonly (number | null)[]): number {
  const low = Math.min(...values.filter((v): v is number => v !== null));
  return Math.max(0, Math.floor((low - 5) / 10) * 10);
}

export function drawHistory(canvas: HTMLCanvasElement, data: HistoryData): Chart {
  const bands = bandDatasets(data);
  const lines: ChartDataset<'line', (number | null)[]>[] = [
    {
      type: 'line',
      label: data.names.score,
      data: data.score,
      borderColor: ACCENT,
      backgroundColor: ACCENT,
      borderWidth: 3,
      pointStyle: data.zone.map((z) => ZONE_POINT[z]),
      pointBackgroundColor: data.zone.map((z) => ZONE_COLOUR[z]),
      pointBorderColor: INK,
      pointBorderWidth: 1.5,
      pointRadius: 6,
      pointHoverRadius: 8,
      order: 1,
    },
    {
      type: 'line',
      label: data.names.median,
      data: data.median,
      borderColor: MUTED,
      backgroundColor: MUTED,
      borderWidth: 2,
      borderDash: [6, 4],
      pointRadius: 0,
      pointHoverRadius: 4,
      order: 2,
    },
  ];
  return new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets: [...lines, ...bands.datasets] as ChartDataset<'line'>[] },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { offset: true, grid: { display: false } },
        y: { min: axisFloor([...data.score, ...data.median]), max: 100, ticks: { stepSize: 10 }, title: { display: true, text: data.names.axis } },
      },
      plugins: {
        legend: { labels: { filter: (item) => item.datasetIndex! < 2 || bands.legend.has(item.datasetIndex!) } },
        tooltip: {
          filter: (item) => item.datasetIndex < 2,
          callbacks: {
            label: (item) => {
              const base = `${item.dataset.label}: ${formatScore(item.parsed.y)}`;
              return item.datasetIndex === 0 ? `${base} (${data.names.zones[data.zone[item.dataIndex]!]})` : base;
            },
          },
        },
      },
    },
  });
}
