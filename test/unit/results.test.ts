import { describe, expect, it } from 'vitest';
import { computeResults } from '../../src/model/results.ts';
import { defaultRound } from '../../src/ingest/rounds.ts';
import type { Band, Kind, Region, Result, Round, Score } from '../../src/domain/types.ts';

const region = (code: string, name: string, kind: Kind, province: string | null = null): Region => ({
  code,
  name,
  kind,
  province,
  slug: `${kind}-${name.toLowerCase().replace(/ /g, '-')}`,
  formerSlugs: [],
});

const REGIONS: Region[] = [
  region('11', 'Aceh', 'provinsi'),
  region('12', 'Sumatera Utara', 'provinsi'),
  region('11.01', 'Simeulue', 'kabupaten', '11'),
  region('11.02', 'Aceh Singkil', 'kabupaten', '11'),
  region('12.01', 'Tapanuli Tengah', 'kabupaten', '12'),
  region('11.71', 'Banda Aceh', 'kota', '11'),
  region('12.71', 'Medan', 'kota', '12'),
  region('LEM-01', 'Badan Pertanahan Nasional', 'lembaga'),
];

const scores = (list: Record<string, number>): Score[] => Object.entries(list).map(([code, score]) => ({ code, score, predicate: null, dimensions: {} }));

/**
 * Rounds 2018, 2019 and 2021: there was no 2020 round. Sumatera Utara, Simeulue and the
 * agency skip 2019; Medan is new in 2021.
 */
function dataset(rounds: Round[] = [defaultRound(2018), defaultRound(2019), defaultRound(2021)]) {
  return {
    regions: REGIONS,
    rounds,
    scores: new Map<number, Score[]>([
      [2018, scores({ '11': 70, '12': 72, '11.01': 60.1, '11.02': 65, '12.01': 55, '11.71': 80, 'LEM-01': 90 })],
      [2019, scores({ '11': 71, '11.02': 68, '12.01': 67, '11.71': 81 })],
      // Input order deliberately not the published order.
      [2021, scores({ '12.71': 60, 'LEM-01': 85, '11.01': 70.25, '12': 73.5, '11.02': 70.25, '11': 73.5, '12.01': 71, '11.71': 79.99 })],
    ]),
  };
}

const none = { previousYear: null, previousScore: null, scoreChange: null, previousRank: null, rankChange: null };
const kuning = { zone: 'kuning', band: 'Kepatuhan Sedang', grade: null } as const;

