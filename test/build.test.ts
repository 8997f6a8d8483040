/**
 * The whole pipeline on test/fixtures/site-small: 2 provinces, 4 kabupaten, 3 kota (one never
 * assessed) and a ministry; rounds 2019, 2021 and 2022 (no 2020); 2019 exported by a spreadsheet
 * set to Indonesian (BOM, CRLF, `;`, decimal comma); a tie in 2021; Kota Banjarmasin skips 2021;
 * Kabupaten Bogor has the former slug `kab-bogor` and a profile; 2022 uses grades A–E.
 */
import { cpSync, appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';
import { hashTree } from './helpers/tree.ts';
import { assembleBadCase, expectedProblems } from './helpers/bad-cases.ts';
import { PROJECT } from './staff/temp-site.ts';
import type { PublishedResult } from '../src/view/downloads.ts';
import { YOUNG_GENERATION_MB } from '../src/render/helper-threads.ts';
import type { Result } from '../src/domain/types.ts';

const SMALL = fixturePath('site-small');
let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture(SMALL);
});
afterAll(() => site?.cleanup());

/** Hrefs in order of appearance, optionally only within the section with the given id. */
function regionLinks(html: string, sectionId?: string): string[] {
  let part = html;
  if (sectionId) {
    const start = html.indexOf(`id="${sectionId}"`);
    part = html.slice(start, html.indexOf('</section>', start));
  }
  return [...part.matchAll(/href="\/wilayah\/([^"/]+)\/"/g)].map((m) => m[1]!);
}

