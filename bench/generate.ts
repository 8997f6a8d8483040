/**
 * Synthetic input for the benchmark, in the data contract's format: data/regions.csv,
 * data/scores/YYYY.csv, content/rounds/YYYY.md, a few region narratives, the repository's
 * own content/pages and a content/site.md.
 *
 * The registry keeps the sample's shape at any size: the 38 real provinces, 6 kementerian
 * and 6 lembaga, and the rest kabupaten/kota named and coded after real villages from
 * idn-area-data 4.0.1 (ODbL), spread evenly over the country. Village names repeat, so a
 * region whose default slug is taken gets an explicit one (`…-<code>`), as staff would do.
 *
 * Deterministic: same arguments, byte-identical files.
 * CLI: `npx tsx bench/generate.ts <regions> <out folder> [rounds]`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultSlug } from '../src/domain/slug.ts';
import { competitionRanks } from '../src/model/rank.ts';
import type { Expectation } from './validate.ts';
import { bandLines, csvLine, DIMENSIONS, dimensionLines, FIVE_BANDS, frontMatter, mulberry32, readAreaCsv, ROOT } from '../scripts/data-kit.ts';

/** Assessment years, newest last; 2020 had no round. The benchmark takes the last `rounds`. */
const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024];
const FIVE_GRADES_FROM = 2022;
const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key);
const CENTRAL: [string, string, string][] = [
  ...['Agama', 'Kesehatan', 'Perhubungan', 'Ketenagakerjaan', 'Sosial', 'Perindustrian'].map((n, i): [string, string, string] => [
    `KEM-0${i + 1}`,
    'kementerian',
    `Kementerian ${n}`,
  ]),
  ...[
    'Badan Pertanahan Nasional',
    'Badan Pengawas Obat dan Makanan',
    'Badan Pusat Statistik',
    'Badan Kepegawaian Negara',
    'Kepolisian Negara Republik Indonesia',
    'Badan Meteorologi, Klimatologi, dan Geofisika',
  ].map((n, i): [string, string, string] => [`LEM-0${i + 1}`, 'lembaga', n]),
];
/** Share of regions absent from any one round, so "previous round" is not always the last one. */
const SKIP_RATE = 0.04;
/** One region in this many has a general profile narrative. */
const NARRATIVE_EVERY = 200;

export interface GenerateOptions {
  /** Total registry size, provinces and central bodies included (at least 50). */
  regions: number;
  /** Number of rounds, at most 9. */
  rounds: number;
  /** Folder to create; replaced if it exists. */
  out: string;
  /** The site setting `socialCards` (default true). */
  socialCards?: boolean;
}

export interface Row {
  code: string;
  name: string;
  kind: string;
  province: string;
  slug: string;
}

function registry(size: number): Row[] {
  const provinces = readAreaCsv('provinces.csv');
  const villages = readAreaCsv('villages.csv');
  const local = size - provinces.length - CENTRAL.length;
  if (local < 0 || local > villages.length) throw new Error(`regions must be between ${provinces.length + CENTRAL.length} and ${villages.length}`);
  const rows: Row[] = provinces.map((p) => ({ code: p.code!, name: p.name!, kind: 'provinsi', province: '', slug: '' }));
  const taken = new Set(rows.map((r) => defaultSlug(r.kind, r.name)));
  const rand = mulberry32(size);
  for (let i = 0; i < local; i++) {
    const v = villages[Math.floor((i * villages.length) / local)]!;
    const kind = rand() < 0.2 ? 'kota' : 'kabupaten';
    const slugged = defaultSlug(kind, v.name!);
    const slug = taken.has(slugged) ? defaultSlug(kind, `${v.name} ${v.code}`) : '';
    taken.add(slug || slugged);
    rows.push({ code: v.code!, name: v.name!, kind, province: v.code!.slice(0, 2), slug });
  }
  for (const [code, kind, name] of CENTRAL) rows.push({ code, name, kind, province: '', slug: '' });
  return rows;
}

export interface Scored {
  row: Row;
  score: number;
}

