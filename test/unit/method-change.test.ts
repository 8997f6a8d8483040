/**
 * Rounds 2022–2025 worked out by hand: three compliance rounds with zones, then the 2025
 * "Opini Ombudsman" (another method, a sample, bands without zones, a predicate). Nothing is
 * compared across the change of method; ranks carry their group sizes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeResults } from '../../src/model/results.ts';
import { defaultRound } from '../../src/ingest/rounds.ts';
import { categoriesOf, countCategories } from '../../src/view/categories.ts';
import { roundChanges } from '../../src/view/comparisons.ts';
import { headlineOf } from '../../src/view/pages.ts';
import { trend, trendText } from '../../src/view/trend.ts';
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
  region('12', 'Sumut', 'provinsi'),
  region('11.01', 'Simeulue', 'kabupaten', '11'),
  region('11.02', 'Singkil', 'kabupaten', '11'),
  region('12.01', 'Tapteng', 'kabupaten', '12'),
  region('11.71', 'Banda', 'kota', '11'),
  region('11.72', 'Sabang', 'kota', '11'),
  region('KEM-01', 'Kementerian Agama', 'kementerian'),
];

const GRADES: Band[] = [
  { min: 88, zone: 'hijau', label: 'Kualitas Tertinggi', grade: 'A' },
  { min: 78, zone: 'hijau', label: 'Kualitas Tinggi', grade: 'B' },
  { min: 54, zone: 'kuning', label: 'Kualitas Sedang', grade: 'C' },
  { min: 32, zone: 'merah', label: 'Kualitas Rendah', grade: 'D' },
  { min: 0, zone: 'merah', label: 'Kualitas Terendah', grade: 'E' },
];
const OPINION: Band[] = GRADES.map((b) => ({ ...b, zone: null, grade: null }));
const TM = { key: 'tm', label: 'Tanpa Maladministrasi' };

const kepatuhan = (year: number): Round => ({ ...defaultRound(year), bands: GRADES });
const opini = (year: number): Round => ({ ...defaultRound(year), method: 'opini-2025', sample: true, predicates: [TM], bands: OPINION });

const scores = (list: Record<string, number | [number, string]>): Score[] =>
  Object.entries(list).map(([code, v]) => ({ code, score: Array.isArray(v) ? v[0] : v, predicate: Array.isArray(v) ? v[1] : null, dimensions: {} }));

const SCORES = new Map<number, Score[]>([
  [2022, scores({ '11': 80, '12': 70, '11.01': 60, '11.02': 65, '12.01': 55, '11.71': 90, 'KEM-01': 85 })],
  // Singkil and the ministry skip 2023.
  [2023, scores({ '11': 82, '12': 69, '11.01': 62, '12.01': 58, '11.71': 91 })],
  [2024, scores({ '11': 83, '12': 71, '11.01': 61, '11.02': 66, '12.01': 59, '11.71': 92, 'KEM-01': 86 })],
  // A sample: Sumut, Singkil and Banda are not assessed; Sabang is assessed for the first time ever.
  [2025, scores({ '11': [88.49, 'tm'], '11.01': 53.38, '12.01': [65.98, 'tm'], '11.72': 84.43, 'KEM-01': 61.98 })],
  // The same method again: compared with 2025; Sumut's last result (2024) is of the other method.
  [2026, scores({ '11': 90, '12': 75, '11.72': 80 })],
]);

const ROUNDS = [kepatuhan(2022), kepatuhan(2023), kepatuhan(2024), opini(2025), opini(2026)];
const results = computeResults({ regions: REGIONS, rounds: ROUNDS, scores: SCORES });
const row = (year: number, code: string): Result => results.get(year)!.find((r) => r.code === code)!;

const noPrevious = { previousYear: null, previousScore: null, scoreChange: null, previousRank: null, previousRankOf: null, rankChange: null };

describe('rounds 2022–2025, worked by hand', () => {
  it("2024 compares with each region's latest earlier result, and says how many were ranked then", () => {
    // Simeulue: 2023 was 1 of 2 kabupaten (Singkil skipped), 2024 is 2 of 3: rankOf and previousRankOf differ.
    expect(row(2024, '11.01')).toMatchObject({
      zone: 'kuning',
      band: 'Kualitas Sedang',
      grade: 'C',
      predicate: null,
      opinion: 'Kualitas Sedang',
      methodBreak: false,
      rank: 2,
      rankOf: 3,
      previousYear: 2023,
      previousScore: 62,
      scoreChange: -1,
      previousRank: 1,
      previousRankOf: 2,
      rankChange: -1,
    });
    // Singkil skipped 2023: compared with 2022, when 3 kabupaten were ranked.
    expect(row(2024, '11.02')).toMatchObject({
      rank: 1,
      rankOf: 3,
      previousYear: 2022,
      previousScore: 65,
      scoreChange: 1,
      previousRank: 1,
      previousRankOf: 3,
      rankChange: 0,
    });
    expect(row(2024, 'KEM-01')).toMatchObject({ zone: 'hijau', opinion: 'Kualitas Tinggi', previousYear: 2022, previousRankOf: 1, methodBreak: false });
  });

  it('publishes 2025 exactly: no zones, opinions with the predicate, ranks of the sample, nothing compared with 2024', () => {
    expect(results.get(2025)).toEqual([
      {
        code: '11',
        name: 'Aceh',
        kind: 'provinsi',
        province: null,
        slug: 'provinsi-aceh',
        score: 88.49,
        zone: null,
        band: 'Kualitas Tertinggi',
        grade: null,
        rank: 1,
        rankOf: 1,
        provinceRank: null,
        provinceRankOf: null,
        ...noPrevious,
        predicate: 'Tanpa Maladministrasi',
        opinion: 'Kualitas Tertinggi Tanpa Maladministrasi',
        methodBreak: true,
        dimensions: {},
      },
      {
        code: '12.01',
        name: 'Tapteng',
        kind: 'kabupaten',
        province: '12',
        slug: 'kabupaten-tapteng',
        score: 65.98,
        zone: null,
        band: 'Kualitas Sedang',
        grade: null,
        rank: 1,
        rankOf: 2,
        provinceRank: 1,
        provinceRankOf: 1,
        ...noPrevious,
        predicate: 'Tanpa Maladministrasi',
        opinion: 'Kualitas Sedang Tanpa Maladministrasi',
        methodBreak: true,
        dimensions: {},
      },
      // 53,38 is below 54: Kualitas Rendah. In Aceh it ranks below Sabang (kabupaten and kota together).
      {
        code: '11.01',
        name: 'Simeulue',
        kind: 'kabupaten',
        province: '11',
        slug: 'kabupaten-simeulue',
        score: 53.38,
        zone: null,
        band: 'Kualitas Rendah',
        grade: null,
        rank: 2,
        rankOf: 2,
        provinceRank: 2,
        provinceRankOf: 2,
        ...noPrevious,
        predicate: null,
        opinion: 'Kualitas Rendah',
        methodBreak: true,
        dimensions: {},
      },
      // Never assessed before: no break, simply new.
      {
        code: '11.72',
        name: 'Sabang',
        kind: 'kota',
        province: '11',
        slug: 'kota-sabang',
        score: 84.43,
        zone: null,
        band: 'Kualitas Tinggi',
        grade: null,
        rank: 1,
        rankOf: 1,
        provinceRank: 1,
        provinceRankOf: 2,
        ...noPrevious,
        predicate: null,
        opinion: 'Kualitas Tinggi',
        methodBreak: false,
        dimensions: {},
      },
      {
        code: 'KEM-01',
        name: 'Kementerian Agama',
        kind: 'kementerian',
        province: null,
        slug: 'kementerian-kementerian-agama',
        score: 61.98,
        zone: null,
        band: 'Kualitas Sedang',
        grade: null,
        rank: 1,
        rankOf: 1,
        provinceRank: null,
        provinceRankOf: null,
        ...noPrevious,
        predicate: null,
        opinion: 'Kualitas Sedang',
        methodBreak: true,
        dimensions: {},
      },
    ]);
  });

  it('compares again within the new method, and breaks for a region last assessed with the old one', () => {
    expect(row(2026, '11')).toMatchObject({
      methodBreak: false,
      previousYear: 2025,
      previousScore: 88.49,
      scoreChange: 1.51,
      previousRank: 1,
      previousRankOf: 1,
      rankChange: 0,
    });
    expect(row(2026, '11.72')).toMatchObject({ methodBreak: false, previousYear: 2025, scoreChange: -4.43, previousRankOf: 1 });
    // Sumut: 2024 (kepatuhan) is its latest result, but never assessed with opini-2025.
    expect(row(2026, '12')).toMatchObject({ methodBreak: true, ...noPrevious, rank: 2, rankOf: 2 });
  });

  it('classifies 2025 by band, best first, and counts every band', () => {
    const categories = categoriesOf(OPINION);
    expect(categories.map((c) => [c.label, c.tone])).toEqual([
      ['Kualitas Tertinggi', 'q1'],
      ['Kualitas Tinggi', 'q2'],
      ['Kualitas Sedang', 'q3'],
      ['Kualitas Rendah', 'q4'],
      ['Kualitas Terendah', 'q5'],
    ]);
    expect(countCategories(results.get(2025)!, categories)).toEqual({ counts: [1, 1, 2, 1, 0], total: 5 });
    expect(categoriesOf(GRADES).map((c) => c.label)).toEqual(['Zona Hijau', 'Zona Kuning', 'Zona Merah']);
  });

  it('lists no mover and no zone or band move across the change of method', () => {
    const rowOf = (y: number, c: string) => results.get(y)!.find((r) => r.code === c);
    const c2025 = roundChanges(results.get(2025)!, rowOf, categoriesOf(OPINION));
    expect([c2025.up, c2025.down, c2025.zoneUp, c2025.zoneDown]).toEqual([[], [], [], []]);
    // Within the new method a band move is listed: Sabang, Kualitas Tinggi (84,43) → Tinggi (80): none; Aceh stays Tertinggi.
    const c2026 = roundChanges(results.get(2026)!, rowOf, categoriesOf(OPINION));
    expect(c2026.up.map((r) => r.code)).toEqual(['11']);
    expect(c2026.down.map((r) => r.code)).toEqual(['11.72']);
    expect(c2026.zoneUp).toEqual([]);
  });

  it('says each round in one sentence, by zone or by band, with its predicate', () => {
    expect(headlineOf(ROUNDS[3]!, results.get(2025)!, categoriesOf(OPINION))).toBe(
      'Pada 2025, 1 dari 5 instansi yang dinilai (sampel) mendapat Kualitas Tertinggi (20%) dan 0 Kualitas Terendah; 2 dengan predikat Tanpa Maladministrasi.',
    );
    // 2024: Aceh 83 (B), Banda 92 (A) and the ministry 86 (B) are green; nobody is red.
    expect(headlineOf(ROUNDS[2]!, results.get(2024)!, categoriesOf(GRADES))).toBe(
      'Pada 2024, 3 dari 7 instansi yang dinilai berada di Zona Hijau (43%) dan 0 di Zona Merah.',
    );
  });

  it('draws the trend of the latest method only, and says why', () => {
    const history = [2025, 2024, 2023, 2022].map((y) => ({ ...row(y, '11'), year: y }));
    const t = trend(history, 100, 50, 0);
    expect(t.points).toBe(''); // one round of the new method: no line across the change
    expect(trendText(history[0])).toBe('metode baru sejak 2025, tidak sebanding dengan sebelumnya');
    expect(trendText({ ...row(2026, '11'), year: 2026 })).toBe('naik 1,51 poin sejak 2025');
  });
});

describe('properties across methods (fast-check)', () => {
  const kinds: Kind[] = ['provinsi', 'kabupaten', 'kota'];
  const registry: Region[] = Array.from({ length: 12 }, (_, i) => region(`R${i}`, `R${i}`, kinds[i % 3]!, i % 3 === 0 ? null : 'R0'));
  registry[0] = region('R0', 'R0', 'provinsi');
  /** Up to six rounds, each of one of three methods, each assessing a random subset with random scores (ties likely). */
  const dataset = fc
    .array(
      fc.record({
        method: fc.constantFrom('a', 'b', 'c'),
        scores: fc.array(
          fc.option(
            fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
            { nil: undefined },
          ),
          { minLength: registry.length, maxLength: registry.length },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((rounds) => ({
      regions: registry,
      rounds: rounds.map((r, i) => ({ ...defaultRound(2015 + i), method: r.method })),
      scores: new Map(
        rounds.map((r, i) => [
          2015 + i,
          r.scores.flatMap((s, j) => (s === undefined ? [] : [{ code: registry[j]!.code, score: s, predicate: null, dimensions: {} }])),
        ]),
      ),
    }));

  it("never compares results of different methods; previousRankOf is the previous result's rankOf; rank ≤ rankOf", () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const all = computeResults(d);
        const method = new Map(d.rounds.map((r) => [r.year, r.method]));
        for (const [year, list] of all) {
          for (const r of list) {
            expect(r.rank).toBeGreaterThanOrEqual(1);
            expect(r.rank).toBeLessThanOrEqual(r.rankOf);
            const earlier = [...all].filter(([y, l]) => y < year && l.some((x) => x.code === r.code)).map(([y]) => y);
            const sameMethod = earlier.filter((y) => method.get(y) === method.get(year));
            if (r.previousYear === null) {
              expect([r.previousScore, r.scoreChange, r.previousRank, r.previousRankOf, r.rankChange]).toEqual([null, null, null, null, null]);
              expect(sameMethod).toEqual([]);
              expect(r.methodBreak).toBe(earlier.length > 0);
            } else {
              // The change fields only ever point at a round of the same method: the latest one with a result.
              expect(method.get(r.previousYear)).toBe(method.get(year));
              expect(r.previousYear).toBe(Math.max(...sameMethod));
              expect(r.methodBreak).toBe(false);
              const previous = all.get(r.previousYear)!.find((x) => x.code === r.code)!;
              expect(r.previousRankOf).toBe(previous.rankOf);
              expect(r.previousRank).toBe(previous.rank);
              expect(r.rankChange).toBe(previous.rank - r.rank);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
