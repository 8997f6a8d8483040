/**
 * The chart drawing code with Chart.js: a chunk of its own, imported by ./charts.ts the first
 * time a chart nears the screen, so pages whose charts are never scrolled to never load it.
 */
import type { ChartData } from '../view/charts.ts';
import { drawCompare } from './draw-compare.ts';
import { drawDistribution } from './draw-distribution.ts';
import { drawHistory } from './draw-history.ts';
import { drawZones } from './draw-zones.ts';

export function draw(canvas: HTMLCanvasElement, box: HTMLElement, data: ChartData): void {
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
