/**
 * A chart as a standalone SVG file, from the same data the page draws with Chart.js (./charts.ts):
 * title, axes with labels, the marks, a legend and a source line, every value written beside its
 * mark so the file stands on its own. Plain strings, no DOM: the browser's "Unduh grafik: SVG"
 * makes it from the page's data block, and a build could write it as a file.
 */
import type { ChartData, CompareData, DistributionData, HistoryData, Series, ZonesData } from './charts.ts';
import { TONE_COLOUR, TONE_TINT, type Tone } from './categories.ts';
import { escapeHtml } from './escape.ts';
import { formatInteger, formatScore } from './format.ts';

export interface SvgMeta {
  /** The figure's caption. */
  title: string;
  /** "Sumber: …": who published the numbers, where the chart is. */
  source: string;
}

const WIDTH = 800;
const LEFT = 64;
const RIGHT = 24;
const INK = '#1b1f24';
const MUTED = '#56606b';
const GRID = '#d0d7de';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

const e = escapeHtml;
const n = (x: number) => String(Math.round(x * 10) / 10);

/** Words into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${e(content)}</text>`;
}

/** Fill patterns as on the page (zone-style.ts): kuning dotted, merah striped, bands each their own. */
function patterns(tones: readonly Tone[]): string {
  const mark: Partial<Record<Tone, string>> = {
    kuning: '<circle cx="4" cy="4" r="1.6" fill="#fff" fill-opacity="0.75"/>',
    merah: '<path d="M0 8L8 0M-4 4L4 -4M4 12L12 4" stroke="#fff" stroke-opacity="0.75" stroke-width="1.5"/>',
    q2: '<circle cx="4" cy="4" r="1.6" fill="#fff" fill-opacity="0.75"/>',
    q3: '<path d="M0 4H8" stroke="#fff" stroke-opacity="0.75" stroke-width="1.5"/>',
    q4: '<path d="M0 8L8 0M-4 4L4 -4M4 12L12 4" stroke="#fff" stroke-opacity="0.75" stroke-width="1.5"/>',
    q5: '<path d="M0 4H8M0 8L8 0M-4 4L4 -4M4 12L12 4" stroke="#fff" stroke-opacity="0.75" stroke-width="1.5"/>',
  };
  return [...new Set(tones)]
    .map(
      (t) =>
        `<pattern id="isi-${t}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${TONE_COLOUR[t]}"/>${mark[t] ?? ''}</pattern>`,
    )
    .join('');
}

const fill = (t: Tone) => `url(#isi-${t})`;

/** Legend entries in rows under the plot; returns the markup and its height. */
function legend(entries: readonly { label: string; swatch: string }[], top: number): { svg: string; height: number } {
  let x = LEFT;
  let y = top + 14;
  const parts: string[] = [];
  for (const { label, swatch } of entries) {
    const w = 26 + label.length * 7.2 + 18;
    if (x + w > WIDTH - RIGHT && x > LEFT) {
      x = LEFT;
      y += 22;
    }
    parts.push(`<g transform="translate(${n(x)} ${n(y - 10)})">${swatch}</g>`, text(x + 24, y, label));
    x += w;
  }
  return { svg: parts.join(''), height: y - top + 10 };
}

