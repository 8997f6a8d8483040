/**
 * Region page: the score over rounds, each round's bands as a background, the national median of
 * its kind. A change of method breaks both lines, with a labelled marker between the rounds.
 */
import type { Chart as ChartType, ChartDataset, Plugin } from 'chart.js';
import type { HistoryData } from '../view/charts.ts';
import type { Tone } from '../view/categories.ts';
import { formatScore } from '../view/format.ts';
import { Chart } from './chart-setup.ts';
import { ACCENT, INK, MUTED, TONE_COLOUR, TONE_POINT, toneBackground } from './zone-style.ts';

type Band = [number, number] | null;

const TONES: readonly Tone[] = ['hijau', 'kuning', 'merah', 'q1', 'q2', 'q3', 'q4', 'q5'];

/**
 * One floating-bar dataset per tone and position within the tone (a zone may hold two bands,
 * e.g. grades A and B), so every band of every round sits behind its round.
 */
function bandDatasets(data: HistoryData, first: number): { datasets: ChartDataset<'bar', Band[]>[]; legend: Set<number> } {
  const slots = new Map<string, { label: string; values: Band[] }>();
  data.bands.forEach((bands, round) => {
    const seen = new Map<Tone, number>();
    bands.forEach((band, i) => {
      const n = seen.get(band.tone) ?? 0;
      seen.set(band.tone, n + 1);
      const key = `${band.tone}-${n}`;
      if (!slots.has(key)) slots.set(key, { label: band.label, values: data.labels.map(() => null) });
      // Up to the next band's floor, so adjacent bands touch.
      slots.get(key)!.values[round] = [band.min, i === 0 ? 100 : bands[i - 1]!.min];
    });
  });
  const datasets: ChartDataset<'bar', Band[]>[] = [];
  const legend = new Set<number>();
  for (const tone of TONES) {
    for (const [key, { label, values }] of [...slots].filter(([k]) => k.startsWith(`${tone}-`))) {
      if (key.endsWith('-0')) legend.add(first + datasets.length);
      datasets.push({
        type: 'bar',
        label,
        data: values,
        backgroundColor: toneBackground(tone),
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

/** The values of one run of a method; null elsewhere, so the line stops at the change. */
const only = (values: readonly (number | null)[], segments: readonly number[], k: number) => values.map((v, i) => (segments[i] === k ? v : null));

/** A dashed vertical line and its label between the last round of a method and the first of the next. */
function methodMarker(data: HistoryData): Plugin<'line'> {
  const starts = data.segment.flatMap((s, i) => (i > 0 && s !== data.segment[i - 1] ? [i] : []));
  return {
    id: 'method-change',
    afterDatasetsDraw(chart: ChartType) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.strokeStyle = INK;
      ctx.fillStyle = INK;
      ctx.setLineDash([4, 3]);
      ctx.lineWidth = 1.5;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      for (const i of starts) {
        const x = (scales.x!.getPixelForValue(i - 1) + scales.x!.getPixelForValue(i)) / 2;
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top + 14);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        ctx.fillText(data.names.methodChange, x, chartArea.top + 10);
      }
      ctx.restore();
    },
  };
}

export function drawHistory(canvas: HTMLCanvasElement, data: HistoryData): Chart {
  const runs = Math.max(...data.segment) + 1;
  const years = (k: number) => {
    const ys = data.labels.filter((_, i) => data.segment[i] === k);
    return ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]}` : ys[0];
  };
  const lines: ChartDataset<'line', (number | null)[]>[] = [];
  for (let k = 0; k < runs; k++) {
    lines.push({
      type: 'line',
      label: runs > 1 ? `${data.names.score} (${years(k)})` : data.names.score,
      data: only(data.score, data.segment, k),
      borderColor: ACCENT,
      backgroundColor: ACCENT,
      borderWidth: 3,
      pointStyle: data.tone.map((t) => TONE_POINT[t]),
      pointBackgroundColor: data.tone.map((t) => TONE_COLOUR[t]),
      pointBorderColor: INK,
      pointBorderWidth: 1.5,
      pointRadius: 6,
      pointHoverRadius: 8,
      order: 1,
    });
  }
  for (let k = 0; k < runs; k++) {
    lines.push({
      type: 'line',
      label: data.names.median,
      data: only(data.median, data.segment, k),
      borderColor: MUTED,
      backgroundColor: MUTED,
      borderWidth: 2,
      borderDash: [6, 4],
      pointRadius: 0,
      pointHoverRadius: 4,
      order: 2,
    });
  }
  const bands = bandDatasets(data, lines.length);
  const isLine = (i: number) => i < lines.length;
  return new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets: [...lines, ...bands.datasets] as ChartDataset<'line'>[] },
    plugins: runs > 1 ? [methodMarker(data)] : [],
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { offset: true, grid: { display: false } },
        y: { min: axisFloor([...data.score, ...data.median]), max: 100, ticks: { stepSize: 10 }, title: { display: true, text: data.names.axis } },
      },
      plugins: {
        // Every run of the score, the median once, and each tone of band once.
        legend: { labels: { filter: (item) => item.datasetIndex! <= runs || bands.legend.has(item.datasetIndex!) } },
        tooltip: {
          filter: (item) => isLine(item.datasetIndex) && item.parsed.y !== null,
          callbacks: {
            label: (item) => {
              const base = `${item.dataset.label}: ${formatScore(item.parsed.y)}`;
              return item.datasetIndex < runs ? `${base} (${data.headline[item.dataIndex]})` : base;
            },
          },
        },
      },
    },
  });
}
