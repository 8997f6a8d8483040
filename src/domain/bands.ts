import type { Band } from './types.ts';

/** The three bands used 2015–2021; the default when a round declares none. */
export const DEFAULT_BANDS: Band[] = [
  { min: 81, zone: 'hijau', label: 'Kepatuhan Tinggi', grade: null },
  { min: 51, zone: 'kuning', label: 'Kepatuhan Sedang', grade: null },
  { min: 0, zone: 'merah', label: 'Kepatuhan Rendah', grade: null },
];

/** The first band (highest first) whose min the score reaches. Bands are validated to end at 0. */
export function bandFor(score: number, bands: Band[]): Band {
  const band = bands.find((b) => score >= b.min);
  if (!band) throw new Error(`no band for score ${score}`);
  return band;
}

/** A round's bands all have a zone or none does (validated); rounds without zones classify by band. */
export function hasZones(bands: readonly Pick<Band, 'zone'>[]): boolean {
  return bands.some((b) => b.zone !== null);
}
