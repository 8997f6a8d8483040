/**
 * Chart.js with only the pieces the site's charts use, so the bundle stays small, and
 * defaults that suit a slow phone: no animation, the site's fonts and colours.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { GRID, INK } from './zone-style.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;
// Canvas pixels grow with the square of the ratio: above 2 a chart looks no sharper and a phone pays for every pixel.
Chart.defaults.devicePixelRatio = Math.min(window.devicePixelRatio || 1, 2);
Chart.defaults.color = INK;
Chart.defaults.borderColor = GRID;
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.locale = 'id-ID';
Chart.defaults.plugins.legend.position = 'bottom';
// Legend keys as the data is drawn: a line (dashed where the line is) or a patterned box.
const legendLabels = Chart.defaults.plugins.legend.labels;
const defaultLabels = legendLabels.generateLabels;
legendLabels.usePointStyle = true;
legendLabels.pointStyleWidth = 28;
legendLabels.generateLabels = (chart) =>
  defaultLabels(chart).map((item) => {
    const type = chart.data.datasets[item.datasetIndex ?? 0]?.type ?? (chart.config as { type?: string }).type;
    return { ...item, pointStyle: type === 'line' ? 'line' : 'rect' };
  });
// Legend clicks hide series; the data table is the way to explore, and a canvas click is mouse-only.
Chart.defaults.plugins.legend.onClick = () => undefined;
Chart.defaults.plugins.tooltip.backgroundColor = INK;

export { Chart };