describe('site-small build', () => {
  it('succeeds without problems', () => {
    expect(site.ok).toBe(true);
    expect(site.log).toEqual([]);
  });

  it('writes the pages of the contract', () => {
    for (const path of [
      'index.html',
      '404.html',
      'sitemap.xml',
      'feed.xml',
      'peringkat/2019/index.html',
      'peringkat/2021/index.html',
      'peringkat/2022/index.html',
    ]) {
      expect(site.has(path), path).toBe(true);
    }
    expect(site.has('peringkat/2020/index.html')).toBe(false);
  });

  it('index.html shows the latest round', () => {
    const html = site.read('index.html');
    expect(html).toContain('Kepatuhan Standar Pelayanan Publik 2022');
    expect(html).toContain('href="/peringkat/2022/"');
    // Kota Bogor, 91,25, is the best kota of 2022.
    expect(html).toContain('91,25');
  });

  it('peringkat/YYYY/<jenis>/ lists every kind in rank, then name, order with Indonesian numbers; the round page links each', () => {
    const html = site.read('peringkat/2021/kabupaten/index.html');
    // Tie at 78,50: Banjar before Bogor, both rank 2.
    expect(regionLinks(html)).toEqual(['kabupaten-bandung', 'kabupaten-banjar', 'kabupaten-bogor']);
    expect(html).toContain('78,50');
    expect(regionLinks(site.read('peringkat/2021/kota/index.html'))).toEqual(['kota-bogor', 'kota-banjar']);
    expect(site.read('peringkat/2021/index.html')).not.toContain('kota-banjarmasin'); // not assessed in 2021
    expect(site.has('peringkat/2021/kementerian/index.html')).toBe(true);
    expect(site.read('peringkat/2021/index.html')).toContain('href="/peringkat/2021/kabupaten/"');
    expect(site.read('peringkat/2019/index.html')).toContain('Narasi putaran 2019: sembilan instansi dinilai.');
    expect(site.read('peringkat/2022/index.html')).toContain('Kualitas Tertinggi');
    expect(regionLinks(site.read('peringkat/2022/kota/index.html'))).toEqual(['kota-bogor', 'kota-banjarmasin', 'kota-banjar']);
  });

  it('gives every region with a score or narrative its own page, Bogor and Banjar twice each', () => {
    const pages = site
      .files()
      .filter((f) => /^wilayah\/[^/]+\/index\.html$/.test(f))
      .map((f) => f.split('/')[1]);
    expect(pages).toEqual(
      expect.arrayContaining([
        'provinsi-jawa-barat',
        'provinsi-kalimantan-selatan',
        'kabupaten-bogor',
        'kabupaten-bandung',
        'kabupaten-banjar',
        'kota-bogor',
        'kota-banjar',
        'kota-banjarmasin',
        'kementerian-agama',
        'kab-bogor',
      ]),
    );
    // Kota Banjarbaru has neither: no page, no code redirect.
    expect(site.has('wilayah/kota-banjarbaru/index.html')).toBe(false);
    expect(site.has('kode/63.72/index.html')).toBe(false);

    const kotaBanjar = site.read('wilayah/kota-banjar/index.html');
    const kabBanjar = site.read('wilayah/kabupaten-banjar/index.html');
    expect(kotaBanjar).toContain('<h1>Kota Banjar</h1>');
    expect(kotaBanjar).toContain('Jawa Barat');
    expect(kotaBanjar).not.toContain('Kalimantan Selatan');
    expect(kabBanjar).toContain('<h1>Kabupaten Banjar</h1>');
    expect(kabBanjar).toContain('Kalimantan Selatan');
    expect(kabBanjar).not.toContain('Jawa Barat');
    expect(site.read('wilayah/kabupaten-bogor/index.html')).toContain('<h1>Kabupaten Bogor</h1>');
    expect(site.read('wilayah/kota-bogor/index.html')).toContain('<h1>Kota Bogor</h1>');
  });

  it('shows narratives on the region page', () => {
    expect(site.read('wilayah/kabupaten-bogor/index.html')).toContain('Profil Kabupaten Bogor: berpusat di Cibinong, bukan Kota Bogor.');
    const banjarmasin = site.read('wilayah/kota-banjarmasin/index.html');
    expect(banjarmasin).toContain('Banjarmasin kembali dinilai');
    expect(banjarmasin).toContain('Kota Banjarmasin tidak dinilai pada 2021 dan kembali dinilai pada 2022.');
    // Compared with 2019, the latest earlier round it has a score in.
    expect(banjarmasin).toContain('sejak 2019');
  });

  it('redirects a former slug and a code to the region page (meta refresh and canonical)', () => {
    for (const path of ['wilayah/kab-bogor/index.html', 'kode/32.01/index.html']) {
      const html = site.read(path);
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/wilayah/kabupaten-bogor/">');
      expect(html).toContain('<link rel="canonical" href="https://uji.example.id/wilayah/kabupaten-bogor/">');
    }
    expect(site.read('kode/32.79/index.html')).toContain('url=/wilayah/kota-banjar/');
    expect(site.read('kode/63.03/index.html')).toContain('url=/wilayah/kabupaten-banjar/');
    expect(site.read('kode/KEM-01/index.html')).toContain('url=/wilayah/kementerian-agama/');
    // "Kementerian Agama" is not prefixed with its kind twice; the doubled slug, published before, redirects.
    expect(site.read('wilayah/kementerian-kementerian-agama/index.html')).toContain('url=/wilayah/kementerian-agama/');
    expect(site.read('wilayah/kementerian-kementerian-agama/2022/index.html')).toContain('url=/wilayah/kementerian-agama/2022/');
  });

  it('404.html says the page was not found and links home', () => {
    const html = site.read('404.html');
    expect(html).toContain('Halaman tidak ditemukan');
    expect(html).toContain('href="/"');
  });

  it('sitemap.xml lists the pages, absolute, and no redirects', () => {
    const xml = site.read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      expect.arrayContaining([
        'https://uji.example.id/',
        'https://uji.example.id/peringkat/2019/',
        'https://uji.example.id/peringkat/2021/',
        'https://uji.example.id/peringkat/2022/',
        'https://uji.example.id/wilayah/kabupaten-bogor/',
        'https://uji.example.id/wilayah/kota-bogor/',
        'https://uji.example.id/wilayah/kabupaten-banjar/',
        'https://uji.example.id/wilayah/kota-banjar/',
        'https://uji.example.id/wilayah/kota-banjarmasin/',
        'https://uji.example.id/tentang/',
      ]),
    );
    expect(xml).not.toContain('/kode/');
    expect(xml).not.toContain('kab-bogor');
  });

  it('feed.xml has one entry per round, newest first, dated by publication', () => {
    const xml = site.read('feed.xml');
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"\/>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      ['https://uji.example.id/peringkat/2022/', '2022-12-13T00:00:00Z'],
      ['https://uji.example.id/peringkat/2021/', '2021-12-31T00:00:00Z'],
      ['https://uji.example.id/peringkat/2019/', '2019-12-10T00:00:00Z'],
    ]);
  });
});

