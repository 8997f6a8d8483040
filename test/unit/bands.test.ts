import { describe, expect, it } from 'vitest';
import { bandFor, DEFAULT_BANDS } from '../../src/domain/bands.ts';
import type { Band } from '../../src/domain/types.ts';

/** The five grades used from 2022, as content/rounds/2022.md declares them. */
const GRADES: Band[] = [
  { min: 88, grade: 'A', zone: 'hijau', label: 'Kualitas Tertinggi' },
  { min: 78, grade: 'B', zone: 'hijau', label: 'Kualitas Tinggi' },
  { min: 54, grade: 'C', zone: 'kuning', label: 'Kualitas Sedang' },
  { min: 32, grade: 'D', zone: 'merah', label: 'Kualitas Rendah' },
  { min: 0, grade: 'E', zone: 'merah', label: 'Kualitas Terendah' },
];

const summary = (b: Band) => `${b.zone} ${b.grade ?? '-'} ${b.label}`;

describe('default bands (2015–2021)', () => {
  it.each([
    [100, 'hijau - Kepatuhan Tinggi'],
    [81, 'hijau - Kepatuhan Tinggi'],
    [80.99, 'kuning - Kepatuhan Sedang'],
    [51, 'kuning - Kepatuhan Sedang'],
    [50.99, 'merah - Kepatuhan Rendah'],
    [0, 'merah - Kepatuhan Rendah'],
  ])('%d → %s', (score, expected) => {
    expect(summary(bandFor(score, DEFAULT_BANDS))).toBe(expected);
  });
});

describe('A–E bands (2022 onwards)', () => {
  it.each([
    [100, 'hijau A Kualitas Tertinggi'],
    [88, 'hijau A Kualitas Tertinggi'],
    [87.99, 'hijau B Kualitas Tinggi'],
    [78, 'hijau B Kualitas Tinggi'],
    [77.99, 'kuning C Kualitas Sedang'],
    [54, 'kuning C Kualitas Sedang'],
    [53.99, 'merah D Kualitas Rendah'],
    [32, 'merah D Kualitas Rendah'],
    [31.99, 'merah E Kualitas Terendah'],
    [0, 'merah E Kualitas Terendah'],
  ])('%d → %s', (score, expected) => {
    expect(summary(bandFor(score, GRADES))).toBe(expected);
  });
});