/** A region's score drifts upwards from its own starting level, with noise per round. */
function scores(rows: Row[], years: number[], seed: number): { files: Map<number, string>; scored: Map<number, Scored[]> } {
  const rand = mulberry32(seed);
  const files = new Map<number, string[]>(years.map((y) => [y, []]));
  const scored = new Map<number, Scored[]>(years.map((y) => [y, []]));
  for (const r of rows) {
    let level = 35 + 50 * rand();
    for (const year of years) {
      level = Math.min(99, level + 4 * rand() - 1);
      if (rand() < SKIP_RATE) continue;
      const score = Math.max(0, Math.min(100, level + 6 * (rand() - 0.5))).toFixed(2);
      const dims = year >= FIVE_GRADES_FROM ? DIMENSION_KEYS.map(() => Math.max(0, Math.min(100, Number(score) + 10 * (rand() - 0.5))).toFixed(2)) : [];
      files.get(year)!.push(csvLine([r.code, r.name, score, ...dims]));
      scored.get(year)!.push({ row: r, score: Number(score) });
    }
  }
  const header = (y: number) => csvLine(['code', 'name', 'score', ...(y >= FIVE_GRADES_FROM ? DIMENSION_KEYS : [])]);
  return { files: new Map(years.map((y) => [y, header(y) + files.get(y)!.join('')])), scored };
}

const pageOf = (r: Row) => `wilayah/${r.slug || defaultSlug(r.kind, r.name)}/index.html`;

/** What the site built from this input must show (bench/validate.ts): the first province scored in the latest round is the region checked. */
export function expectation(rows: Row[], scored: Map<number, Scored[]>): Expectation {
  const latest = [...scored.values()].at(-1)!;
  const provinces = latest.filter((s) => s.row.kind === 'provinsi');
  const ranks = competitionRanks(provinces.map((s) => s.score));
  const { row, score } = provinces[0]!;
  return {
    resultsPerYear: Object.fromEntries([...scored].map(([year, list]) => [year, list.length])),
    regionPages: rows.map(pageOf),
    region: { page: pageOf(row), score: score.toFixed(2).replace('.', ','), rank: ranks[0]!, rankOf: provinces.length },
  };
}

function roundMarkdown(year: number): string {
  const fm = [`title: Penilaian Kepatuhan Standar Pelayanan Publik ${year}`, `published: ${year}-12-10`, 'source: https://ombudsman.go.id/'];
  if (year >= FIVE_GRADES_FROM) fm.push(...bandLines(FIVE_BANDS), ...dimensionLines(DIMENSIONS));
  return frontMatter(fm, `Putaran ${year} dari data sintetis untuk uji kinerja. **Bukan hasil resmi.**`);
}

/** Write the synthetic data set; returns the number of score rows written and what the site built from it must show. */
export function generate({ regions, rounds, out, socialCards = true }: GenerateOptions): { scores: number; expected: Expectation } {
  const years = YEARS.slice(-rounds);
  if (rounds < 1 || years.length !== rounds) throw new Error(`rounds must be between 1 and ${YEARS.length}`);
  rmSync(out, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), text);
  };

  const rows = registry(regions);
  write(
    'data/regions.csv',
    csvLine(['code', 'name', 'kind', 'province', 'slug', 'former_slugs']) + rows.map((r) => csvLine([r.code, r.name, r.kind, r.province, r.slug, ''])).join(''),
  );
  let written = 0;
  const { files, scored } = scores(rows, years, regions + rounds);
  for (const [year, text] of files) {
    write(`data/scores/${year}.csv`, text);
    write(`content/rounds/${year}.md`, roundMarkdown(year));
    written += text.split('\n').length - 2;
  }
  rows.forEach((r, i) => {
    if (i % NARRATIVE_EVERY !== 0) return;
    write(
      `content/regions/${r.code}.md`,
      `---\ncode: "${r.code}"\n---\n\n## Profil\n\n${r.name} dalam data sintetis. Layanan yang diperiksa:\n\n- kependudukan,\n- perizinan,\n- kesehatan.\n`,
    );
  });
  cpSync(join(ROOT, 'content/pages'), join(out, 'content/pages'), { recursive: true });
  write(
    'content/site.md',
    `---\ntitle: Peta Kepatuhan Pelayanan Publik\ndescription: Data sintetis untuk uji kinerja.\nurl: https://kepatuhan.example.id\nsampleData: true\npublisher: Ombudsman Republik Indonesia\nsocialCards: ${socialCards}\n---\n`,
  );
  return { scores: written, expected: expectation(rows, scored) };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [size, out, rounds = '8'] = process.argv.slice(2);
  if (!size || !out) {
    console.error('usage: npx tsx bench/generate.ts <regions> <out folder> [rounds]');
    process.exit(2);
  }
  const { scores: written } = generate({ regions: Number(size), rounds: Number(rounds), out: resolve(out) });
  console.error(`${size} regions, ${rounds} rounds, ${written} scores → ${out}`);
}