// ---- data/YYYY.json, worked out by hand from the fixture's CSV files ----

type Row = Omit<Result, 'code' | 'name' | 'kind' | 'province' | 'slug' | 'dimensions'> & { dimensions?: Record<string, number> };
const REGION = {
  '32': { name: 'Jawa Barat', kind: 'provinsi', province: null, slug: 'provinsi-jawa-barat' },
  '63': { name: 'Kalimantan Selatan', kind: 'provinsi', province: null, slug: 'provinsi-kalimantan-selatan' },
  '32.01': { name: 'Bogor', kind: 'kabupaten', province: '32', slug: 'kabupaten-bogor' },
  '32.04': { name: 'Bandung', kind: 'kabupaten', province: '32', slug: 'kabupaten-bandung' },
  '63.03': { name: 'Banjar', kind: 'kabupaten', province: '63', slug: 'kabupaten-banjar' },
  '32.71': { name: 'Bogor', kind: 'kota', province: '32', slug: 'kota-bogor' },
  '32.79': { name: 'Banjar', kind: 'kota', province: '32', slug: 'kota-banjar' },
  '63.71': { name: 'Banjarmasin', kind: 'kota', province: '63', slug: 'kota-banjarmasin' },
  'KEM-01': { name: 'Kementerian Agama', kind: 'kementerian', province: null, slug: 'kementerian-agama' },
} as const;
type Given = Omit<Row, 'predicate' | 'opinion' | 'methodBreak' | 'previousRankOf'>;
/** rankOf per kind of the fixture's rounds, counted by hand: each result's previousRankOf. */
const RANK_OF: Record<number, Record<string, number>> = {
  2019: { provinsi: 2, kabupaten: 3, kota: 3, kementerian: 1 },
  2021: { provinsi: 2, kabupaten: 3, kota: 2, kementerian: 1 },
};
const result = (code: keyof typeof REGION, row: Given): PublishedResult =>
  ({
    code,
    ...REGION[code],
    ...row,
    // One method, no predicates: the opinion is the band, nothing breaks.
    predicate: null,
    opinion: row.band,
    methodBreak: false,
    provinceName: REGION[code].province === '32' ? 'Jawa Barat' : REGION[code].province === '63' ? 'Kalimantan Selatan' : null,
    previousRankOf: row.previousYear === null ? null : RANK_OF[row.previousYear]![REGION[code].kind]!,
    dimensions: row.dimensions ?? {},
  }) as PublishedResult;
const noProvinceRank = { provinceRank: null, provinceRankOf: null };
const TINGGI = { zone: 'hijau', band: 'Kepatuhan Tinggi', grade: null } as const;
const SEDANG = { zone: 'kuning', band: 'Kepatuhan Sedang', grade: null } as const;
const RENDAH = { zone: 'merah', band: 'Kepatuhan Rendah', grade: null } as const;
const A = { zone: 'hijau', band: 'Kualitas Tertinggi', grade: 'A' } as const;
const B = { zone: 'hijau', band: 'Kualitas Tinggi', grade: 'B' } as const;
const C = { zone: 'kuning', band: 'Kualitas Sedang', grade: 'C' } as const;
const E = { zone: 'merah', band: 'Kualitas Terendah', grade: 'E' } as const;
const first = { previousYear: null, previousScore: null, scoreChange: null, previousRank: null, rankChange: null };

