/**
 * Generates the illustrative sample data set shipped with the repo: the registry
 * (data/regions.csv), one scores file per round (data/scores/YYYY.csv) and the content
 * that goes with them (content/). Run: `npx tsx scripts/make-sample-data.ts`.
 *
 * Region names and codes come from idn-area-data 4.0.1 (ODbL); every score is invented.
 * The output is deterministic: all randomness comes from a seeded PRNG, one stream per
 * purpose and region, so rerunning gives byte-identical files and changing one part of the
 * recipe does not reshuffle the rest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultSlug as slugFor, slugify } from '../src/domain/slug.ts';
import {
  bandLines,
  clamp,
  csv,
  DIMENSIONS,
  dimensionLines,
  FIVE_BANDS,
  frontMatter,
  hash,
  mulberry32,
  normal,
  OPINION_BANDS,
  readAreaCsv,
  ROOT,
  THREE_BANDS,
} from './data-kit.ts';

const SEED = 20151210;

type Kind = 'provinsi' | 'kabupaten' | 'kota' | 'kementerian' | 'lembaga';
const KINDS: Kind[] = ['provinsi', 'kabupaten', 'kota', 'kementerian', 'lembaga'];

interface Region {
  code: string;
  name: string;
  kind: Kind;
  province: string | null;
  /** Only set when the default slug would collide with another region's. */
  explicitSlug: string | null;
  formerSlugs: string[];
}

// ---------------------------------------------------------------- randomness

/** One stream per purpose and region: changing one part of the recipe does not reshuffle the rest. */
const stream = (label: string) => mulberry32(hash(`${SEED}:${label}`));

// ---------------------------------------------------------------- slugs

const defaultSlug = (r: Region) => slugFor(r.kind, r.name);
const slugOf = (r: Region) => r.explicitSlug ?? defaultSlug(r);

// ---------------------------------------------------------------- registry

