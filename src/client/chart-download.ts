/**
 * "Unduh grafik": the drawn canvas as a PNG on white with the chart's title above and its source
 * below, or the chart's data as an SVG (src/view/chart-svg.ts). Both made here from what the page
 * holds, saved through a link to a blob: nothing is asked of any server. Imported on first click.
 */
import type { ChartData } from '../view/charts.ts';
import { chartSvg, type SvgMeta } from '../view/chart-svg.ts';

/** Title, and a source line naming the site and page (and that sample figures are not official). */
export function chartMeta(figure: HTMLElement): SvgMeta {
  const title = figure.querySelector('figcaption')?.textContent?.trim() ?? '';
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? document.title;
  const page = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const sample = document.querySelector('.sample-banner') ? ' Data contoh, bukan hasil resmi.' : '';
  return { title, source: `Sumber: ${site}, ${page}.${sample}` };
}

/** "grafik-riwayat-kabupaten-bogor.png": the figure and the page it comes from. */
function fileName(figure: HTMLElement, extension: string): string {
  const page = location.pathname.split('/').filter(Boolean).join('-') || 'beranda';
  return `${figure.id || 'grafik'}-${page}.${extension}`;
}

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Lines of `text` no wider than `width` in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

/** The canvas on white, at its drawn resolution, with title and source. */
export function pngCanvas(canvas: HTMLCanvasElement, meta: SvgMeta): HTMLCanvasElement {
  const scale = canvas.width / Math.max(1, canvas.clientWidth);
  const pad = 16 * scale;
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * pad;
  const ctx = out.getContext('2d')!;
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif`;
  ctx.font = font(17, 600);
  const title = wrap(ctx, meta.title, canvas.width);
  ctx.font = font(12);
  const source = wrap(ctx, meta.source, canvas.width);
  const titleLine = 22 * scale;
  const sourceLine = 16 * scale;
  out.height = pad + title.length * titleLine + 8 * scale + canvas.height + 8 * scale + source.length * sourceLine + pad;
  // Resizing resets the context.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1b1f24';
  ctx.textBaseline = 'top';
  ctx.font = font(17, 600);
  title.forEach((line, i) => ctx.fillText(line, pad, pad + i * titleLine));
  const top = pad + title.length * titleLine + 8 * scale;
  ctx.drawImage(canvas, pad, top);
  ctx.fillStyle = '#56606b';
  ctx.font = font(12);
  source.forEach((line, i) => ctx.fillText(line, pad, top + canvas.height + 8 * scale + i * sourceLine));
  return out;
}

export function downloadPng(figure: HTMLElement, canvas: HTMLCanvasElement): void {
  pngCanvas(canvas, chartMeta(figure)).toBlob((blob) => {
    if (blob) save(blob, fileName(figure, 'png'));
  }, 'image/png');
}

export function downloadSvg(figure: HTMLElement, data: ChartData): void {
  save(new Blob([chartSvg(data, chartMeta(figure))], { type: 'image/svg+xml' }), fileName(figure, 'svg'));
}
