/**
 * Entry point of assets/js/charts.js. Each `<figure data-chart="<id>">` holds its numbers in
 * `<script type="application/json" id="<id>">` (not executed; CSP allows only 'self' scripts).
 * Without this script the figure's caption, summary and table are all there; with it the canvas
 * appears, the table folds into its disclosure, and each chart is drawn when it nears the screen.
 */
import type { ChartData } from '../view/charts.ts';
import { drawCompare } from './draw-compare.ts';
import { drawDistribution } from './draw-distribution.ts';
import { drawHistory } from './draw-history.ts';
import { drawZones } from './draw-zones.ts';

function draw(canvas: HTMLCanvasElement, box: HTMLElement, data: ChartData): void {
  switch (data.type) {
    case 'history':
      drawHistory(canvas, data);
      break;
    case 'distribution':
      drawDistribution(canvas, data);
      break;
    case 'zones':
      drawZones(canvas, data);
      break;
    case 'compare':
      drawCompare(canvas, data, box);
      break;
  }
}

interface Pending {
  figure: HTMLElement;
  box: HTMLElement;
  canvas: HTMLCanvasElement;
  data: ChartData;
}

function prepare(figure: HTMLElement): Pending | null {
  const block = document.getElementById(figure.dataset.chart ?? '');
  const box = figure.querySelector<HTMLElement>('.chart-box');
  const canvas = box?.querySelector('canvas');
  if (!block || !box || !canvas) return null;
  const data = JSON.parse(block.textContent ?? 'null') as ChartData;
  box.hidden = false;
  figure.querySelector('details.chart-data')?.removeAttribute('open');
  return { figure, box, canvas, data };
}

function render({ figure, box, canvas, data }: Pending): void {
  try {
    draw(canvas, box, data);
    figure.classList.add('chart-drawn');
  } catch (error) {
    // The table is the fallback: show it again rather than an empty box.
    box.hidden = true;
    figure.querySelector('details.chart-data')?.setAttribute('open', '');
    throw error;
  }
}

const pending = new Map<Element, Pending>();
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const p = prepare(figure);
  if (p) pending.set(figure, p);
}

if ('IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const p = pending.get(entry.target);
        if (!entry.isIntersecting || !p) continue;
        pending.delete(entry.target);
        observer.unobserve(entry.target);
        render(p);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const figure of pending.keys()) observer.observe(figure);
} else {
  for (const p of pending.values()) render(p);
}