const box = (t: Tone) => `<rect width="18" height="12" fill="${fill(t)}" stroke="${TONE_COLOUR[t]}"/>`;
const line = (colour: string, dash = '') => `<path d="M0 6H18" stroke="${colour}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;

/** A vertical value axis from `min` to `max` with gridlines; `label` formats each tick. */
function valueAxis(min: number, max: number, step: number, top: number, height: number, label: (v: number) => string, title: string): string {
  const y = (v: number) => top + height - ((v - min) / (max - min)) * height;
  const parts: string[] = [];
  for (let v = min; v <= max + 1e-9; v += step) {
    parts.push(`<path d="M${LEFT} ${n(y(v))}H${WIDTH - RIGHT}" stroke="${GRID}"/>`, text(LEFT - 8, y(v) + 4, label(v), 'text-anchor="end"'));
  }
  parts.push(text(16, top + height / 2, title, `transform="rotate(-90 16 ${n(top + height / 2)})" text-anchor="middle"`));
  return parts.join('');
}

/** Stacked bars per label (zones per round, or counts per score range). */
function stacked(
  labels: readonly string[],
  series: readonly { label: string; tone: Tone; values: readonly number[] }[],
  axis: { max: number; step: number; format: (v: number) => string; title: string; inside: (v: number, i: number) => string },
  top: number,
): { svg: string; bottom: number } {
  const height = 300;
  const slot = (WIDTH - LEFT - RIGHT) / labels.length;
  const y = (v: number) => (v / axis.max) * height;
  const parts = [valueAxis(0, axis.max, axis.step, top, height, axis.format, axis.title)];
  labels.forEach((label, i) => {
    let base = top + height;
    const x = LEFT + i * slot + slot * 0.1;
    for (const s of series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      const h = y(v);
      base -= h;
      parts.push(
        `<rect x="${n(x)}" y="${n(base)}" width="${n(slot * 0.8)}" height="${n(h)}" fill="${fill(s.tone)}" stroke="#fff"><title>${e(`${label}, ${s.label}: ${axis.inside(v, i)}`)}</title></rect>`,
      );
      if (h >= 16 && slot >= 34)
        parts.push(text(x + slot * 0.4, base + h / 2 + 4, axis.inside(v, i), 'text-anchor="middle" fill="#fff" font-size="11" font-weight="600"'));
    }
    parts.push(text(LEFT + (i + 0.5) * slot, top + height + 18, label, 'text-anchor="middle"'));
  });
  return { svg: parts.join(''), bottom: top + height + 28 };
}

function zones(data: ZonesData, top: number) {
  const tones = ['hijau', 'kuning', 'merah'] as const;
  const share = (v: number, i: number) => (data.totals[i] ? (100 * v) / data.totals[i]! : 0);
  const series = tones.map((t) => ({ label: data.names.zones[t], tone: t as Tone, values: data.counts[t].map(share) }));
  const plot = stacked(data.labels, series, { max: 100, step: 25, format: (v) => `${v}%`, title: data.names.y, inside: (v) => `${Math.round(v)}%` }, top);
  return { ...plot, legend: series.map((s) => ({ label: s.label, swatch: box(s.tone) })), tones: [...tones] as Tone[] };
}

function distribution(data: DistributionData, top: number) {
  const most = Math.max(1, ...data.labels.map((_, i) => data.series.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0)));
  const step = Math.max(1, Math.ceil(most / 5));
  const series = data.series.map((s) => ({ label: s.label, tone: s.tone, values: s.counts }));
  const plot = stacked(data.labels, series, { max: step * 5, step, format: formatInteger, title: data.names.y, inside: (v) => formatInteger(v) }, top);
  const x = text((LEFT + WIDTH - RIGHT) / 2, plot.bottom + 8, data.names.x, 'text-anchor="middle"');
  return { svg: plot.svg + x, bottom: plot.bottom + 16, legend: legendOf(data.series), tones: data.series.map((s) => s.tone) };
}

const legendOf = (series: readonly Series[]) => series.map((s) => ({ label: s.label, swatch: box(s.tone) }));

function history(data: HistoryData, top: number) {
  const height = 300;
  const values = [...data.score, ...data.median].filter((v): v is number => v !== null);
  const min = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const slot = (WIDTH - LEFT - RIGHT) / data.labels.length;
  const x = (i: number) => LEFT + (i + 0.5) * slot;
  const y = (v: number) => top + height - ((Math.max(v, min) - min) / (100 - min)) * height;
  const parts: string[] = [];
  data.bands.forEach((bands, i) =>
    bands.forEach((b, j) => {
      const upper = j === 0 ? 100 : bands[j - 1]!.min;
      if (upper <= min) return;
      parts.push(
        `<rect x="${n(x(i) - slot / 2)}" y="${n(y(upper))}" width="${n(slot)}" height="${n(y(b.min) - y(upper))}" fill="${TONE_TINT[b.tone]}" stroke="#fff"/>`,
      );
    }),
  );
  parts.push(valueAxis(min, 100, 10, top, height, formatInteger, data.names.axis));
  /** One path per run of a method, so the line breaks where the method changed. */
  const path = (series: readonly (number | null)[], attrs: string) =>
    [...new Set(data.segment)]
      .map((k) => series.map((v, i) => (v !== null && data.segment[i] === k ? `${n(x(i))} ${n(y(v))}` : null)).filter(Boolean))
      .filter((points) => points.length > 0)
      .map((points) => `<path d="M${points.join('L')}" fill="none" ${attrs}/>`)
      .join('');
  parts.push(path(data.median, `stroke="${MUTED}" stroke-width="2" stroke-dasharray="6 4"`), path(data.score, 'stroke="#0d3b66" stroke-width="3"'));
  data.score.forEach((v, i) => {
    parts.push(
      `<circle cx="${n(x(i))}" cy="${n(y(v))}" r="6" fill="${TONE_COLOUR[data.tone[i]!]}" stroke="${INK}" stroke-width="1.5"><title>${e(`${data.labels[i]}: ${formatScore(v)} (${data.headline[i]})`)}</title></circle>`,
      text(x(i), y(v) - 12, formatScore(v), 'text-anchor="middle" font-weight="600"'),
      text(x(i), top + height + 18, data.labels[i]!, 'text-anchor="middle"'),
    );
    if (i > 0 && data.segment[i] !== data.segment[i - 1]) {
      const at = x(i) - slot / 2;
      parts.push(
        `<path d="M${n(at)} ${top + 14}V${top + height}" stroke="${INK}" stroke-dasharray="4 3"/>`,
        text(at, top + 10, data.names.methodChange, 'text-anchor="middle" font-size="12"'),
      );
    }
  });
  const bandLegend = [...new Map(data.bands.flat().map((b) => [b.tone, b.label])).entries()].map(([tone, label]) => ({
    label,
    swatch: `<rect width="18" height="12" fill="${TONE_TINT[tone]}" stroke="${TONE_COLOUR[tone]}"/>`,
  }));
  return {
    svg: parts.join(''),
    bottom: top + height + 28,
    legend: [{ label: data.names.score, swatch: line('#0d3b66') }, { label: data.names.median, swatch: line(MUTED, '6 4') }, ...bandLegend],
    // Bands are plain tints behind the line: no fill patterns.
    tones: [] as Tone[],
  };
}

function compare(data: CompareData, top: number) {
  const row = 22;
  const labelWidth = 230;
  const left = LEFT + labelWidth - 40;
  const plotWidth = WIDTH - RIGHT - left - 40;
  const x = (v: number) => left + (v / 100) * plotWidth;
  const height = data.labels.length * row;
  const parts: string[] = [];
  for (let v = 0; v <= 100; v += 20) {
    parts.push(`<path d="M${n(x(v))} ${top}V${top + height}" stroke="${GRID}"/>`, text(x(v), top + height + 16, formatInteger(v), 'text-anchor="middle"'));
  }
  data.labels.forEach((label, i) => {
    const y = top + i * row;
    const s = data.score[i]!;
    const tone = data.tone[i]!;
    parts.push(
      text(left - 8, y + row / 2 + 4, label, 'text-anchor="end"'),
      `<rect x="${left}" y="${n(y + 3)}" width="${n(x(s) - left)}" height="${row - 6}" fill="${fill(tone)}"><title>${e(`${label}: ${formatScore(s)}`)}</title></rect>`,
      text(x(s) + 4, y + row / 2 + 4, formatScore(s), 'font-size="12"'),
    );
  });
  if (data.reference) {
    const at = x(data.reference.value);
    parts.push(`<path d="M${n(at)} ${top}V${top + height}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 4"/>`);
  }
  parts.push(text((left + WIDTH - RIGHT) / 2, top + height + 34, data.names.x, 'text-anchor="middle"'));
  const reference = data.reference ? [{ label: `${data.reference.label} (${formatScore(data.reference.value)})`, swatch: line(INK, '6 4') }] : [];
  return { svg: parts.join(''), bottom: top + height + 42, legend: [...legendOf(data.series), ...reference], tones: data.tone };
}

function plotOf(data: ChartData, top: number) {
  switch (data.type) {
    case 'history':
      return history(data, top);
    case 'distribution':
      return distribution(data, top);
    case 'zones':
      return zones(data, top);
    case 'compare':
      return compare(data, top);
  }
}

/** The whole SVG document, with its title as `<title>` and as the heading. */
export function chartSvg(data: ChartData, meta: SvgMeta): string {
  const titleLines = wrap(meta.title, 80);
  const top = 24 + titleLines.length * 22 + 12;
  const plot = plotOf(data, top);
  const keys = legend(plot.legend, plot.bottom + 8);
  const sourceLines = wrap(meta.source, 110);
  const sourceTop = plot.bottom + 8 + keys.height + 16;
  const height = sourceTop + sourceLines.length * 16 + 8;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${n(height)}" viewBox="0 0 ${WIDTH} ${n(height)}" font-family="${FONT}" font-size="13" fill="${INK}" role="img" aria-labelledby="judul">
<title id="judul">${e(meta.title)}</title>
<defs>${patterns(plot.tones)}</defs>
<rect width="100%" height="100%" fill="#fff"/>
${titleLines.map((l, i) => text(LEFT - 48, 28 + i * 22, l, 'font-size="17" font-weight="600"')).join('')}
${plot.svg}
${keys.svg}
${sourceLines.map((l, i) => text(LEFT - 48, sourceTop + i * 16, l, `font-size="12" fill="${MUTED}"`)).join('')}
</svg>
`;
}
