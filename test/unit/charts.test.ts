/**
 * Chart data (src/view/charts.ts), province pages (src/view/provinces.ts) and how sortable
 * tables compare cells (src/client/sort-values.ts), on a dataset small enough to work by hand:
 *
 *   round 2021 (default bands: hijau ≥ 81, kuning ≥ 51)   round 2022 (grades: hijau ≥ 78, kuning ≥ 54)
 *   Provinsi Lampung (18)        60    kuning                70     kuning (C)
 *   Kab. Lampung Selatan (18.01) 50,50 merah                 77,99  kuning (C)
 *   Kab. Lampung Tengah (18.02)  81    hijau                 88,01  hijau (A)
 *   Kota Metro (18.72)           62    kuning                —
 *   Provinsi Bangka Belitung (19), Kab. Bangka (19.01): never assessed.
 */
import { describe, expect, it } from 'vitest';
import { defaultRound } from '../../src/ingest/rounds.ts';
import { computeResults } from '../../src/model/results.ts';
import type { Band, Dataset, Kind, Region, Round, Score } from '../../src/domain/types.ts';
import { jsonScript } from '../../src/render/json-script.ts';
import { bins, binIndex, shortLabel, siteCharts, zoneFloors, zoneLineChanges, zoneRuns } from '../../src/view/charts.ts';
import { PageBuilder } from '../../src/view/pages.ts';
import { provinceLinks, provincePages, provinceSlugs } from '../../src/view/provinces.ts';
import { cellValue, readNumber, sortOrder } from '../../src/client/sort-values.ts';

const GRADES: Band[] = [
  { min: 88, grade: 'A', zone: 'hijau', label: 'Kualitas Tertinggi' },
  { min: 78, grade: 'B', zone: 'hijau', label: 'Kualitas Tinggi' },
  { min: 54, grade: 'C', zone: 'kuning', label: 'Kualitas Sedang' },
  { min: 32, grade: 'D', zone: 'merah', label: 'Kualitas Rendah' },
  { min: 0, grade: 'E', zone: 'merah', label: 'Kualitas Terendah' },
];

const region = (code: string, name: string, kind: Kind, province: string | null = null, slug = `${kind}-${name.toLowerCase().replace(/ /g, '-')}`): Region => ({
  code,
  name,
  kind,
  province,
  slug,
  formerSlugs: [],
});

const REGIONS: Region[] = [
  region('18', 'Lampung', 'provinsi'),
  region('18.01', 'Lampung Selatan', 'kabupaten', '18'),
  region('18.02', 'Lampung Tengah', 'kabupaten', '18'),
  region('18.72', 'Metro', 'kota', '18'),
  region('19', 'Kepulauan Bangka Belitung', 'provinsi'),
  region('19.01', 'Bangka', 'kabupaten', '19'),
];

const scores = (list: Record<string, number>): Score[] => Object.entries(list).map(([code, score]) => ({ code, score, predicate: null, dimensions: {} }));

function setup() {
  const rounds: Round[] = [defaultRound(2021), { ...defaultRound(2022), bands: GRADES }];
  const dataset: Dataset = {
    site: {
      title: 'T',
      description: 'D',
      url: 'https://example.org',
      sampleData: false,
      publisher: 'P',
      socialCards: true,
      dataLicense: { name: 'CC BY 4.0', url: '' },
    },
    regions: REGIONS,
    rounds,
    scores: new Map([
      [2021, scores({ '18': 60, '18.01': 50.5, '18.02': 81, '18.72': 62 })],
      [2022, scores({ '18': 70, '18.01': 77.99, '18.02': 88.01 })],
    ]),
    narratives: [],
    pages: [],
  };
  const builder = new PageBuilder(dataset, computeResults(dataset));
  const roundPages = builder.roundPages();
  const regionPages = builder.regionPages();
  const home = builder.home();
  const charts = siteCharts(home, roundPages);
  const regionChart = (code: string) => charts.region(regionPages.find((p) => p.code === code)!);
  const provinces = provincePages({
    regions: REGIONS,
    rounds,
    rowsOf: (y) => builder.rowsOf(y),
    rowOf: (y, c) => builder.rowOf(y, c),
    roundPages,
    regionPages,
  });
  return { charts, regionChart, provinces, roundPages };
}