const EXPECTED_2019 = {
  year: 2019,
  title: 'Penilaian Kepatuhan 2019 (uji)',
  published: '2019-12-10',
  source: 'https://ombudsman.go.id/',
  method: 'kepatuhan',
  sample: false,
  predicates: [],
  bands: [
    { min: 81, zone: 'hijau', label: 'Kepatuhan Tinggi', grade: null },
    { min: 51, zone: 'kuning', label: 'Kepatuhan Sedang', grade: null },
    { min: 0, zone: 'merah', label: 'Kepatuhan Rendah', grade: null },
  ],
  dimensions: [],
  results: [
    result('32', { score: 85.5, ...TINGGI, rank: 1, rankOf: 2, ...noProvinceRank, ...first }),
    result('63', { score: 70.25, ...SEDANG, rank: 2, rankOf: 2, ...noProvinceRank, ...first }),
    // 81,00 is the lowest score of the green band; 50,99 the highest of the red.
    result('32.01', { score: 81, ...TINGGI, rank: 1, rankOf: 3, provinceRank: 2, provinceRankOf: 4, ...first }),
    result('32.04', { score: 75, ...SEDANG, rank: 2, rankOf: 3, provinceRank: 3, provinceRankOf: 4, ...first }),
    result('63.03', { score: 50.99, ...RENDAH, rank: 3, rankOf: 3, provinceRank: 2, provinceRankOf: 2, ...first }),
    result('32.71', { score: 90.1, ...TINGGI, rank: 1, rankOf: 3, provinceRank: 1, provinceRankOf: 4, ...first }),
    // 80,99: just below green.
    result('63.71', { score: 80.99, ...SEDANG, rank: 2, rankOf: 3, provinceRank: 1, provinceRankOf: 2, ...first }),
    result('32.79', { score: 60, ...SEDANG, rank: 3, rankOf: 3, provinceRank: 4, provinceRankOf: 4, ...first }),
    result('KEM-01', { score: 77.77, ...SEDANG, rank: 1, rankOf: 1, ...noProvinceRank, ...first }),
  ],
};

