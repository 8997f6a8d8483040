/**
 * How zones look in charts: the site's zone colours (each at least 3:1 against white), a fill
 * pattern and a point shape per zone, so a zone never depends on colour alone. The shapes
 * match the badges in site.css: hijau ●, kuning ▲, merah ■.
 */
import type { PointStyle } from 'chart.js';
import type { Zone } from '../types.ts';

export const INK = '#1b1f24';
export const MUTED = '#56606b';
export const ACCENT = '#0d3b66';
export const GRID = '#d0d7de';

/** Same values as --hijau, --kuning, --merah in site.css (contrast with white: 5.1, 3.4, 5.6). */
export const ZONE_COLOUR: Record<Zone, string> = { hijau: '#1a7f37', kuning: '#b58100', merah: '#c62a22' };
/** Light tints (site.css --*-bg) for backgrounds behind data. */
export const ZONE_TINT: Record<Zone, string> = { hijau: '#d5f0dd', kuning: '#fff0bf', merah: '#fbdcda' };
export const ZONE_POINT: Record<Zone, PointStyle> = { hijau: 'circle', kuning: 'triangle', merah: 'rect' };

const TILE = 8;

/** Plain for hijau, dots for kuning, diagonal stripes for merah, drawn in `mark` over `base`. */
function pattern(zone: Zone, base: string, mark: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = TILE;
  tile.height = TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return base;
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.fillStyle = mark;
  ctx.strokeStyle = mark;
  if (zone === 'kuning') {
    ctx.beginPath();
    ctx.arc(TILE / 2, TILE / 2, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  } else if (zone === 'merah') {
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    // Two segments so the stripe continues across tile edges.
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

/** Solid zone colour with light marks: for bars that carry data. */
export function zoneFill(zone: Zone): CanvasPattern | string {
  const key = `fill-${zone}`;
  if (!cache.has(key)) cache.set(key, pattern(zone, ZONE_COLOUR[zone], 'rgba(255,255,255,0.75)'));
  return cache.get(key)!;
}

/** Light tint with marks in the zone colour: for backgrounds (bands) behind a line. */
export function zoneBackground(zone: Zone): CanvasPattern | string {
  const key = `bg-${zone}`;
  if (!cache.has(key)) cache.set(key, pattern(zone, ZONE_TINT[zone], ZONE_COLOUR[zone]));
  return cache.get(key)!;
}

export const ZONE_ORDER: readonly Zone[] = ['hijau', 'kuning', 'merah'];