describe('helpers', () => {
  it('escapes a JSON data block so it cannot end its script element or open a comment', () => {
    const text = jsonScript({ name: '</script><!-- & \u2028', range: '80–85 😀 é' });
    expect(text).toBe('{"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028","range":"80\\u201385 \\ud83d\\ude00 é"}');
    expect(JSON.parse(text)).toEqual({ name: '</script><!-- & \u2028', range: '80–85 😀 é' });
  });

  it('finds the lowest score of each zone, and the rounds whose zone lines moved', () => {
    expect(zoneFloors(defaultRound(2021).bands)).toEqual({ hijau: 81, kuning: 51, merah: 0 });
    expect(zoneFloors(GRADES)).toEqual({ hijau: 78, kuning: 54, merah: 0 });
    const b = (year: number, bands: Band[]) => ({ year, bands: bands.map((x) => ({ ...x, max: 0 })) });
    expect(zoneLineChanges([b(2019, defaultRound(0).bands), b(2021, defaultRound(0).bands), b(2022, GRADES), b(2023, GRADES)])).toEqual([2022]);
  });

  it('names runs of equal zones', () => {
    expect(
      zoneRuns([
        { year: 2015, headline: 'Zona Merah' },
        { year: 2016, headline: 'Zona Kuning' },
        { year: 2017, headline: 'Zona Kuning' },
        { year: 2019, headline: 'Zona Kuning' },
        { year: 2021, headline: 'Zona Hijau' },
        { year: 2025, headline: 'Opini: Kualitas Tinggi' },
      ]),
    ).toBe('Zona Merah 2015; Zona Kuning 2016–2019; Zona Hijau 2021; Opini: Kualitas Tinggi 2025');
  });

  it('cuts 5-point ranges up to 100, which falls in the last one', () => {
    const list = bins(45);
    expect(list).toHaveLength(11);
    expect(list[0]).toEqual({ from: 45, to: 49.99 });
    expect(list[10]).toEqual({ from: 95, to: 100 });
    expect([45, 49.99, 50, 94.99, 95, 100].map((s) => binIndex(s, 45))).toEqual([0, 0, 1, 9, 10, 10]);
  });

  it('shortens kabupaten names for axis labels only', () => {
    expect(shortLabel({ kind: 'kabupaten', name: 'Lampung Selatan', label: 'Kabupaten Lampung Selatan' })).toBe('Kab. Lampung Selatan');
    expect(shortLabel({ kind: 'kota', name: 'Metro', label: 'Kota Metro' })).toBe('Kota Metro');
  });
});

describe('region history chart', () => {
  const { regionChart } = setup();

  it("follows the region oldest first, with each round's bands and the national median of its kind", () => {
    const fig = regionChart('18.01')!;
    expect(fig.data.labels).toEqual(['2021', '2022']);
    expect(fig.data.score).toEqual([50.5, 77.99]);
    expect(fig.data.tone).toEqual(['merah', 'kuning']);
    expect(fig.data.segment).toEqual([0, 0]);
    // Kabupaten medians: (50,50 + 81) / 2 = 65,75; (77,99 + 88,01) / 2 = 83.
    expect(fig.data.median).toEqual([65.75, 83]);
    expect(fig.data.bands[0]).toEqual([
      { min: 81, tone: 'hijau', label: 'Zona Hijau' },
      { min: 51, tone: 'kuning', label: 'Zona Kuning' },
      { min: 0, tone: 'merah', label: 'Zona Merah' },
    ]);
    expect(fig.data.bands[1]!.map((b) => b.min)).toEqual([88, 78, 54, 32, 0]);
    expect(fig.rows.map((r) => [r.hijauFrom, r.kuningFrom])).toEqual([
      [81, 51],
      [78, 54],
    ]);
    expect(fig.summary).toBe(
      'Kabupaten Lampung Selatan dinilai 2 kali, 2021–2022. ' +
        'Nilainya naik dari 50,50 (2021) menjadi 77,99 (2022); tertinggi 77,99 (2022), terendah 50,50 (2021). ' +
        'Pada 2022 nilainya 5,01 poin di bawah median nasional kabupaten (83,00). ' +
        'Zona Merah 2021; Zona Kuning 2022.',
    );
  });

  it('is left out for a region assessed once', () => {
    expect(regionChart('18.72')).toBeNull();
  });
});