const EXPECTED_2021 = {
  year: 2021,
  // No settings file: the default title and bands, no date.
  title: 'Penilaian Kepatuhan Standar Pelayanan Publik 2021',
  published: null,
  source: null,
  method: 'kepatuhan',
  sample: false,
  predicates: [],
  bands: [
    { min: 81, zone: 'hijau', label: 'Kepatuhan Tinggi', grade: null },
    { min: 51, zone: 'kuning', label: 'Kepatuhan Sedang', grade: null },
    { min: 0, zone: 'merah', label: 'Kepatuhan Rendah', grade: null },
  ],
  dimensions: [],
  results: [
    result('32', {
      score: 84,
      ...TINGGI,
      rank: 1,
      rankOf: 2,
      ...noProvinceRank,
      previousYear: 2019,
      previousScore: 85.5,
      scoreChange: -1.5,
      previousRank: 1,
      rankChange: 0,
    }),
    result('63', {
      score: 72.1,
      ...SEDANG,
      rank: 2,
      rankOf: 2,
      ...noProvinceRank,
      previousYear: 2019,
      previousScore: 70.25,
      scoreChange: 1.85,
      previousRank: 2,
      rankChange: 0,
    }),
    result('32.04', {
      score: 82,
      ...TINGGI,
      rank: 1,
      rankOf: 3,
      provinceRank: 2,
      provinceRankOf: 4,
      previousYear: 2019,
      previousScore: 75,
      scoreChange: 7,
      previousRank: 2,
      rankChange: 1,
    }),
    // The tie: 78,50 twice, rank 2 each (1, 2, 2), Banjar before Bogor.
    result('63.03', {
      score: 78.5,
      ...SEDANG,
      rank: 2,
      rankOf: 3,
      provinceRank: 1,
      provinceRankOf: 1,
      previousYear: 2019,
      previousScore: 50.99,
      scoreChange: 27.51,
      previousRank: 3,
      rankChange: 1,
    }),
    result('32.01', {
      score: 78.5,
      ...SEDANG,
      rank: 2,
      rankOf: 3,
      provinceRank: 3,
      provinceRankOf: 4,
      previousYear: 2019,
      previousScore: 81,
      scoreChange: -2.5,
      previousRank: 1,
      rankChange: -1,
    }),
    result('32.71', {
      score: 88.88,
      ...TINGGI,
      rank: 1,
      rankOf: 2,
      provinceRank: 1,
      provinceRankOf: 4,
      previousYear: 2019,
      previousScore: 90.1,
      scoreChange: -1.22,
      previousRank: 1,
      rankChange: 0,
    }),
    result('32.79', {
      score: 61.5,
      ...SEDANG,
      rank: 2,
      rankOf: 2,
      provinceRank: 4,
      provinceRankOf: 4,
      previousYear: 2019,
      previousScore: 60,
      scoreChange: 1.5,
      previousRank: 3,
      rankChange: 1,
    }),
    result('KEM-01', {
      score: 80,
      ...SEDANG,
      rank: 1,
      rankOf: 1,
      ...noProvinceRank,
      previousYear: 2019,
      previousScore: 77.77,
      scoreChange: 2.23,
      previousRank: 1,
      rankChange: 0,
    }),
  ],
};

const EXPECTED_2022 = {
  year: 2022,
  title: 'Penilaian Kepatuhan 2022 (uji)',
  published: '2022-12-13',
  source: null,
  method: 'kepatuhan',
  sample: false,
  predicates: [],
  bands: [
    { min: 88, zone: 'hijau', label: 'Kualitas Tertinggi', grade: 'A' },
    { min: 78, zone: 'hijau', label: 'Kualitas Tinggi', grade: 'B' },
    { min: 54, zone: 'kuning', label: 'Kualitas Sedang', grade: 'C' },
    { min: 32, zone: 'merah', label: 'Kualitas Rendah', grade: 'D' },
    { min: 0, zone: 'merah', label: 'Kualitas Terendah', grade: 'E' },
  ],
  dimensions: [{ key: 'input', label: 'Input' }],
  results: [
    // 88,00 is A; 87,99 is B.
    result('32', {
      score: 88,
      ...A,
      rank: 1,
      rankOf: 2,
      ...noProvinceRank,
      previousYear: 2021,
      previousScore: 84,
      scoreChange: 4,
      previousRank: 1,
      rankChange: 0,
      dimensions: { input: 90 },
    }),
    result('63', {
      score: 87.99,
      ...B,
      rank: 2,
      rankOf: 2,
      ...noProvinceRank,
      previousYear: 2021,
      previousScore: 72.1,
      scoreChange: 15.89,
      previousRank: 2,
      rankChange: 0,
      dimensions: { input: 85.5 },
    }),
    // 78,00 is B; 77,99 is C. Bandung's input is empty: unknown, left out.
    result('32.04', {
      score: 78,
      ...B,
      rank: 1,
      rankOf: 3,
      provinceRank: 2,
      provinceRankOf: 4,
      previousYear: 2021,
      previousScore: 82,
      scoreChange: -4,
      previousRank: 1,
      rankChange: 0,
    }),
    result('32.01', {
      score: 77.99,
      ...C,
      rank: 2,
      rankOf: 3,
      provinceRank: 3,
      provinceRankOf: 4,
      previousYear: 2021,
      previousScore: 78.5,
      scoreChange: -0.51,
      previousRank: 2,
      rankChange: 0,
      dimensions: { input: 70 },
    }),
    result('63.03', {
      score: 31.99,
      ...E,
      rank: 3,
      rankOf: 3,
      provinceRank: 2,
      provinceRankOf: 2,
      previousYear: 2021,
      previousScore: 78.5,
      scoreChange: -46.51,
      previousRank: 2,
      rankChange: -1,
      dimensions: { input: 30 },
    }),
    result('32.71', {
      score: 91.25,
      ...A,
      rank: 1,
      rankOf: 3,
      provinceRank: 1,
      provinceRankOf: 4,
      previousYear: 2021,
      previousScore: 88.88,
      scoreChange: 2.37,
      previousRank: 1,
      rankChange: 0,
      dimensions: { input: 95 },
    }),
    // Skipped 2021: compared with 2019.
    result('63.71', {
      score: 79.5,
      ...B,
      rank: 2,
      rankOf: 3,
      provinceRank: 1,
      provinceRankOf: 2,
      previousYear: 2019,
      previousScore: 80.99,
      scoreChange: -1.49,
      previousRank: 2,
      rankChange: 0,
      dimensions: { input: 80 },
    }),
    result('32.79', {
      score: 54,
      ...C,
      rank: 3,
      rankOf: 3,
      provinceRank: 4,
      provinceRankOf: 4,
      previousYear: 2021,
      previousScore: 61.5,
      scoreChange: -7.5,
      previousRank: 2,
      rankChange: -1,
      dimensions: { input: 50.5 },
    }),
    result('KEM-01', {
      score: 65.4,
      ...C,
      rank: 1,
      rankOf: 1,
      ...noProvinceRank,
      previousYear: 2021,
      previousScore: 80,
      scoreChange: -14.6,
      previousRank: 1,
      rankChange: 0,
      dimensions: { input: 60 },
    }),
  ],
};

