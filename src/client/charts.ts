/**
 * Entry point of assets/js/charts.js. Each `<figure data-chart="<id>">` holds its numbers in
 * `<script type="application/json" id="<id>">` (not executed; CSP allows only 'self' scripts).
 * Without this script the figure's caption, summary and table are all there; with it the canvas
 * appears and the table folds into its disclosure at once (site.css reserves the canvas's room),
 * and the first chart to near the screen loads the drawing code (./draw.ts, with Chart.js).
 * Its "Unduh grafik" buttons load ./chart-download.ts when pressed.
 */
import type { ChartData } from '../view/charts.ts';

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

/** The table is the fallback: show it again rather than an empty box. */
function fail(figure: HTMLElement, box: HTMLElement, error: unknown): void {
  box.remove();
  figure.querySelector('[data-chart-download="png"]')?.remove();
  figure.querySelector('details.chart-data')?.setAttribute('open', '');
  console.error(error);
}

/** Each figure's drawing, started once: when it nears the screen, or when a download needs it. */
const drawn = new Map<Element, Promise<boolean>>();

function render(p: Pending): Promise<boolean> {
  let done = drawn.get(p.figure);
  if (!done) {
    // Each chart drawn in a task of its own, after the one that evaluated Chart.js: shorter tasks, sooner input.
    done = import('./draw.ts')
      .then((module) => new Promise<typeof module>((next) => setTimeout(() => next(module))))
      .then(({ draw }) => {
        draw(p.canvas, p.box, p.data);
        p.figure.classList.add('chart-drawn');
        return true;
      })
      .catch((error: unknown) => {
        fail(p.figure, p.box, error);
        return false;
      });
    drawn.set(p.figure, done);
  }
  return done;
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
        if (entry.isIntersecting && p) {
          observer.unobserve(entry.target);
          void render(p);
        }
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const figure of pending.keys()) observer.observe(figure);
} else {
  for (const p of pending.values()) void render(p);
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-chart-download]') : null;
  const p = button && pending.get(button.closest('figure[data-chart]')!);
  if (!button || !p) return;
  const svg = button.dataset.chartDownload === 'svg';
  void Promise.all([import('./chart-download.ts'), svg || render(p)]).then(([{ downloadPng, downloadSvg }, ok]) => {
    if (svg) downloadSvg(p.figure, p.data);
    else if (ok) downloadPng(p.figure, p.canvas);
  });
});