describe('ranking distribution chart', () => {
  const { charts } = setup();

  it('counts each kind per 5-point range and zone, over a range shared by the round', () => {
    const kab = charts.rounds['2021']!['kabupaten']!;
    // Lowest score of the round is 50,50: ranges 50, 55, …, 95.
    expect(kab.data.labels).toEqual(['50', '55', '60', '65', '70', '75', '80', '85', '90', '95']);
    const counts = (fig: typeof kab) => Object.fromEntries(fig.data.series.map((s) => [s.tone, s.counts]));
    expect(kab.data.series.map((s) => s.label)).toEqual(['Zona Hijau', 'Zona Kuning', 'Zona Merah']);
    expect(counts(kab).merah).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(counts(kab).hijau).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(counts(kab).kuning!.every((n) => n === 0)).toBe(true);
    expect(counts(charts.rounds['2021']!['kota']!).kuning![2]).toBe(1);
    expect(kab.summary).toBe(
      'Dari 2 kabupaten yang dinilai pada 2021: 1 (50%) di Zona Hijau, 0 (0%) di Zona Kuning, 1 (50%) di Zona Merah. ' +
        'Median 65,75; terendah 50,50, tertinggi 81,00. Rentang dengan kabupaten terbanyak: 50,00–54,99 (1).',
    );
  });
});

describe('zones per round (home)', () => {
  const { charts } = setup();

  it('counts every kind per round and warns where the zone lines changed', () => {
    const fig = charts.home!;
    expect(fig.data.labels).toEqual(['2021', '2022']);
    expect(fig.data.counts).toEqual({ hijau: [1, 1], kuning: [2, 2], merah: [1, 0] });
    expect(fig.data.totals).toEqual([4, 3]);
    expect(fig.summary).toBe(
      'Pada 2021, 25% dari 4 instansi yang dinilai berada di Zona Hijau dan 25% di Zona Merah; pada 2022, 33% dari 3 di Zona Hijau dan 0% di Zona Merah. ' +
        'Jumlah instansi yang dinilai berbeda antarputaran, karena itu grafik memakai persentase. ' +
        'Batas zona berubah pada 2022; persentase sebelum dan sesudahnya tidak sepenuhnya sebanding.',
    );
  });
});

