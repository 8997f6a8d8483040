/**
 * How a round's results are classified on its pages: by zone where the round has zones, by
 * band where it has none (the 2025 opinions). Best first. Each category has a tone, the style
 * its badges and chart marks take: the zone colours, or a sequential scale for bands.
 */
import { ZONES, type Band, type Result, type Zone } from '../domain/types.ts';
import { hasZones } from '../domain/bands.ts';
import { ZONE_LABEL } from './format.ts';

/** Zones, or five steps of one hue for bands, best (q1) to worst (q5). */
export type Tone = Zone | 'q1' | 'q2' | 'q3' | 'q4' | 'q5';

/** Each tone's mark (at least 3:1 on white), light tint, and text colour on the tint (site.css has the same). */
export const TONE_COLOUR: Record<Tone, string> = {
  hijau: '#1a7f37',
  kuning: '#b58100',
  merah: '#c62a22',
  q1: '#08306b',
  q2: '#1f4e8c',
  q3: '#33679f',
  q4: '#5079ad',
  q5: '#7191b8',
};
export const TONE_TINT: Record<Tone, string> = {
  hijau: '#d5f0dd',
  kuning: '#fff0bf',
  merah: '#fbdcda',
  q1: '#d6e2f3',
  q2: '#dde7f3',
  q3: '#e5edf6',
  q4: '#ecf2f8',
  q5: '#f2f5f9',
};
export const TONE_INK: Record<Tone, string> = {
  hijau: '#0a5524',
  kuning: '#5c4300',
  merah: '#8a1c17',
  q1: '#0b2545',
  q2: '#0b2545',
  q3: '#0b2545',
  q4: '#0b2545',
  q5: '#0b2545',
};

export interface Category {
  /** A zone, or a band's label. */
  key: string;
  label: string;
  tone: Tone;
}

/** The i-th of n bands (best first) spread over the five steps, so the best and worst are always q1 and q5. */
export function bandTone(i: number, n: number): Tone {
  return `q${1 + (n <= 1 ? 0 : Math.round((i * 4) / (n - 1)))}` as Tone;
}

export function categoriesOf(bands: readonly Pick<Band, 'zone' | 'label'>[]): Category[] {
  if (hasZones(bands)) return ZONES.map((z) => ({ key: z, label: ZONE_LABEL[z], tone: z }));
  return bands.map((b, i) => ({ key: b.label, label: b.label, tone: bandTone(i, bands.length) }));
}

/** The key of a result's category: its zone, or its band in a round without zones. */
export const categoryKey = (r: Pick<Result, 'zone' | 'band'>): string => r.zone ?? r.band;

/** How many of the results fall in each category (aligned with `categories`), and in all. */
export interface CategoryCounts {
  counts: number[];
  total: number;
}

export function countCategories(results: readonly Pick<Result, 'zone' | 'band'>[], categories: readonly Category[]): CategoryCounts {
  const index = new Map(categories.map((c, i) => [c.key, i]));
  const counts = categories.map(() => 0);
  for (const r of results) counts[index.get(categoryKey(r))!]!++;
  return { counts, total: results.length };
}

/** "Zona Hijau 3, Zona Kuning 1, Zona Merah 0" */
export function countsPhrase(categories: readonly Category[], c: CategoryCounts, format: (n: number) => string): string {
  return categories.map((cat, i) => `${cat.label} ${format(c.counts[i]!)}`).join(', ');
}
