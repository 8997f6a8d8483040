/**
 * How categories look in charts: the zone colours, or for rounds without zones a sequential
 * blue scale from the best band (q1, darkest) to the worst (q5); each at least 3:1 against white,
 * with a fill pattern and a point shape, so a category never depends on colour alone. The shapes
 * match the badges in site.css: hijau ●, kuning ▲, merah ■; bands ◆ ● ▲ ■ ▼.
 */
import type { PointStyle } from 'chart.js';
import { TONE_COLOUR, TONE_TINT, type Tone } from '../view/categories.ts';

export const INK = '#1b1f24';
export const MUTED = '#56606b';
export const ACCENT = '#0d3b66';
export const GRID = '#d0d7de';

export { TONE_COLOUR, TONE_TINT };

export const TONE_POINT: Record<Tone, PointStyle> = {
  hijau: 'circle',
  kuning: 'triangle',
  merah: 'rect',
  q1: 'rectRot',
  q2: 'circle',
  q3: 'triangle',
  q4: 'rect',
  q5: 'crossRot',
};

/** The mark drawn over a tone's fill: none, dots, stripes one way, stripes across, or both. */
const MARK: Record<Tone, 'plain' | 'dots' | 'diagonal' | 'horizontal' | 'cross'> = {
  hijau: 'plain',
  kuning: 'dots',
  merah: 'diagonal',
  q1: 'plain',
  q2: 'dots',
  q3: 'horizontal',
  q4: 'diagonal',
  q5: 'cross',
};

const TILE = 8;

function pattern(tone: Tone, base: string, mark: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = TILE;
  tile.height = TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return base;
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.fillStyle = mark;
  ctx.strokeStyle = mark;
  ctx.lineWidth = 1.5;
  const kind = MARK[tone];
  if (kind === 'dots') {
    ctx.beginPath();
    ctx.arc(TILE / 2, TILE / 2, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  }
  if (kind === 'horizontal' || kind === 'cross') {
    ctx.beginPath();
    ctx.moveTo(0, TILE / 2);
    ctx.lineTo(TILE, TILE / 2);
    ctx.stroke();
  }
  if (kind === 'diagonal' || kind === 'cross') {
    ctx.beginPath();
    // Three segments so the stripe continues across tile edges.
    ctx.moveTo(0, TILE);
    ctx.lineTo(TILE, 0);
    ctx.moveTo(-TILE / 2, TILE / 2);
    ctx.lineTo(TILE / 2, -TILE / 2);
    ctx.moveTo(TILE / 2, TILE * 1.5);
    ctx.lineTo(TILE * 1.5, TILE / 2);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? base;
}

const cache = new Map<string, CanvasPattern | string>();

/** Solid colour with light marks: for bars that carry data. */
export function toneFill(tone: Tone): CanvasPattern | string {
  const key = `fill-${tone}`;
  if (!cache.has(key)) cache.set(key, pattern(tone, TONE_COLOUR[tone], 'rgba(255,255,255,0.75)'));
  return cache.get(key)!;
}

/** Light tint with marks in the tone's colour: for backgrounds (bands) behind a line. */
export function toneBackground(tone: Tone): CanvasPattern | string {
  const key = `bg-${tone}`;
  if (!cache.has(key)) cache.set(key, pattern(tone, TONE_TINT[tone], TONE_COLOUR[tone]));
  return cache.get(key)!;
}

export const ZONE_ORDER = ['hijau', 'kuning', 'merah'] as const;