const MINISTRIES: [string, Kind, string][] = [
  ['KEM-01', 'kementerian', 'Kementerian Agama'],
  ['KEM-02', 'kementerian', 'Kementerian Kesehatan'],
  ['KEM-03', 'kementerian', 'Kementerian Perhubungan'],
  ['KEM-04', 'kementerian', 'Kementerian Ketenagakerjaan'],
  ['KEM-05', 'kementerian', 'Kementerian Sosial'],
  ['KEM-06', 'kementerian', 'Kementerian Perindustrian'],
  // Assessed from 2024 on (the real 2024 round assessed 25 kementerian and 14 lembaga, 2025 a sample of 38 and 8).
  ['KEM-07', 'kementerian', 'Kementerian Dalam Negeri'],
  ['KEM-08', 'kementerian', 'Kementerian Luar Negeri'],
  ['KEM-09', 'kementerian', 'Kementerian Pertahanan'],
  ['KEM-10', 'kementerian', 'Kementerian Hukum'],
  ['KEM-11', 'kementerian', 'Kementerian Hak Asasi Manusia'],
  ['KEM-12', 'kementerian', 'Kementerian Imigrasi dan Pemasyarakatan'],
  ['KEM-13', 'kementerian', 'Kementerian Keuangan'],
  ['KEM-14', 'kementerian', 'Kementerian Pendidikan Dasar dan Menengah'],
  ['KEM-15', 'kementerian', 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi'],
  ['KEM-16', 'kementerian', 'Kementerian Kebudayaan'],
  ['KEM-17', 'kementerian', 'Kementerian Perdagangan'],
  ['KEM-18', 'kementerian', 'Kementerian Energi dan Sumber Daya Mineral'],
  ['KEM-19', 'kementerian', 'Kementerian Pekerjaan Umum'],
  ['KEM-20', 'kementerian', 'Kementerian Perumahan dan Kawasan Permukiman'],
  ['KEM-21', 'kementerian', 'Kementerian Desa dan Pembangunan Daerah Tertinggal'],
  ['KEM-22', 'kementerian', 'Kementerian Transmigrasi'],
  ['KEM-23', 'kementerian', 'Kementerian Komunikasi dan Digital'],
  ['KEM-24', 'kementerian', 'Kementerian Pertanian'],
  ['KEM-25', 'kementerian', 'Kementerian Kehutanan'],
  ['KEM-26', 'kementerian', 'Kementerian Kelautan dan Perikanan'],
  ['KEM-27', 'kementerian', 'Kementerian Agraria dan Tata Ruang'],
  ['KEM-28', 'kementerian', 'Kementerian Perencanaan Pembangunan Nasional'],
  ['KEM-29', 'kementerian', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'],
  ['KEM-30', 'kementerian', 'Kementerian Badan Usaha Milik Negara'],
  ['KEM-31', 'kementerian', 'Kementerian Koperasi'],
  ['KEM-32', 'kementerian', 'Kementerian Usaha Mikro, Kecil, dan Menengah'],
  ['KEM-33', 'kementerian', 'Kementerian Pariwisata'],
  ['KEM-34', 'kementerian', 'Kementerian Ekonomi Kreatif'],
  ['KEM-35', 'kementerian', 'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak'],
  ['KEM-36', 'kementerian', 'Kementerian Pemuda dan Olahraga'],
  ['KEM-37', 'kementerian', 'Kementerian Lingkungan Hidup'],
  ['KEM-38', 'kementerian', 'Kementerian Investasi dan Hilirisasi'],
  ['KEM-39', 'kementerian', 'Kementerian Pelindungan Pekerja Migran Indonesia'],
  ['KEM-40', 'kementerian', 'Kementerian Kependudukan dan Pembangunan Keluarga'],
  ['KEM-41', 'kementerian', 'Kementerian Sekretariat Negara'],
  ['LEM-01', 'lembaga', 'Badan Pertanahan Nasional'],
  ['LEM-02', 'lembaga', 'Badan Pengawas Obat dan Makanan'],
  ['LEM-03', 'lembaga', 'Badan Pusat Statistik'],
  ['LEM-04', 'lembaga', 'Badan Kepegawaian Negara'],
  ['LEM-05', 'lembaga', 'Kepolisian Negara Republik Indonesia'],
  // A name with commas, so the registry exercises CSV quoting.
  ['LEM-06', 'lembaga', 'Badan Meteorologi, Klimatologi, dan Geofisika'],
  ['LEM-07', 'lembaga', 'Badan Penyelenggara Jaminan Sosial Kesehatan'],
  ['LEM-08', 'lembaga', 'Badan Penyelenggara Jaminan Sosial Ketenagakerjaan'],
  ['LEM-09', 'lembaga', 'Badan Nasional Penanggulangan Bencana'],
  ['LEM-10', 'lembaga', 'Badan Narkotika Nasional'],
  ['LEM-11', 'lembaga', 'Badan Karantina Indonesia'],
  ['LEM-12', 'lembaga', 'Badan Pengawas Tenaga Nuklir'],
  ['LEM-13', 'lembaga', 'Badan Informasi Geospasial'],
  ['LEM-14', 'lembaga', 'Lembaga Administrasi Negara'],
  ['LEM-15', 'lembaga', 'Badan Standardisasi Nasional'],
  ['LEM-16', 'lembaga', 'Arsip Nasional Republik Indonesia'],
];
/** The first six of each kind were the only central bodies assessed until 2023. */
const CORE_CENTRAL = new Set(['KEM-01', 'KEM-02', 'KEM-03', 'KEM-04', 'KEM-05', 'KEM-06', 'LEM-01', 'LEM-02', 'LEM-03', 'LEM-04', 'LEM-05', 'LEM-06']);

/**
 * idn-area-data spells the city "Bau Bau"; its official name is "Baubau" (the 2001 law
 * wrote "Bau-Bau"). Using the current spelling gives the sample a renamed region whose
 * old slug must keep working.
 */
const NAME_FIXES: Record<string, string> = { '74.72': 'Baubau' };

/** Renames that exercise redirects: Toba was Toba Samosir until 2020. */
const FORMER_SLUGS: Record<string, string[]> = {
  '74.72': ['kota-bau-bau'],
  '12.12': ['kabupaten-toba-samosir'],
};

function buildRegions(): Region[] {
  const provinces: Region[] = readAreaCsv('provinces.csv').map((p) => ({
    code: p.code!,
    name: p.name!,
    kind: 'provinsi',
    province: null,
    explicitSlug: null,
    formerSlugs: [],
  }));
  const regencies: Region[] = readAreaCsv('regencies.csv').map((r) => {
    const match = /^(Kabupaten|Kota) (.+)$/.exec(r.name!);
    if (!match) throw new Error(`unexpected regency name: ${r.name}`);
    return {
      code: r.code!,
      name: NAME_FIXES[r.code!] ?? match[2]!,
      kind: match[1]!.toLowerCase() as Kind,
      province: r.province_code!,
      explicitSlug: null,
      formerSlugs: [],
    };
  });
  const others: Region[] = MINISTRIES.map(([code, kind, name]) => ({ code, name, kind, province: null, explicitSlug: null, formerSlugs: [] }));
  const regions = [...provinces, ...regencies, ...others];
  for (const r of regions) r.formerSlugs = FORMER_SLUGS[r.code] ?? [];
  disambiguateSlugs(regions, provinces);
  checkRegistry(regions);
  return regions;
}

/** Two regions of one kind with one name would share a URL: give the later one its province's name. */
function disambiguateSlugs(regions: Region[], provinces: Region[]): void {
  const seen = new Set<string>();
  for (const r of regions) {
    if (seen.has(defaultSlug(r))) {
      const province = provinces.find((p) => p.code === r.province);
      r.explicitSlug = `${defaultSlug(r)}-${slugify(province?.name ?? r.code)}`;
      console.log(`disambiguated ${r.code} ${r.kind} ${r.name}: slug ${r.explicitSlug}`);
    }
    seen.add(slugOf(r));
  }
}

/** Fail loudly rather than ship a registry the build would reject. */
function checkRegistry(regions: Region[]): void {
  const codes = new Set(regions.map((r) => r.code));
  if (codes.size !== regions.length) throw new Error('duplicate region codes');
  const claimed = new Set<string>();
  for (const slug of regions.flatMap((r) => [slugOf(r), ...r.formerSlugs])) {
    if (claimed.has(slug)) throw new Error(`slug claimed twice: ${slug}`);
    claimed.add(slug);
  }
  const defaults = new Set(regions.map(defaultSlug));
  for (const slug of regions.flatMap((r) => r.formerSlugs)) {
    if (defaults.has(slug)) throw new Error(`former slug ${slug} is some region's default slug`);
  }
}

// ---------------------------------------------------------------- rounds

const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]; // no round in 2020
const FIVE_GRADES_FROM = 2022;
/** From 2025 the assessment is the "Opini Ombudsman": a sample, categories without zones, a predicate; not comparable with 2024. */
const OPINION_FROM = 2025;
const PUBLISHED: Record<number, string> = {
  2015: '2015-12-08',
  2016: '2016-12-06',
  2017: '2017-12-05',
  2018: '2018-12-11',
  2019: '2019-12-10',
  2021: '2021-12-09',
  2022: '2022-12-13',
  2023: '2023-12-12',
  2024: '2024-12-10',
  2025: '2026-01-29',
};

const PREDICATE = { key: 'tm', label: 'Tanpa Maladministrasi' };
const bandsOf = (year: number) => (year >= OPINION_FROM ? OPINION_BANDS : year >= FIVE_GRADES_FROM ? FIVE_BANDS : THREE_BANDS);
const dimensionsOf = (year: number) => (year >= FIVE_GRADES_FROM && year < OPINION_FROM ? DIMENSIONS : []);

// ---------------------------------------------------------------- scores

/** Scores are kept in integer hundredths: exact ties and exact band boundaries, no float drift. */
type Cents = number;
const toCents = (x: number): Cents => Math.round(clamp(x, 0, 100) * 100);
const formatCents = (c: Cents, point: string) => `${Math.floor(c / 100)}${point}${String(c % 100).padStart(2, '0')}`;

/** Early rounds assessed a sample that grew each year; from 2021 everyone. */
type Group = 'provinsi' | 'kabkota' | 'kementerian' | 'lembaga';
const groupOf = (r: Region): Group => (r.kind === 'kabupaten' || r.kind === 'kota' ? 'kabkota' : r.kind);
const SAMPLE: Record<number, Record<Group, number>> = {
  2015: { provinsi: 20, kabkota: 60, kementerian: 4, lembaga: 3 },
  2016: { provinsi: 26, kabkota: 110, kementerian: 5, lembaga: 4 },
  2017: { provinsi: 32, kabkota: 170, kementerian: 6, lembaga: 5 },
  2018: { provinsi: 35, kabkota: 240, kementerian: 6, lembaga: 6 },
  2019: { provinsi: 38, kabkota: 300, kementerian: 6, lembaga: 6 },
  // Every region; of the central bodies as many as the real round assessed.
  2024: { provinsi: 38, kabkota: 999, kementerian: 25, lembaga: 14 },
};
/** 2025, by kind as announced: 310 bodies (38 kementerian, 8 lembaga, 38 provinsi, 56 kota, 170 kabupaten). */
const SAMPLE_2025: Record<Kind, number> = { provinsi: 38, kabupaten: 170, kota: 56, kementerian: 38, lembaga: 8 };
/** Always in the 2025 sample (their pages and the issue's real figures), and one narrated region never in it. */
const IN_2025 = ['32.71', '18.72', '11.71', '82', '82.07', 'KEM-01', 'LEM-01'];
const NOT_IN_2025 = ['12.12', '32.01'];

/** Where a region's quality starts in 2015, by kind: central bodies start a little ahead. */
const START: Record<Kind, number> = { provinsi: 50, kabupaten: 43, kota: 49, kementerian: 58, lembaga: 56 };

/**
 * A region's latent quality rises from its 2015 level towards 100 at its own rate; each
 * round observes it with noise that shrinks near the top (little room left to vary).
 */
function naturalScore(r: Region, year: number): Cents {
  const own = stream(`latent:${r.code}`);
  const start = clamp(START[r.kind] + 14 * normal(own), 8, 92);
  const rate = clamp(0.17 + 0.05 * normal(own), 0.04, 0.35);
  const latent = 100 - (100 - start) * Math.exp(-rate * (year - 2015));
  return toCents(latent + normal(stream(`noise:${year}:${r.code}`)) * (1.5 + 0.08 * (100 - latent)));
}

/** One dated correction, so the sample site shows the corrections log on a page and in the feed. */
const CORRECTIONS: Record<string, string[]> = {
  '2023/18.72-kota-metro.md': [
    'corrections:',
    '  - date: 2024-01-15',
    '    text: Nilai dimensi Proses 2023 dibetulkan karena salah ketik saat pengolahan; nilai akhir tidak berubah. (Contoh ilustrasi.)',
  ],
};

/** Regions with narratives never skip a round: their pages should read naturally. */
const NARRATED = ['32.01', '32.71', '18.72', '18', '12.12', '74.72', 'KEM-01', 'LEM-01'];

/** A handful of kabupaten/kota miss 2022 or 2023 (one misses both), so "previous" is not always last year. */
function skippedRounds(regions: Region[]): Map<string, number[]> {
  const pool = regions.filter((r) => groupOf(r) === 'kabkota' && !NARRATED.includes(r.code));
  const order = [...pool].sort((a, b) => stream(`skip:${a.code}`)() - stream(`skip:${b.code}`)());
  const plan: number[][] = [[2022], [2022], [2022], [2022], [2023], [2023], [2023], [2023], [2022, 2023]];
  return new Map(plan.map((years, i) => [order[i]!.code, years]));
}

/** Papua Selatan, Tengah, Pegunungan and Barat Daya were created in 2022: nothing there is assessed before. */
const CREATED_2022 = ['93', '94', '95', '96'];
const existsIn = (r: Region, year: number) =>
  (year >= 2022 || !CREATED_2022.includes(r.province ?? r.code)) &&
  (year >= 2024 || r.province !== null || !/^(KEM|LEM)-/.test(r.code) || CORE_CENTRAL.has(r.code));

function assessed(regions: Region[], year: number, skips: Map<string, number[]>): Region[] {
  regions = regions.filter((r) => existsIn(r, year));
  // A fixed random priority per region makes the samples nested: once assessed, always assessed.
  // From 2024 the bodies assessed before come first, and in 2025 the ones the sample must show.
  const random = (r: Region) => stream(`sample:${r.code}`)();
  const priority = (r: Region) =>
    year < 2024
      ? random(r)
      : year >= OPINION_FROM && IN_2025.includes(r.code)
        ? -2
        : year >= OPINION_FROM && NOT_IN_2025.includes(r.code)
          ? 2
          : CORE_CENTRAL.has(r.code)
            ? -1
            : random(r);
  const pick = <K extends string>(sizes: Record<K, number> | undefined, key: (r: Region) => K): Set<string> | null => {
    if (!sizes) return null;
    const chosen = new Set<string>();
    for (const k of Object.keys(sizes) as K[]) {
      const members = regions.filter((r) => key(r) === k).sort((a, b) => priority(a) - priority(b));
      for (const r of members.slice(0, sizes[k])) chosen.add(r.code);
    }
    return chosen;
  };
  const chosen = year >= OPINION_FROM ? pick(SAMPLE_2025, (r) => r.kind) : pick(SAMPLE[year], groupOf);
  return regions.filter((r) => (chosen ? chosen.has(r.code) : true) && !skips.get(r.code)?.includes(year));
}

interface Row {
  region: Region;
  cents: Cents;
  dims: Record<string, Cents>;
}

/**
 * Deliberate edge cases for the ranking and banding code: scores exactly on and just below
 * band minimums, and exact ties (`at` is a 0-based position in that kind's ranking, so
 * `provinsi` at 1 gives ranks 1, 2, 2, 4 and `kota` at 0 a shared first place).
 */
const EDGE_CASES: Record<number, { pins: [Kind, number][]; ties: [Kind, number][] }> = {
  2019: {
    pins: [
      ['kabupaten', 81],
      ['kabupaten', 80.99],
      ['kota', 51],
      ['kota', 50.99],
    ],
    ties: [['kabupaten', 10]],
  },
  2021: {
    pins: [
      ['provinsi', 81],
      ['kota', 80.99],
      ['kabupaten', 51],
      ['kabupaten', 50.99],
    ],
    ties: [],
  },
  2022: {
    pins: [
      ['kabupaten', 32],
      ['kabupaten', 31.99],
      ['kota', 54],
      ['kota', 53.99],
    ],
    ties: [],
  },
  2023: {
    pins: [
      ['kabupaten', 88],
      ['kabupaten', 87.99],
      ['kota', 78],
      ['kota', 77.99],
    ],
    ties: [
      ['provinsi', 1],
      ['kota', 0],
      ['kabupaten', 200],
    ],
  },
  2024: {
    pins: [
      ['kementerian', 88],
      ['lembaga', 87.99],
    ],
    ties: [['lembaga', 2]],
  },
  // Every category of the opinion round, and the real 2025 figures quoted when it was announced (below).
  2025: {
    pins: [
      ['kabupaten', 31.99],
      ['kabupaten', 28.4],
      ['kota', 32],
      ['lembaga', 88],
    ],
    ties: [['kota', 3]],
  },
};
/** Scores announced for 2025 (Kota Metro, Provinsi Lampung, Pulau Morotai, Maluku Utara, Banda Aceh), shown as they were. */
const ANNOUNCED_2025: Record<string, [number, boolean]> = {
  '18.72': [84.43, false],
  '18': [88.49, false],
  '82.07': [53.38, false],
  '82': [65.98, true],
  '11.71': [61.98, false],
};

/** Each pin goes to the region whose own score is closest, so the edit barely distorts the data. */
function applyEdgeCases(rows: Row[], year: number): void {
  const touched = new Set<Row>(rows.filter((r) => year >= OPINION_FROM && ANNOUNCED_2025[r.region.code]));
  const free = (kind: Kind) => rows.filter((row) => row.region.kind === kind && !touched.has(row));
  for (const [kind, score] of EDGE_CASES[year]?.pins ?? []) {
    const target = toCents(score);
    const row = free(kind).reduce((best, r) => (Math.abs(r.cents - target) < Math.abs(best.cents - target) ? r : best));
    row.cents = target;
    touched.add(row);
  }
  for (const [kind, at] of EDGE_CASES[year]?.ties ?? []) {
    const ranked = free(kind).sort((a, b) => b.cents - a.cents);
    const [a, b] = [ranked[at]!, ranked[at + 1]!];
    b.cents = a.cents;
    touched.add(a).add(b);
  }
}

/**
 * The opinion round scores on its own scale: lower and wider than the compliance scores, so
 * every category appears, and a region's 2025 score says nothing about its 2024 one.
 */
function opinionScore(r: Region): Cents {
  const raw = naturalScore(r, 2021) / 100 - 8 + 11 * normal(stream(`opini:${r.code}`));
  // Few reach the top: above 92 the scale is compressed rather than cut at 100.
  return toCents(raw > 92 ? 92 + (raw - 92) * 0.35 : raw);
}

/** About one in four bodies followed up every finding in full, more often the better ones. */
function hasPredicate(row: Row): boolean {
  const announced = ANNOUNCED_2025[row.region.code];
  if (announced) return announced[1];
  return stream(`predikat:${row.region.code}`)() < (row.cents >= 7800 ? 0.4 : 0.15);
}

function scoreRound(regions: Region[], year: number, skips: Map<string, number[]>): Row[] {
  const score = (region: Region) => (year >= OPINION_FROM ? opinionScore(region) : naturalScore(region, year));
  const rows: Row[] = assessed(regions, year, skips).map((region) => ({ region, cents: score(region), dims: {} }));
  if (year >= OPINION_FROM) for (const row of rows) if (ANNOUNCED_2025[row.region.code]) row.cents = toCents(ANNOUNCED_2025[row.region.code]![0]);
  applyEdgeCases(rows, year);
  // Sub-scores scatter around the overall score (illustrative, not a formula). Scaling the
  // distance to 100 rather than adding noise keeps high scorers below 100 without clipping.
  for (const row of rows) {
    for (const d of dimensionsOf(year)) {
      const spread = Math.exp(0.35 * normal(stream(`dim:${year}:${d.key}:${row.region.code}`)));
      row.dims[d.key] = toCents(100 - (100 - row.cents / 100) * spread);
    }
  }
  return rows;
}

/** 2019 is written the way a spreadsheet set to Indonesian exports it: BOM, `;`, decimal comma, CRLF. */
function scoresCsv(rows: Row[], year: number): string {
  const spreadsheet = year === 2019;
  const point = spreadsheet ? ',' : '.';
  const dims = dimensionsOf(year).map((d) => d.key);
  const opinion = year >= OPINION_FROM;
  const table = [
    ['code', 'name', 'score', ...(opinion ? ['predikat'] : []), ...dims],
    ...rows.map((r) => [
      r.region.code,
      r.region.name,
      formatCents(r.cents, point),
      ...(opinion ? [hasPredicate(r) ? PREDICATE.key : ''] : []),
      ...dims.map((k) => formatCents(r.dims[k]!, point)),
    ]),
  ];
  return spreadsheet ? '\uFEFF' + csv(table, ';', '\r\n') : csv(table);
}

// ---------------------------------------------------------------- content

const KIND_LABEL: Record<Kind, string> = { provinsi: 'provinsi', kabupaten: 'kabupaten', kota: 'kota', kementerian: 'kementerian', lembaga: 'lembaga' };
const bandOf = (cents: Cents, year: number) => bandsOf(year).find((b) => cents >= b.min * 100)!;

function opinionRoundFile(year: number, rows: Row[], regions: Region[]): string {
  const fm = [
    `title: Opini Ombudsman RI atas Penyelenggaraan Pelayanan Publik ${year}`,
    `published: ${PUBLISHED[year]}`,
    'source: https://ombudsman.go.id/',
    'method: opini-2025',
    'sample: true',
    'predicates:',
    `  - { key: ${PREDICATE.key}, label: ${PREDICATE.label} }`,
    ...bandLines(OPINION_BANDS),
  ];
  const counts = KINDS.map(
    (k) => `${rows.filter((r) => r.region.kind === k).length} dari ${regions.filter((r) => r.kind === k && existsIn(r, year)).length} ${KIND_LABEL[k]}`,
  );
  const predicated = rows.filter(hasPredicate).length;
  return frontMatter(
    fm,
    [
      `Sejak ${year} Ombudsman Republik Indonesia tidak lagi menerbitkan Penilaian Kepatuhan Standar Pelayanan Publik, melainkan **Opini Ombudsman** atas penyelenggaraan pelayanan publik (Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik, Peraturan Ombudsman Nomor 61 Tahun 2025).`,
      `Yang berubah: hanya **sampel** instansi yang dinilai (${counts.join(', ')}); hasilnya lima kategori kualitas, dari Kualitas Tertinggi sampai Kualitas Terendah, yang **menggantikan** pengelompokan hijau, kuning dan merah; dan sebuah kategori dapat disertai predikat **Tanpa Maladministrasi** bila instansi itu menindaklanjuti seluruh temuan Ombudsman (dalam data ini ${predicated} instansi). Nilai ${year} **tidak dapat dibandingkan** dengan nilai kepatuhan 2024 dan sebelumnya.`,
      '**Data contoh.** Nilai dan peringkat pada putaran ini bersifat ilustratif untuk memperlihatkan cara kerja situs, bukan hasil resmi Ombudsman Republik Indonesia; hanya nilai Kota Metro, Provinsi Lampung, Kabupaten Pulau Morotai, Provinsi Maluku Utara dan Kota Banda Aceh mengikuti angka yang diumumkan.',
    ].join('\n\n'),
  );
}

function roundFile(year: number, rows: Row[], regions: Region[]): string {
  const local = (r: Region) => groupOf(r) === 'kabkota';
  const missing = regions.filter((r) => local(r) && existsIn(r, year)).length - rows.filter((r) => local(r.region)).length;
  const fm = [`title: Penilaian Kepatuhan Standar Pelayanan Publik ${year}`, `published: ${PUBLISHED[year]}`, 'source: https://ombudsman.go.id/'];
  if (year >= FIVE_GRADES_FROM) {
    fm.push(...bandLines(FIVE_BANDS), ...dimensionLines(DIMENSIONS));
  }
  const counts = KINDS.map((k) => `${rows.filter((r) => r.region.kind === k).length} ${KIND_LABEL[k]}`);
  const green = rows.filter((r) => bandOf(r.cents, year).zone === 'hijau').length;
  const scope =
    SAMPLE[year] && year < 2021
      ? `Putaran ini menilai sampel: ${counts.slice(0, -1).join(', ')} dan ${counts.at(-1)}.`
      : `Putaran ini mencakup ${counts.slice(0, -1).join(', ')} dan ${counts.at(-1)}.${
          missing > 0 ? ` Sebanyak ${missing} kabupaten/kota tidak dinilai pada putaran ini.` : ''
        }`;
  const scheme =
    year >= FIVE_GRADES_FROM
      ? 'Hasil dikelompokkan dalam lima kategori, A sampai E, dan setiap nilai dirinci dalam empat dimensi: input, proses, output, dan pengelolaan pengaduan.'
      : 'Hasil dikelompokkan dalam tiga zona: hijau (kepatuhan tinggi), kuning (sedang) dan merah (rendah).';
  const gap =
    year === 2021 ? ' Tidak ada putaran penilaian pada tahun 2020, sehingga perubahan dibandingkan dengan putaran terakhir sebelumnya, umumnya 2019.' : '';
  return frontMatter(
    fm,
    [
      `Penilaian kepatuhan ${year} mengukur pemenuhan standar pelayanan publik oleh pemerintah daerah, kementerian dan lembaga. ${scope}${gap}`,
      `${scheme} Dalam data ini, ${green} dari ${rows.length} entitas yang dinilai berada di zona hijau.`,
      '**Data contoh.** Nilai, peringkat dan tanggal pada putaran ini bersifat ilustratif untuk memperlihatkan cara kerja situs, bukan hasil resmi Ombudsman Republik Indonesia.',
    ].join('\n\n'),
  );
}

const ILLUSTRATIVE = '*Nilai pada situs ini adalah data contoh yang bersifat ilustratif, bukan hasil resmi penilaian.*';

/** Narratives: [path under content/regions, code, year or null, markdown body]. */
const NARRATIVES: [string, string, number | null, string][] = [
  [
    '32.01-kabupaten-bogor.md',
    '32.01',
    null,
    `
## Profil Kabupaten Bogor

Kabupaten Bogor di Provinsi Jawa Barat berpusat di Cibinong. Jangan tertukar dengan [Kota Bogor](/wilayah/kota-bogor/), daerah otonom tersendiri yang dinilai terpisah.

Unit layanan yang lazim diperiksa di kabupaten:

- dinas kependudukan dan pencatatan sipil,
- dinas penanaman modal dan pelayanan terpadu satu pintu,
- dinas kesehatan dan puskesmas.

${ILLUSTRATIVE}`,
  ],
  [
    '32.71-kota-bogor.md',
    '32.71',
    null,
    `
## Profil Kota Bogor

Kota Bogor, yang dikenal sebagai Kota Hujan, berada di Provinsi Jawa Barat dan dikelilingi wilayah [Kabupaten Bogor](/wilayah/kabupaten-bogor/).

Hal yang dapat dibaca di halaman ini:

- nilai dan peringkat Kota Bogor di antara seluruh kota,
- peringkatnya di antara kabupaten dan kota di Jawa Barat,
- perubahan nilai dibandingkan putaran sebelumnya.

${ILLUSTRATIVE}`,
  ],
  [
    '18-lampung.md',
    '18',
    null,
    `
## Profil Provinsi Lampung

Provinsi Lampung beribu kota di Bandar Lampung dan terdiri atas kabupaten dan kota, antara lain [Kota Metro](/wilayah/kota-metro/).

Penilaian tingkat provinsi memeriksa layanan perangkat daerah provinsi, misalnya:

- perizinan dan penanaman modal,
- layanan kesehatan rujukan,
- layanan pendidikan menengah.

${ILLUSTRATIVE}`,
  ],
  [
    '2023/18.72-kota-metro.md',
    '18.72',
    2023,
    `
## Kota Metro pada penilaian 2023

Pada putaran 2023 Kota Metro di Provinsi [Lampung](/wilayah/provinsi-lampung/) dinilai dengan skema lima kategori (A–E) dan empat dimensi.

Yang perlu diperhatikan saat membaca hasilnya:

- nilai keseluruhan tidak sama dengan rata-rata keempat dimensi,
- peringkat dihitung di antara seluruh kota di Indonesia,
- perubahan dihitung terhadap putaran terakhir sebelumnya yang memuat nilai Kota Metro, di sini 2022.

Lihat [peringkat 2023](/peringkat/2023/) untuk posisi kota lain.

${ILLUSTRATIVE}`,
  ],
  [
    '12.12-kabupaten-toba.md',
    '12.12',
    null,
    `
## Profil Kabupaten Toba

Kabupaten Toba di Provinsi Sumatera Utara, beribu kota di Balige, sebelumnya bernama Kabupaten Toba Samosir.

- Nama baru dipakai sejak 2020.
- Tautan lama ke halaman Kabupaten Toba Samosir diarahkan ke halaman ini.
- Semua putaran penilaian ditampilkan dengan nama saat ini.

Sumber resmi penilaian: [Ombudsman Republik Indonesia](https://ombudsman.go.id/).

${ILLUSTRATIVE}`,
  ],
  [
    '2024/74.72-kota-baubau.md',
    '74.72',
    2024,
    `
## Kota Baubau pada penilaian 2024

Kota Baubau di Pulau Buton, Provinsi Sulawesi Tenggara, dahulu ditulis Bau-Bau; tautan lama dengan ejaan itu tetap berfungsi.

- Nilai 2024 dibandingkan dengan putaran terakhir sebelumnya yang memuat nilai kota ini.
- Peringkat dihitung di antara seluruh kota dan di antara kabupaten/kota di provinsinya.

Lihat [peringkat 2024](/peringkat/2024/).

${ILLUSTRATIVE}`,
  ],
  [
    'KEM-01-kementerian-agama.md',
    'KEM-01',
    null,
    `
## Profil Kementerian Agama

Kementerian Agama menyelenggarakan layanan publik yang tersebar hingga tingkat kecamatan.

Contoh layanan yang dapat dinilai:

- pencatatan nikah di kantor urusan agama,
- pendaftaran haji dan umrah,
- layanan pendidikan madrasah.

Peringkat kementerian dihitung di antara kementerian saja; lihat [peringkat 2024](/peringkat/2024/).

${ILLUSTRATIVE}`,
  ],
  [
    'LEM-01-badan-pertanahan-nasional.md',
    'LEM-01',
    null,
    `
## Profil Badan Pertanahan Nasional

Layanan pertanahan termasuk layanan yang paling banyak diadukan masyarakat, sehingga kepatuhannya pada standar pelayanan penting dipantau.

- pendaftaran tanah pertama kali,
- peralihan hak dan pengecekan sertipikat,
- pengukuran bidang tanah.

Peringkat lembaga dihitung di antara lembaga saja.

${ILLUSTRATIVE}`,
  ],
];

const METODOLOGI = `
Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara pelayanan publik menyusun, menetapkan dan menerapkan **standar pelayanan**: antara lain persyaratan, prosedur, jangka waktu penyelesaian, biaya atau tarif, produk layanan, serta penanganan pengaduan. Ombudsman Republik Indonesia, yang mengawasi penyelenggaraan pelayanan publik, menilai sejauh mana standar itu dipenuhi oleh pemerintah provinsi, kabupaten, kota, kementerian dan lembaga.

## Zona dan kategori

Setiap nilai (0–100) menempatkan penyelenggara dalam zona **hijau**, **kuning** atau **merah**. Putaran 2015–2021 memakai tiga zona; putaran 2022–2024 memakai lima kategori (A–E) yang dipetakan ke ketiga zona yang sama.

| Putaran | Nilai | Kategori | Zona |
|---|---|---|---|
| 2015–2021 | 81–100 | Kepatuhan Tinggi | hijau |
| 2015–2021 | 51–80,99 | Kepatuhan Sedang | kuning |
| 2015–2021 | 0–50,99 | Kepatuhan Rendah | merah |
| 2022–2024 | 88–100 | A, Kualitas Tertinggi | hijau |
| 2022–2024 | 78–87,99 | B, Kualitas Tinggi | hijau |
| 2022–2024 | 54–77,99 | C, Kualitas Sedang | kuning |
| 2022–2024 | 32–53,99 | D, Kualitas Rendah | merah |
| 2022–2024 | 0–31,99 | E, Kualitas Terendah | merah |

Sejak 2022 nilai juga dirinci dalam empat dimensi: input, proses, output, dan pengelolaan pengaduan.

## Peringkat

- Peringkat disusun per putaran dan per jenis (provinsi, kabupaten, kota, kementerian, lembaga) secara nasional, dari nilai tertinggi, memakai nilai yang dibulatkan dua desimal.
- Nilai yang sama berbagi peringkat terbaik dan peringkat berikutnya dilompati: 1, 2, 2, 4.
- Kabupaten dan kota juga diberi peringkat bersama di dalam provinsinya.

## Perubahan

**Perubahan** membandingkan hasil sebuah putaran dengan putaran terakhir sebelumnya yang memuat nilai penyelenggara yang sama. Tidak ada penilaian pada 2020, dan putaran awal hanya menilai sampel, sehingga pembanding tidak selalu tahun sebelumnya. Perubahan nilai adalah selisih nilai; perubahan peringkat positif berarti naik peringkat. Karena skema kategori berganti pada 2022, bandingkan nilai, bukan kategori, antara 2021 dan 2022.

## Data contoh

Nilai pada situs ini adalah data contoh yang bersifat ilustratif, bukan hasil resmi penilaian. Penilaian awal hanya mencakup sebagian daerah; sejak 2021 seluruh provinsi, kabupaten dan kota tercakup. Sumber resmi: [Ombudsman Republik Indonesia](https://ombudsman.go.id/).
`;

const CARA_MENGUTIP = `
Kutip situs ini dengan menyebut penerbit, judul putaran, tahun dan alamat halaman yang dipakai, serta tanggal akses. Contoh:

> Ombudsman Republik Indonesia. *Penilaian Kepatuhan Standar Pelayanan Publik 2024*. Peta Kepatuhan Pelayanan Publik, https://kepatuhan.example.id/peringkat/2024/ (diakses 10 Januari 2025).

Untuk satu daerah, alamat berbasis kode tetap berlaku walaupun nama berganti, misalnya https://kepatuhan.example.id/kode/18.72/ untuk Kota Metro. Data setiap putaran dapat diunduh sebagai JSON dan CSV di \`/data/TAHUN.json\` dan \`/data/TAHUN.csv\`.

## Data contoh

Nilai yang saat ini ditampilkan adalah **data contoh yang bersifat ilustratif**. Jangan mengutipnya sebagai hasil resmi; untuk hasil resmi rujuk publikasi [Ombudsman Republik Indonesia](https://ombudsman.go.id/).

## Lisensi

- Nama dan kode provinsi, kabupaten dan kota berasal dari [idn-area-data](https://github.com/fityannugroho/idn-area-data) 4.0.1 karya Fityan (fityannugroho), tersedia di bawah [Open Database License (ODbL) 1.0](https://opendatacommons.org/licenses/odbl/1-0/).
- Daftar wilayah situs ini (\`data/regions.csv\`) adalah basis data turunan dan karena itu juga tersedia di bawah ODbL 1.0. Perubahannya: jenis wilayah dipisahkan dari nama, Kota "Bau Bau" ditulis Baubau, serta ditambahkan kementerian, lembaga dan slug alamat.
- Saat memakai ulang daftar wilayah, cantumkan atribusi kepada idn-area-data dan bagikan turunannya dengan lisensi yang sama.
`;

const SITE = frontMatter([
  'title: Peta Kepatuhan Pelayanan Publik',
  'description: Peringkat kepatuhan pemerintah daerah, kementerian dan lembaga terhadap standar pelayanan publik menurut penilaian Ombudsman Republik Indonesia.',
  'url: https://kepatuhan.example.id',
  'sampleData: true',
  'publisher: Ombudsman Republik Indonesia',
  'language: id',
]);

// ---------------------------------------------------------------- main

function write(path: string, text: string): void {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function main(): void {
  const regions = buildRegions();
  write(
    'data/regions.csv',
    csv([
      ['code', 'name', 'kind', 'province', 'slug', 'former_slugs'],
      ...regions.map((r) => [r.code, r.name, r.kind, r.province ?? '', r.explicitSlug ?? '', r.formerSlugs.join('|')]),
    ]),
  );
  console.log(`regions: ${KINDS.map((k) => `${regions.filter((r) => r.kind === k).length} ${k}`).join(', ')}`);

  const skips = skippedRounds(regions);
  console.log(`skipped rounds: ${[...skips].map(([code, years]) => `${code} (${years.join(', ')})`).join('; ')}`);
  for (const year of YEARS) {
    const rows = scoreRound(regions, year, skips);
    write(`data/scores/${year}.csv`, scoresCsv(rows, year));
    write(`content/rounds/${year}.md`, year >= OPINION_FROM ? opinionRoundFile(year, rows, regions) : roundFile(year, rows, regions));
    const zones = ['hijau', 'kuning', 'merah'].map((z) => `${rows.filter((r) => bandOf(r.cents, year).zone === z).length} ${z}`);
    console.log(`${year}: ${KINDS.map((k) => rows.filter((r) => r.region.kind === k).length).join('/')} (${zones.join(', ')})`);
  }

  for (const [path, code, year, body] of NARRATIVES) {
    write(`content/regions/${path}`, frontMatter([`code: "${code}"`, ...(year ? [`year: ${year}`] : []), ...(CORRECTIONS[path] ?? [])], body));
  }
  write(
    'content/pages/metodologi.md',
    frontMatter(
      [
        'title: Metodologi',
        'slug: metodologi',
        'description: Bagaimana kepatuhan terhadap standar pelayanan publik dinilai dan bagaimana zona, kategori serta peringkat ditentukan.',
      ],
      METODOLOGI,
    ),
  );
  write(
    'content/pages/cara-mengutip.md',
    frontMatter(
      ['title: Cara Mengutip', 'slug: cara-mengutip', 'description: Cara mengutip data dan halaman situs ini, serta lisensi datanya.'],
      CARA_MENGUTIP,
    ),
  );
  write('content/site.md', SITE);
}

main();
