import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../src/view/chart-svg.ts';
import type { CompareData, DistributionData, HistoryData, ZonesData } from '../../src/view/charts.ts';

const meta = { title: 'Nilai "A & B" <per putaran>', source: 'Sumber: Situs, https://contoh.id/wilayah/a/.' };
const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

const history: HistoryData = {
  type: 'history',
  labels: ['2022', '2023', '2025'],
  score: [70.5, 82.25, 91],
  tone: ['kuning', 'hijau', 'q1'],
  headline: ['Zona Kuning', 'Zona Hijau', 'Opini: Kualitas Tertinggi'],
  median: [75, 80, null],
  segment: [0, 0, 1],
  bands: [
    [
      { min: 81, tone: 'hijau', label: 'Zona Hijau' },
      { min: 51, tone: 'kuning', label: 'Zona Kuning' },
      { min: 0, tone: 'merah', label: 'Zona Merah' },
    ],
    [
      { min: 81, tone: 'hijau', label: 'Zona Hijau' },
      { min: 51, tone: 'kuning', label: 'Zona Kuning' },
      { min: 0, tone: 'merah', label: 'Zona Merah' },
    ],
    [{ min: 0, tone: 'q1', label: 'Kualitas Tertinggi' }],
  ],
  names: { score: 'Nilai A', median: 'Median nasional', axis: 'Nilai (0–100)', methodChange: 'metode berubah' },
};

describe('chartSvg', () => {
  it('is one SVG document titled with the caption, escaped, with its source line', () => {
    const svg = chartSvg(history, meta);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="judul">Nilai &quot;A &amp; B&quot; &lt;per putaran&gt;</title>');
    expect(svg).not.toContain('<per putaran>');
    expect(svg).toContain('Sumber: Situs, https://contoh.id/wilayah/a/.');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('history: a point and its value per round, the line broken where the method changed, the marker labelled', () => {
    const svg = chartSvg(history, meta);
    expect(count(svg, /<circle cx="[\d.]+" cy="[\d.]+" r="6"/g)).toBe(3);
    for (const v of ['70,50', '82,25', '91,00']) expect(svg).toContain(`>${v}</text>`);
    // Score: one path per method run (two); median: one run only (2025 has none).
    expect(count(svg, /fill="none" stroke="#0d3b66"/g)).toBe(2);
    expect(count(svg, /fill="none" stroke="#56606b"/g)).toBe(1);
    expect(svg).toContain('>metode berubah</text>');
  });

  it('zones: three stacked shares per round, each labelled with its percentage', () => {
    const zones: ZonesData = {
      type: 'zones',
      labels: ['2023', '2024'],
      counts: { hijau: [1, 2], kuning: [1, 1], merah: [2, 1] },
      totals: [4, 4],
      names: { y: 'Bagian (%)', zones: { hijau: 'Zona Hijau', kuning: 'Zona Kuning', merah: 'Zona Merah' } },
    };
    const svg = chartSvg(zones, meta);
    expect(count(svg, /<rect x=/g)).toBe(6);
    expect(svg).toContain('<title>2023, Zona Merah: 50%</title>');
    expect(svg).toContain('<title>2024, Zona Hijau: 50%</title>');
  });

  it('distribution: one bar per non-empty count; compare: one bar per region with its score and the reference line', () => {
    const distribution: DistributionData = {
      type: 'distribution',
      labels: ['70', '75', '80'],
      ranges: ['70,00–74,99', '75,00–79,99', '80,00–84,99'],
      series: [
        { label: 'Zona Hijau', tone: 'hijau', counts: [0, 0, 3] },
        { label: 'Zona Kuning', tone: 'kuning', counts: [2, 1, 0] },
      ],
      names: { x: 'Nilai', y: 'Jumlah' },
    };
    expect(count(chartSvg(distribution, meta), /<rect x=/g)).toBe(3);
    const compare: CompareData = {
      type: 'compare',
      labels: ['Kota A', 'Kabupaten B'],
      score: [88.1, 60],
      tone: ['hijau', 'kuning'],
      series: [
        { label: 'Zona Hijau', tone: 'hijau' },
        { label: 'Zona Kuning', tone: 'kuning' },
      ],
      reference: { value: 74.05, label: 'Rata-rata' },
      names: { x: 'Nilai' },
    };
    const svg = chartSvg(compare, meta);
    expect(count(svg, /<rect x=/g)).toBe(2);
    expect(svg).toContain('<title>Kota A: 88,10</title>');
    expect(svg).toContain('>Rata-rata (74,05)</text>');
  });
});
