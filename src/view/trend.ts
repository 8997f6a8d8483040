import type { HistoryRow } from './pages.ts';
import { formatScore } from './format.ts';

/** A small line of a region's scores over its rounds, drawn in a box of the given size. */
export interface Trend {
  width: number;
  height: number;
  /** SVG polyline points, oldest round on the left; empty with fewer than two rounds. */
  points: string;
  /** Last point, to mark the latest score. */
  last: { x: number; y: number } | null;
  /** In words, for screen readers and for the text beside the line. */
  text: string;
  /** The rounds the line covers (the latest method's), oldest first. */
  years: number[];
}

type Point = Pick<HistoryRow, 'year' | 'score' | 'scoreChange' | 'previousYear' | 'methodBreak'>;

/**
 * Scores on a fixed 0–100 scale (not stretched to the region's own range), so a small
 * wobble never looks like a collapse. Points are spaced by round, not by year. Only the rounds
 * of the latest method: a line across a change of method would compare what cannot be compared.
 */
export function trend(history: readonly Point[], width: number, height: number, pad = 4): Trend {
  const all = [...history].sort((a, b) => a.year - b.year);
  let start = 0;
  all.forEach((r, i) => r.methodBreak && (start = i));
  const rows = all.slice(start);
  const step = rows.length > 1 ? (width - 2 * pad) / (rows.length - 1) : 0;
  const xy = rows.map((r, i) => ({ x: round1(pad + i * step), y: round1(pad + (1 - r.score / 100) * (height - 2 * pad)) }));
  return {
    width,
    height,
    points: xy.length > 1 ? xy.map((p) => `${p.x},${p.y}`).join(' ') : '',
    last: xy.length > 0 ? xy[xy.length - 1]! : null,
    text: trendText(rows[rows.length - 1]),
    years: rows.map((r) => r.year),
  };
}

/** "naik 1,75 poin sejak 2023", "turun 0,40 poin sejak 2022", "tetap sejak 2023", "pertama kali dinilai 2024", "metode baru sejak 2025". */
export function trendText(latest: Pick<HistoryRow, 'year' | 'scoreChange' | 'previousYear' | 'methodBreak'> | undefined): string {
  if (!latest) return 'belum dinilai';
  if (latest.methodBreak) return `metode baru sejak ${latest.year}, tidak sebanding dengan sebelumnya`;
  if (latest.previousYear === null || latest.scoreChange === null) return `pertama kali dinilai ${latest.year}`;
  if (latest.scoreChange === 0) return `tetap sejak ${latest.previousYear}`;
  return `${latest.scoreChange > 0 ? 'naik' : 'turun'} ${formatScore(Math.abs(latest.scoreChange))} poin sejak ${latest.previousYear}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