describe('computeResults, worked by hand', () => {
  const results = computeResults(dataset());

  it('publishes 2021 exactly as worked out by hand, sorted by kind, rank, name', () => {
    const expected: Result[] = [
      // Provinces tie at 73.50: both rank 1, in name order; no province rank.
      {
        code: '11',
        name: 'Aceh',
        kind: 'provinsi',
        province: null,
        slug: 'provinsi-aceh',
        score: 73.5,
        ...kuning,
        rank: 1,
        rankOf: 2,
        provinceRank: null,
        provinceRankOf: null,
        previousYear: 2019,
        previousScore: 71,
        scoreChange: 2.5,
        previousRank: 1,
        rankChange: 0,
        dimensions: {},
      },
      // Skipped 2019: compared with 2018.
      {
        code: '12',
        name: 'Sumatera Utara',
        kind: 'provinsi',
        province: null,
        slug: 'provinsi-sumatera-utara',
        score: 73.5,
        ...kuning,
        rank: 1,
        rankOf: 2,
        provinceRank: null,
        provinceRankOf: null,
        previousYear: 2018,
        previousScore: 72,
        scoreChange: 1.5,
        previousRank: 1,
        rankChange: 0,
        dimensions: {},
      },
      // 2019: 67 was rank 2 behind Aceh Singkil's 68; now first: moved up 1.
      {
        code: '12.01',
        name: 'Tapanuli Tengah',
        kind: 'kabupaten',
        province: '12',
        slug: 'kabupaten-tapanuli-tengah',
        score: 71,
        ...kuning,
        rank: 1,
        rankOf: 3,
        provinceRank: 1,
        provinceRankOf: 2,
        previousYear: 2019,
        previousScore: 67,
        scoreChange: 4,
        previousRank: 2,
        rankChange: 1,
      },
      // Tie at 70.25 (1, 2, 2): name order. Aceh Singkil was first in 2019: down 1.
      {
        code: '11.02',
        name: 'Aceh Singkil',
        kind: 'kabupaten',
        province: '11',
        slug: 'kabupaten-aceh-singkil',
        score: 70.25,
        ...kuning,
        rank: 2,
        rankOf: 3,
        provinceRank: 2,
        provinceRankOf: 3,
        previousYear: 2019,
        previousScore: 68,
        scoreChange: 2.25,
        previousRank: 1,
        rankChange: -1,
      },
      // Skipped 2019: 70.25 − 60.10 = 10.15 (10.150000000000006 in binary, rounded).
      {
        code: '11.01',
        name: 'Simeulue',
        kind: 'kabupaten',
        province: '11',
        slug: 'kabupaten-simeulue',
        score: 70.25,
        ...kuning,
        rank: 2,
        rankOf: 3,
        provinceRank: 2,
        provinceRankOf: 3,
        previousYear: 2018,
        previousScore: 60.1,
        scoreChange: 10.15,
        previousRank: 2,
        rankChange: 0,
      },
      // Kabupaten and kota are ranked together within their province: Banda Aceh leads Aceh.
      {
        code: '11.71',
        name: 'Banda Aceh',
        kind: 'kota',
        province: '11',
        slug: 'kota-banda-aceh',
        score: 79.99,
        ...kuning,
        rank: 1,
        rankOf: 2,
        provinceRank: 1,
        provinceRankOf: 3,
        previousYear: 2019,
        previousScore: 81,
        scoreChange: -1.01,
        previousRank: 1,
        rankChange: 0,
      },
      // New: no previous score, so every comparison is null.
      {
        code: '12.71',
        name: 'Medan',
        kind: 'kota',
        province: '12',
        slug: 'kota-medan',
        score: 60,
        ...kuning,
        rank: 2,
        rankOf: 2,
        provinceRank: 2,
        provinceRankOf: 2,
        ...none,
      },
      {
        code: 'LEM-01',
        name: 'Badan Pertanahan Nasional',
        kind: 'lembaga',
        province: null,
        slug: 'lembaga-badan-pertanahan-nasional',
        score: 85,
        zone: 'hijau',
        band: 'Kepatuhan Tinggi',
        grade: null,
        rank: 1,
        rankOf: 1,
        provinceRank: null,
        provinceRankOf: null,
        previousYear: 2018,
        previousScore: 90,
        scoreChange: -5,
        previousRank: 1,
        rankChange: 0,
      },
    ].map(
      (r) =>
        ({
          dimensions: {},
          predicate: null,
          opinion: r.band,
          methodBreak: false,
          previousRankOf:
            r.previousRank === null
              ? null
              : r.previousYear === 2019
                ? ({ provinsi: 1, kabupaten: 2, kota: 1 } as Record<string, number>)[r.kind]
                : ({ provinsi: 2, kabupaten: 3, kota: 1, lembaga: 1 } as Record<string, number>)[r.kind],
          ...r,
        }) as Result,
    );
    expect(results.get(2021)).toEqual(expected);
  });

  it('keeps the contract field order in every result', () => {
    expect(Object.keys(results.get(2021)![0]!)).toEqual([
      'code',
      'name',
      'kind',
      'province',
      'slug',
      'score',
      'zone',
      'band',
      'grade',
      'rank',
      'rankOf',
      'provinceRank',
      'provinceRankOf',
      'previousYear',
      'previousScore',
      'scoreChange',
      'previousRank',
      'rankChange',
      'predicate',
      'opinion',
      'methodBreak',
      'previousRankOf',
      'dimensions',
    ]);
  });

  it('ranks the first round with no previous values at all', () => {
    for (const r of results.get(2018)!) expect(r).toMatchObject(none);
    expect(results.get(2018)!.map((r) => [r.code, r.rank, r.rankOf, r.provinceRank, r.provinceRankOf])).toEqual([
      ['12', 1, 2, null, null],
      ['11', 2, 2, null, null],
      // Province 11 ranks Banda Aceh (80), Aceh Singkil (65), Simeulue (60.1) together.
      ['11.02', 1, 3, 2, 3],
      ['11.01', 2, 3, 3, 3],
      ['12.01', 3, 3, 1, 1],
      ['11.71', 1, 1, 1, 3],
      ['LEM-01', 1, 1, null, null],
    ]);
  });

  it('counts rankOf among the kind ranked that round only', () => {
    const kab2019 = results.get(2019)!.filter((r) => r.kind === 'kabupaten');
    expect(kab2019.map((r) => [r.code, r.rank, r.rankOf])).toEqual([
      ['11.02', 1, 2],
      ['12.01', 2, 2],
    ]);
  });

  it('does not depend on the order of the input', () => {
    const reversed = dataset();
    for (const [year, list] of reversed.scores) reversed.scores.set(year, [...list].reverse());
    expect(computeResults({ ...reversed, rounds: [...reversed.rounds].reverse() })).toEqual(results);
  });
});

describe('computeResults with the round’s own bands', () => {
  const grades: Band[] = [
    { min: 88, grade: 'A', zone: 'hijau', label: 'Kualitas Tertinggi' },
    { min: 78, grade: 'B', zone: 'hijau', label: 'Kualitas Tinggi' },
    { min: 54, grade: 'C', zone: 'kuning', label: 'Kualitas Sedang' },
    { min: 32, grade: 'D', zone: 'merah', label: 'Kualitas Rendah' },
    { min: 0, grade: 'E', zone: 'merah', label: 'Kualitas Terendah' },
  ];

  it('takes zone, band and grade from that round', () => {
    const rounds = [defaultRound(2018), defaultRound(2019), { ...defaultRound(2021), bands: grades }];
    const r2021 = computeResults(dataset(rounds)).get(2021)!;
    const band = (code: string) => r2021.find((r) => r.code === code)!;
    expect(band('LEM-01')).toMatchObject({ score: 85, zone: 'hijau', band: 'Kualitas Tinggi', grade: 'B' });
    expect(band('11.71')).toMatchObject({ score: 79.99, zone: 'hijau', band: 'Kualitas Tinggi', grade: 'B' });
    expect(band('12.71')).toMatchObject({ score: 60, zone: 'kuning', band: 'Kualitas Sedang', grade: 'C' });
    // 2018 keeps the default bands and no grade.
    expect(
      computeResults(dataset(rounds))
        .get(2018)!
        .find((r) => r.code === 'LEM-01'),
    ).toMatchObject({ score: 90, zone: 'hijau', band: 'Kepatuhan Tinggi', grade: null });
  });

  it('passes declared sub-scores through as dimensions', () => {
    const d = dataset();
    d.scores.set(
      2021,
      d.scores.get(2021)!.map((s) => (s.code === '11' ? { ...s, dimensions: { input: 80.5, proses: 70 } } : s)),
    );
    const aceh = computeResults(d)
      .get(2021)!
      .find((r) => r.code === '11')!;
    expect(aceh.dimensions).toEqual({ input: 80.5, proses: 70 });
  });
});