describe('province pages', () => {
  const { provinces } = setup();

  it('exist only for provinces with an assessed kabupaten or kota, under the name part of the slug', () => {
    expect(provinces.map((p) => [p.url, p.name, p.registered])).toEqual([['/provinsi/lampung/', 'Provinsi Lampung', 3]]);
    expect(provinces[0]!.regionUrl).toBe('/wilayah/provinsi-lampung/');
  });

  it('compare the latest round best first, with their average', () => {
    const p = provinces[0]!;
    expect(p.latest!.year).toBe(2022);
    expect(p.latest!.rows.map((r) => r.code)).toEqual(['18.02', '18.01']);
    expect([p.latest!.mean, p.latest!.median]).toEqual([83, 83]);
    expect(p.latest!.counts).toEqual({ counts: [1, 1, 0], total: 2 });
    expect(p.latest!.categories.map((c) => c.key)).toEqual(['hijau', 'kuning', 'merah']);
    expect(p.compare!.data.labels).toEqual(['Kab. Lampung Tengah', 'Kab. Lampung Selatan']);
    expect(p.compare!.data.reference).toEqual({ value: 83, label: 'Rata-rata kabupaten/kota 2022' });
    expect(p.compare!.summary).toBe(
      'Di Provinsi Lampung, 2 kabupaten dinilai pada 2022. Rata-rata kabupaten/kota 2022: 83,00. ' +
        'Tertinggi Kabupaten Lampung Tengah (88,01), terendah Kabupaten Lampung Selatan (77,99). Zona Hijau 1, Zona Kuning 1, Zona Merah 0.',
    );
  });

  it("follow each kabupaten and kota over the rounds, with the average and the province's own score", () => {
    const p = provinces[0]!;
    // 2021: (50,50 + 81 + 62) / 3 = 64,50.
    expect(p.timeline.map((t) => [t.year, t.assessed, t.mean, t.provinceScore])).toEqual([
      [2021, 3, 64.5, 60],
      [2022, 2, 83, 70],
    ]);
    expect(p.members.map((m) => [m.label, m.scores])).toEqual([
      ['Kabupaten Lampung Tengah', [81, 88.01]],
      ['Kabupaten Lampung Selatan', [50.5, 77.99]],
      ['Kota Metro', [62, null]],
    ]);
    expect(p.zones!.data.counts).toEqual({ hijau: [1, 1], kuning: [1, 1], merah: [1, 0] });
  });

  it('are linked from their kabupaten, kota and province', () => {
    const links = provinceLinks(REGIONS, provinces);
    expect(Object.keys(links).sort()).toEqual(['18', '18.01', '18.02', '18.72']);
    expect(links['18.72']).toEqual({
      url: '/provinsi/lampung/',
      name: 'Provinsi Lampung',
      text: 'Bandingkan dengan kabupaten dan kota lain di Provinsi Lampung',
    });
    expect(links['18']!.text).toBe('Kabupaten dan kota di Provinsi Lampung: perbandingan');
  });

  it('keep the full slug where two short slugs would collide', () => {
    const slugs = provinceSlugs([
      region('11', 'Aceh', 'provinsi'),
      region('99', 'Aceh', 'provinsi', null, 'aceh'),
      region('31', 'DKI', 'provinsi', null, 'jakarta'),
    ]);
    expect([...slugs.values()]).toEqual(['provinsi-aceh', 'aceh', 'jakarta']);
  });
});

describe('sortable table cells', () => {
  it('read Indonesian numbers', () => {
    expect(['80,85', '1.234', '−2,10', '+1,75', '12/98', '2015', 'naik 3'].map(readNumber)).toEqual([80.85, 1234, -2.1, 1.75, 12, 2015, null]);
  });

  it('prefer data-sort-value; empty and dash are empty', () => {
    expect(cellValue('-3', 'turun 3')).toBe(-3);
    expect(cellValue('', '–')).toBeNull();
    expect(cellValue(undefined, ' – ')).toBeNull();
    expect(cellValue(undefined, 'Kota Metro')).toBe('Kota Metro');
  });

  it('sort numbers with empty and wordy cells last either way, and keep ties in order', () => {
    const values = [3, null, 1, 'baru', 3, 2];
    expect(sortOrder(values, 'ascending')).toEqual([2, 5, 0, 4, 1, 3]);
    expect(sortOrder(values, 'descending')).toEqual([0, 4, 5, 2, 1, 3]);
  });

  it('sort text by Indonesian collation, numbers inside names by value', () => {
    expect(sortOrder(['Kota b', 'kota A', 'Kab 10', 'Kab 9'], 'ascending')).toEqual([3, 2, 1, 0]);
  });
});