describe('downloads', () => {
  it.each([
    [2019, EXPECTED_2019],
    [2021, EXPECTED_2021],
    [2022, EXPECTED_2022],
  ])('data/%i.json equals the hand-worked results', (year, expected) => {
    expect(JSON.parse(site.read(`data/${year}.json`))).toEqual(expected);
  });

  it('data/2022.csv is the same results, the JSON fields as columns', () => {
    expect(site.read('data/2022.csv')).toBe(
      [
        'code,name,kind,province,slug,score,zone,band,grade,rank,rankOf,provinceRank,provinceRankOf,previousYear,previousScore,scoreChange,previousRank,rankChange,predicate,opinion,methodBreak,previousRankOf,provinceName,dimensions.input',
        '32,Jawa Barat,provinsi,,provinsi-jawa-barat,88,hijau,Kualitas Tertinggi,A,1,2,,,2021,84,4,1,0,,Kualitas Tertinggi,false,2,,90',
        '63,Kalimantan Selatan,provinsi,,provinsi-kalimantan-selatan,87.99,hijau,Kualitas Tinggi,B,2,2,,,2021,72.1,15.89,2,0,,Kualitas Tinggi,false,2,,85.5',
        '32.04,Bandung,kabupaten,32,kabupaten-bandung,78,hijau,Kualitas Tinggi,B,1,3,2,4,2021,82,-4,1,0,,Kualitas Tinggi,false,3,Jawa Barat,',
        '32.01,Bogor,kabupaten,32,kabupaten-bogor,77.99,kuning,Kualitas Sedang,C,2,3,3,4,2021,78.5,-0.51,2,0,,Kualitas Sedang,false,3,Jawa Barat,70',
        '63.03,Banjar,kabupaten,63,kabupaten-banjar,31.99,merah,Kualitas Terendah,E,3,3,2,2,2021,78.5,-46.51,2,-1,,Kualitas Terendah,false,3,Kalimantan Selatan,30',
        '32.71,Bogor,kota,32,kota-bogor,91.25,hijau,Kualitas Tertinggi,A,1,3,1,4,2021,88.88,2.37,1,0,,Kualitas Tertinggi,false,2,Jawa Barat,95',
        '63.71,Banjarmasin,kota,63,kota-banjarmasin,79.5,hijau,Kualitas Tinggi,B,2,3,1,2,2019,80.99,-1.49,2,0,,Kualitas Tinggi,false,3,Kalimantan Selatan,80',
        '32.79,Banjar,kota,32,kota-banjar,54,kuning,Kualitas Sedang,C,3,3,4,4,2021,61.5,-7.5,2,-1,,Kualitas Sedang,false,2,Jawa Barat,50.5',
        'KEM-01,Kementerian Agama,kementerian,,kementerian-agama,65.4,kuning,Kualitas Sedang,C,1,1,,,2021,80,-14.6,1,0,,Kualitas Sedang,false,1,,60',
        '',
      ].join('\r\n'),
    );
  });

  it('data/datapackage.json describes every CSV: its columns in order, with types, and the data licence', () => {
    const pkg = JSON.parse(site.read('data/datapackage.json')) as {
      licenses: { name: string; path?: string }[];
      resources: { name: string; path: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    expect(pkg.licenses).toEqual([{ name: 'CC BY 4.0', title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/deed.id' }]);
    const csvs = pkg.resources.filter((r) => r.path.endsWith('.csv')); // the spreadsheets and the zip: test/spreadsheets.test.ts
    expect(csvs.map((r) => r.path)).toEqual(['semua.csv', '2019.csv', '2021.csv', '2022.csv']);
    for (const r of csvs) {
      const [header] = parse(site.read(`data/${r.path}`), { to: 1 }) as string[][];
      expect(
        r.schema.fields.map((f) => f.name),
        r.path,
      ).toEqual(header);
    }
    const types = Object.fromEntries(pkg.resources[0]!.schema.fields.map((f) => [f.name, f.type]));
    expect(types).toMatchObject({
      year: 'integer',
      code: 'string',
      score: 'number',
      rank: 'integer',
      methodBreak: 'boolean',
      provinceName: 'string',
      'dimensions.input': 'number',
    });
    expect(site.read('data/index.html')).toContain('href="https://creativecommons.org/licenses/by/4.0/deed.id">CC BY 4.0</a>');
  });

  it('every data/YYYY.csv has the JSON fields as columns and the same values', () => {
    for (const year of [2019, 2021, 2022]) {
      const json = JSON.parse(site.read(`data/${year}.json`)) as { results: Record<string, unknown>[] };
      const rows = parse(site.read(`data/${year}.csv`), { columns: true }) as Record<string, string>[];
      const dims = year === 2022 ? ['dimensions.input'] : [];
      expect(Object.keys(rows[0]!)).toEqual([...Object.keys(json.results[0]!).filter((k) => k !== 'dimensions'), ...dims]);
      json.results.forEach((r, i) => {
        for (const [key, value] of Object.entries(r)) {
          if (key === 'dimensions') continue;
          expect(rows[i]![key], `${year} row ${i} ${key}`).toBe(value === null ? '' : String(value));
        }
      });
    }
  });
});

describe('atomic and deterministic builds', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepatuhan-build-'));
    temps.push(dir);
    return dir;
  };

  it('builds byte-identical output from the same input', async () => {
    const again = await buildFixture(SMALL);
    try {
      expect(again.ok).toBe(true);
      expect(hashTree(again.output)).toEqual(hashTree(site.output));
    } finally {
      again.cleanup();
    }
  });

  it('`npm run build` (compiled by scripts/compiled.mjs, helper threads included) writes the same bytes as the build run from the sources', () => {
    const output = join(tempDir(), 'site');
    const [node, ...args] = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build.split(' ');
    expect(node).toBe('node');
    const run = spawnSync(process.execPath, [...args, output], { cwd: PROJECT, env: { ...process.env, SITE_DATA: SMALL }, encoding: 'utf8' });
    expect(run.stderr).toMatch(/Situs dibangun di/);
    expect(run.stdout).toBe(''); // staff read one line, the build's own (no "[11ty] Wrote 45 files…")
    expect(run.status).toBe(0);
    expect(hashTree(output)).toEqual(hashTree(site.output));
    // Helper threads get the young generation the script gives the main thread (three semi-spaces).
    expect(args).toContain(`--max-semi-space-size=${YOUNG_GENERATION_MB / 3}`);
  });

  it('a build with invalid input reports every problem and leaves the existing site byte for byte, with no temporary folder', async () => {
    const parent = tempDir();
    const output = join(parent, 'site');
    cpSync(site.output, output, { recursive: true });
    const before = hashTree(output);

    const root = join(tempDir(), 'root');
    cpSync(SMALL, root, { recursive: true });
    appendFileSync(join(root, 'data/scores/2021.csv'), '99.99,Atlantis,70\n63.71,Banjarmasin,1.000\n');
    const failed = await buildFixture(root, { output });

    expect(failed.ok).toBe(false);
    expect(failed.log.slice(0, 2)).toEqual([
      'data/scores/2021.csv:10: kode "99.99" tidak ada di data/regions.csv; diharapkan kode dari registri',
      'data/scores/2021.csv:11: kolom score: "1.000" memiliki 3 angka desimal; diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85 (pemisah ribuan tidak diizinkan)',
    ]);
    expect(hashTree(output)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('a build that fails while rendering leaves the existing site byte for byte, with no temporary folder', async () => {
    const parent = tempDir();
    const output = join(parent, 'site');
    cpSync(site.output, output, { recursive: true });
    const before = hashTree(output);

    // Eleventy writes part of the new site, then fails.
    vi.resetModules();
    vi.doMock('@11ty/eleventy', async () => {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      return {
        default: class {
          readonly logger = { overrideLogger() {} };
          readonly out: string;
          constructor(_input: string, out: string) {
            this.out = out;
          }
          async write() {
            mkdirSync(join(this.out, 'wilayah'), { recursive: true });
            writeFileSync(join(this.out, 'index.html'), 'setengah jadi');
            throw new Error('template rusak');
          }
        },
      };
    });
    try {
      const { buildSite } = await import('../src/build.ts');
      const log: string[] = [];
      const ok = await buildSite({ root: SMALL, output, log: (l) => log.push(l) });
      expect(ok).toBe(false);
      expect(log).toEqual(['Build gagal: template rusak', 'Situs yang sudah ada tidak diubah.']);
    } finally {
      vi.doUnmock('@11ty/eleventy');
      vi.resetModules();
    }
    expect(hashTree(output)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('warnings do not stop the build; they are printed', async () => {
    const root = assembleBadCase('warnings-only');
    temps.push(root);
    const built = await buildFixture(root);
    try {
      expect(built.ok).toBe(true);
      expect(built.log).toEqual([...expectedProblems('warnings-only'), '5 peringatan (tidak menghentikan build).']);
      // The name in the score file is for its reader: the registry's name is published.
      expect(JSON.parse(built.read('data/2021.json')).results.find((r: Result) => r.code === '63').name).toBe('Kalimantan Selatan');
    } finally {
      built.cleanup();
    }
  });

  it('a successful build replaces the old site completely and leaves no temporary folder (the old one removed in the background)', async () => {
    const parent = tempDir();
    const output = join(parent, 'site');
    cpSync(site.output, output, { recursive: true });
    appendFileSync(join(output, 'usang.html'), 'halaman lama');
    const rebuilt = await buildFixture(SMALL, { output });
    expect(rebuilt.ok).toBe(true);
    expect(existsSync(join(output, 'usang.html'))).toBe(false);
    expect(hashTree(output)).toEqual(hashTree(site.output));
    // The old site is removed by a process of its own, which the build does not wait for.
    await expect.poll(() => readdirSync(parent), { timeout: 20_000, interval: 100 }).toEqual(['site']);
  });
});
