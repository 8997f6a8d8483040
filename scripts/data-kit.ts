/**
 * What the two data generators share, the sample (scripts/make-sample-data.ts) and the
 * benchmark's synthetic sets (bench/generate.ts): seeded randomness, CSV writing, the
 * registry source (idn-area-data 4.0.1, ODbL) and the rounds' settings as staff write them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const ROOT = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------- randomness

/** A small, fast, seeded PRNG: the same seed gives the same numbers on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a label into a seed, so each purpose gets its own independent stream. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Standard normal deviate (Box–Muller). */
export function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

// ---------------------------------------------------------------- CSV

/** Quoted when it holds the delimiter, a quote or a line break, or spaces at its ends. */
export function csvField(value: string, delimiter = ','): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly (string | number)[], delimiter = ',', eol = '\n'): string {
  return values.map((v) => csvField(String(v), delimiter)).join(delimiter) + eol;
}

export function csv(rows: readonly (readonly (string | number)[])[], delimiter = ',', eol = '\n'): string {
  return rows.map((row) => csvLine(row, delimiter, eol)).join('');
}

/** A file of idn-area-data 4.0.1 (provinces.csv, regencies.csv, villages.csv), as records. */
export function readAreaCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(ROOT, 'node_modules/idn-area-data/data', file), 'utf8'), { columns: true, skip_empty_lines: true });
}

// ---------------------------------------------------------------- rounds

export type Zone = 'hijau' | 'kuning' | 'merah';
export interface Band {
  min: number;
  grade?: string;
  zone?: Zone;
  label: string;
}

/** 2015–2021 (also the default of a round without bands). */
export const THREE_BANDS: Band[] = [
  { min: 81, zone: 'hijau', label: 'Kepatuhan Tinggi' },
  { min: 51, zone: 'kuning', label: 'Kepatuhan Sedang' },
  { min: 0, zone: 'merah', label: 'Kepatuhan Rendah' },
];
/** 2022–2024: five grades over the same three zones. */
export const FIVE_BANDS: Band[] = [
  { min: 88, grade: 'A', zone: 'hijau', label: 'Kualitas Tertinggi' },
  { min: 78, grade: 'B', zone: 'hijau', label: 'Kualitas Tinggi' },
  { min: 54, grade: 'C', zone: 'kuning', label: 'Kualitas Sedang' },
  { min: 32, grade: 'D', zone: 'merah', label: 'Kualitas Rendah' },
  { min: 0, grade: 'E', zone: 'merah', label: 'Kualitas Terendah' },
];
/** From 2025 (the "Opini Ombudsman"): the same categories, no zones. */
export const OPINION_BANDS: Band[] = FIVE_BANDS.map(({ min, label }) => ({ min, label }));
export const DIMENSIONS = [
  { key: 'input', label: 'Input' },
  { key: 'proses', label: 'Proses' },
  { key: 'output', label: 'Output' },
  { key: 'pengaduan', label: 'Pengelolaan Pengaduan' },
];

/** `bands:` as staff write it: one flow mapping per band. */
export function bandLines(bands: readonly Band[]): string[] {
  return ['bands:', ...bands.map((b) => `  - { min: ${b.min}, ${b.grade ? `grade: ${b.grade}, ` : ''}${b.zone ? `zone: ${b.zone}, ` : ''}label: ${b.label} }`)];
}

export function dimensionLines(dimensions: readonly { key: string; label: string }[]): string[] {
  return ['dimensions:', ...dimensions.map((d) => `  - { key: ${d.key}, label: ${d.label} }`)];
}

export function frontMatter(lines: readonly string[], body = ''): string {
  return `---\n${lines.join('\n')}\n---\n${body ? `\n${body.trim()}\n` : ''}`;
}
