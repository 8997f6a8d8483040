import type { Dimension, Region, Round } from '../domain/types.ts';
import { contractResult, joined, prettyJson, prettyJsonAround, resultsCsv, roundHead, type PublishedResult } from './downloads.ts';
import type { WrittenFiles } from './outputs.ts';
import { urls } from './urls.ts';

/**
 * Downloads beyond the contract's per-round files: every round in one file, and one
 * region's history. Rows have the contract's result fields with `year` first, so the
 * files can be stacked with one another and with `data/YYYY.csv`.
 */

export type YearResult = { year: number; result: PublishedResult };

/** Dimensions declared by any of the rounds, first declaration wins (order of rounds, then of columns). */
export function dimensionsOf(rounds: readonly Pick<Round, 'dimensions'>[]): Dimension[] {
  const seen = new Map<string, Dimension>();
  for (const round of rounds) for (const d of round.dimensions) if (!seen.has(d.key)) seen.set(d.key, d);
  return [...seen.values()];
}

/** Rows as the JSON downloads list them, `year` first; made one at a time as they are written. */
function* jsonRows(rows: Iterable<YearResult>): Generator<PublishedResult & { year: number }> {
  for (const { year, result } of rows) yield { year, ...contractResult(result) };
}

/** Round settings as the all-rounds JSON lists them. */
function roundMeta(round: Round, siteUrl: string) {
  // As in data/YYYY.json, with the round's page after its source.
  const { year, title, published, source, ...settings } = roundHead(round);
  return { year, title, published, source, url: `${siteUrl}${urls.round(round.year)}`, ...settings };
}

/** Every result of every round, oldest round first, each round in the contract's order; one at a time. */
function* allRows(rounds: readonly Round[], results: ReadonlyMap<number, readonly PublishedResult[]>): Generator<YearResult> {
  for (const r of [...rounds].sort((a, b) => a.year - b.year)) for (const result of results.get(r.year) ?? []) yield { year: r.year, result };
}

/** What `data/semua.json` says before its results: every round's settings, oldest first. */
const allRoundsHead = (sorted: readonly Round[], siteUrl: string) => ({ rounds: sorted.map((r) => roundMeta(r, siteUrl)) });

/** `data/semua.json`: { rounds: [settings…], results: [{ year, …result }] }, in pieces. */
export function allRoundsJson(rounds: readonly Round[], results: ReadonlyMap<number, readonly PublishedResult[]>, siteUrl: string): Iterable<string> {
  const sorted = [...rounds].sort((a, b) => a.year - b.year);
  return prettyJson(allRoundsHead(sorted, siteUrl), 'results', jsonRows(allRows(sorted, results)));
}

/**
 * `data/semua.json` from the rounds' own files as written (`data/YYYY.json`, roundJson): their
 * results, each given `year` first. Byte for byte what allRoundsJson makes, for a fraction of
 * its cost: the results are stringified once, not twice (docs/performance.md, "Issue 21, stop 30").
 * Null when a round's file was not written.
 */
export function allRoundsJsonFrom(rounds: readonly Round[], written: WrittenFiles, siteUrl: string): Iterable<string | Uint8Array> | null {
  const sorted = [...rounds].sort((a, b) => a.year - b.year);
  const files = sorted.map((r) => written(urls.roundJson(r.year)));
  if (files.some((f) => f === null)) return null;
  return prettyJsonAround(
    allRoundsHead(sorted, siteUrl),
    'results',
    sorted.map((r, i) => resultsWithYear(files[i]!, r.year, urls.roundJson(r.year))),
  );
}

/** How a round's file (prettyJson) opens its results, opens each, and ends; searched for as bytes. */
const RESULTS_OPEN = Buffer.from('\n  "results": [');
const ITEM_OPEN = Buffer.from('\n    {\n');
const RESULTS_CLOSE = Buffer.from('\n  ]\n}\n');
const NO_RESULTS = Buffer.from(']\n}\n');
/** Bytes held back between pieces: they may be the start of an item's opening or the file's end. */
const HOLD = Math.max(ITEM_OPEN.length - 1, RESULTS_CLOSE.length);

/**
 * The results of a round's JSON file, a piece per piece read, each result given `"year": <year>`
 * as its first field: the file's bytes between `"results": [` and the closing `]`. Bytes, never
 * decoded: what is searched for is ASCII, which no byte of a multi-byte UTF-8 character can be.
 * An item opens on a line of its own (`    {`), which no string in the file can hold (a newline
 * in one is `\n`). The pieces read are copied, and those given out reuse one buffer: at 55,000
 * regions this file is 300 MB, whose buffers made and dropped would trigger collections (src/view/zip.ts).
 */
function* resultsWithYear(file: Iterable<Uint8Array>, year: number, url: string): Generator<Uint8Array> {
  const opened = Buffer.from(`${ITEM_OPEN.toString()}      "year": ${year},\n`);
  const held = new ByteRun(); // read, not yet given out
  const given = new ByteRun();
  let inResults = false;
  /** The bytes up to `end`, or past it to the end of an item's opening begun before it, each item given its year; the rest is held. */
  const giveOut = (end: number): Uint8Array => {
    const bytes = held.bytes();
    given.clear();
    let from = 0;
    for (let at = bytes.indexOf(ITEM_OPEN); at >= 0 && at < end; at = bytes.indexOf(ITEM_OPEN, from)) {
      given.add(bytes.subarray(from, at)).add(opened);
      from = at + ITEM_OPEN.length;
    }
    const cut = Math.max(from, end);
    given.add(bytes.subarray(from, cut));
    held.dropFirst(cut);
    return given.bytes();
  };
  for (const bytes of file) {
    held.add(bytes);
    if (!inResults) {
      const at = held.bytes().indexOf(RESULTS_OPEN);
      if (at < 0) continue;
      held.dropFirst(at + RESULTS_OPEN.length);
      inResults = true;
    }
    if (held.length > HOLD) yield giveOut(held.length - HOLD);
  }
  if (inResults && held.bytes().equals(NO_RESULTS)) return;
  if (!inResults || held.length < RESULTS_CLOSE.length || !held.bytes().subarray(-RESULTS_CLOSE.length).equals(RESULTS_CLOSE))
    throw new Error(`${url}: berkas yang baru ditulis tidak berbentuk JSON putaran`);
  held.dropLast(RESULTS_CLOSE.length);
  yield giveOut(held.length);
}

/** Bytes gathered in one buffer, grown when needed and used again once emptied. */
class ByteRun {
  private buffer = Buffer.allocUnsafe(1 << 16);
  length = 0;
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
  add(bytes: Uint8Array): this {
    if (this.length + bytes.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + bytes.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }
  dropFirst(n: number): void {
    this.buffer.copy(this.buffer, 0, n, this.length);
    this.length -= n;
  }
  dropLast(n: number): void {
    this.length -= n;
  }
  clear(): void {
    this.length = 0;
  }
}

/** `data/semua.csv`: one row per result of every round, `year` first, dimensions of all rounds last; in pieces. */
export function allRoundsCsv(rounds: readonly Round[], results: ReadonlyMap<number, readonly PublishedResult[]>): Iterable<string> {
  return resultsCsv(allRows(rounds, results), dimensionsOf([...rounds].sort((a, b) => a.year - b.year)), true);
}

/** `wilayah/<slug>/riwayat.json`: the region, then its results oldest round first. */
export function regionHistoryJson(region: Region, rows: readonly YearResult[], siteUrl: string): string {
  const { code, name, kind, province, slug } = region;
  return joined(prettyJson({ code, name, kind, province, slug, url: `${siteUrl}${urls.region(slug)}` }, 'results', jsonRows(rows)));
}

/** `wilayah/<slug>/riwayat.csv`: the same rows as `data/semua.csv` for one region. */
export function regionHistoryCsv(rows: readonly YearResult[], rounds: readonly Round[]): string {
  const years = new Set(rows.map((r) => r.year));
  return joined(resultsCsv(rows, dimensionsOf([...rounds].filter((r) => years.has(r.year)).sort((a, b) => a.year - b.year)), true));
}

/** One column or field of the downloads, described for `/data/` and `data/README.md`. */
export interface FieldDoc {
  name: string;
  description: string;
}

/** Every field of the result rows, in column order. `year` appears only in multi-round files. */
export const FIELD_DOCS: readonly FieldDoc[] = [
  { name: 'year', description: 'Tahun putaran penilaian (hanya di berkas yang memuat beberapa putaran: semua.* dan riwayat.*).' },
  { name: 'code', description: 'Kode Kemendagri wilayah (18 untuk provinsi, 18.03 untuk kabupaten/kota) atau kode kementerian/lembaga.' },
  { name: 'name', description: 'Nama tanpa jenisnya: "Bogor", "Lampung".' },
  { name: 'kind', description: 'Jenis: provinsi, kabupaten, kota, kementerian atau lembaga.' },
  { name: 'province', description: 'Kode provinsi untuk kabupaten dan kota; kosong (null) untuk yang lain.' },
  { name: 'slug', description: 'Bagian alamat halaman wilayah: /wilayah/<slug>/.' },
  { name: 'score', description: 'Nilai kepatuhan 0–100, paling banyak dua desimal, dengan titik desimal.' },
  {
    name: 'zone',
    description: 'Zona: hijau, kuning atau merah, menurut kategori nilai putaran itu; kosong (null) di putaran tanpa zona (Opini Ombudsman sejak 2025).',
  },
  { name: 'band', description: 'Nama kategori nilai putaran itu, mis. "Kepatuhan Tinggi" atau "Kualitas Tinggi".' },
  { name: 'grade', description: 'Predikat A–E (sejak 2022); kosong bila kategorinya tanpa predikat.' },
  {
    name: 'rank',
    description: 'Peringkat nasional di antara jenis yang sama; nilai sama berbagi peringkat terbaik dan peringkat berikutnya dilompati (1, 2, 2, 4).',
  },
  { name: 'rankOf', description: 'Jumlah instansi sejenis yang dinilai pada putaran itu.' },
  { name: 'provinceRank', description: 'Peringkat kabupaten/kota di antara kabupaten dan kota provinsinya; kosong untuk yang lain.' },
  { name: 'provinceRankOf', description: 'Jumlah kabupaten dan kota provinsi itu yang dinilai pada putaran itu.' },
  {
    name: 'previousYear',
    description: 'Putaran terakhir sebelumnya dengan metode yang sama yang memuat nilai instansi ini; kosong bila belum pernah dinilai dengan metode itu.',
  },
  { name: 'previousScore', description: 'Nilai pada previousYear.' },
  { name: 'scoreChange', description: 'score − previousScore, dibulatkan dua desimal.' },
  { name: 'previousRank', description: 'Peringkat nasional pada previousYear.' },
  {
    name: 'rankChange',
    description: 'previousRank − rank: positif berarti naik peringkat. Bila rankOf dan previousRankOf berbeda, selisih ini bukan jumlah tempat yang sebanding.',
  },
  { name: 'predicate', description: 'Predikat yang menyertai kategori, mis. "Tanpa Maladministrasi"; kosong bila tidak ada.' },
  { name: 'opinion', description: 'Opini: nama kategori, diikuti predikatnya bila ada, mis. "Kualitas Sedang Tanpa Maladministrasi".' },
  {
    name: 'methodBreak',
    description:
      'true bila instansi pernah dinilai sebelumnya, tetapi tidak dengan metode putaran ini: nilai dan peringkatnya tidak dibandingkan (kolom previous* kosong).',
  },
  { name: 'previousRankOf', description: 'Jumlah instansi sejenis yang dinilai pada previousYear (rankOf putaran itu).' },
  {
    name: 'provinceName',
    description:
      'Nama provinsi kabupaten/kota (tanpa jenisnya, mis. "Jawa Barat"); kosong (null) untuk yang lain. Ada supaya berkas dapat dibaca tanpa registri wilayah.',
  },
  {
    name: 'dimensions',
    description:
      'Subnilai yang dideklarasikan putaran itu: di JSON sebuah objek { kunci: nilai }, di CSV satu kolom dimensions.<kunci> per subnilai (kosong bila tidak dinilai).',
  },
];

/** How the files are written: shown on `/data/` and in the README alike. */
export const FORMAT_NOTES: readonly string[] = [
  'CSV: UTF-8 tanpa BOM, pemisah koma, titik desimal, baris diakhiri CRLF, baris pertama nama kolom; sel kosong berarti tidak berlaku.',
  "CSV: sel teks yang diawali =, +, -, @, tab atau CR diberi awalan ' agar spreadsheet tidak menjalankannya sebagai rumus; angka (mis. -1.5) tetap angka, dan JSON memuat teks aslinya.",
  'JSON: UTF-8; yang tidak berlaku bernilai null.',
  'XLSX: lembar "Hasil" memuat kolom dan baris yang sama dengan CSV bernama sama, dengan sel bertipe: kode dan teks sebagai teks (tanpa awalan \'), nilai sebagai angka berformat dua desimal (0.00, ditampilkan dengan pemisah desimal komputer pembaca), peringkat dan tahun sebagai bilangan bulat, methodBreak sebagai TRUE/FALSE, sel kosong bila tidak berlaku; baris judul tebal dan tetap terlihat, dengan filter. Lembar "Keterangan" memuat judul, tanggal, sumber, lisensi dan arti setiap kolom.',
  'Urutan: putaran terlama dulu; dalam satu putaran menurut jenis (provinsi, kabupaten, kota, kementerian, lembaga), lalu peringkat, lalu nama.',
  'semua.json berbentuk { "rounds": [...], "results": [...] }: rounds memuat year, title, published (tanggal pengumuman, YYYY-MM-DD atau null), source, url, method, sample, predicates (key, label), bands (min, zone, label, grade) dan dimensions (key, label) tiap putaran; results memuat baris hasil.',
  'riwayat.json berbentuk { "code", "name", "kind", "province", "slug", "url", "results": [...] }.',
];

/** Every download the site publishes, for the `/data/` page and the README. */
export interface DataIndex {
  /** The `/data/` page. */
  url: string;
  allCsv: string;
  allJson: string;
  allXlsx: string;
  /** Every CSV, JSON and XLSX of the page and a README, in one zip. */
  zip: string;
  readme: string;
  dataPackage: string;
  license: { name: string; url: string };
  rounds: { year: number; title: string; published: string | null; source: string | null; csv: string; json: string; xlsx: string }[];
  fields: readonly FieldDoc[];
  notes: readonly string[];
  regionCsvPattern: string;
  regionJsonPattern: string;
}

export function dataIndex(rounds: readonly Round[], license: DataIndex['license']): DataIndex {
  return {
    dataPackage: urls.dataPackage(),
    license,
    url: urls.dataIndex(),
    allCsv: urls.allRoundsCsv(),
    allJson: urls.allRoundsJson(),
    allXlsx: urls.allRoundsXlsx(),
    zip: urls.dataZip(),
    readme: urls.dataReadme(),
    rounds: [...rounds]
      .sort((a, b) => b.year - a.year)
      .map((r) => ({
        year: r.year,
        title: r.title,
        published: r.published,
        source: r.source,
        csv: urls.roundCsv(r.year),
        json: urls.roundJson(r.year),
        xlsx: urls.roundXlsx(r.year),
      })),
    fields: FIELD_DOCS,
    notes: FORMAT_NOTES,
    regionCsvPattern: urls.regionHistoryCsv('<slug>'),
    regionJsonPattern: urls.regionHistoryJson('<slug>'),
  };
}

/** `data/README.md`: the same description as the `/data/` page, as a plain file next to the data. */
export function dataReadme(index: DataIndex, site: { title: string; url: string; publisher: string; sampleData: boolean }): string {
  const abs = (path: string) => `${site.url}${path}`;
  const lines = [
    `# Data ${site.title}`,
    '',
    `Hasil Penilaian Kepatuhan Standar Pelayanan Publik ${site.publisher}, dapat dibaca mesin. Halaman yang sama: ${abs(index.url)}`,
    '',
  ];
  if (site.sampleData) lines.push('**Data contoh.** Nilai di berkas ini hanya ilustrasi, bukan hasil resmi. Jangan dikutip.', '');
  lines.push(
    '## Berkas',
    '',
    `- ${abs(index.allXlsx)}, ${abs(index.allCsv)} dan ${abs(index.allJson)}: semua putaran dalam satu berkas (alamat tetap).`,
    `- ${abs(index.zip)}: semua berkas CSV, JSON dan XLSX di sini dalam satu arsip zip, dengan README.txt.`,
    '- Satu putaran: lihat daftar putaran di bawah.',
    `- ${abs(index.regionCsvPattern)} dan ${abs(index.regionJsonPattern)}: riwayat satu wilayah.`,
    '',
    ...index.notes.flatMap((n) => [n, '']),
    '## Kolom',
    '',
    '| kolom | arti |',
    '|---|---|',
    ...index.fields.map((f) => `| \`${f.name}\` | ${f.description.replace(/\|/g, '\\|')} |`),
    '',
    '## Putaran',
    '',
    ...index.rounds.map((r) => `- ${r.year}: ${r.title}${r.published ? ` (diumumkan ${r.published})` : ''}: ${abs(r.xlsx)}, ${abs(r.csv)}, ${abs(r.json)}`),
    '',
    '## Lisensi',
    '',
    `Data hasil penilaian: ${index.license.name}${index.license.url ? ` (${index.license.url})` : ''}; sebutkan ${site.publisher} dan alamat situs ini.`,
    '',
    `Paket data (Frictionless Data Package, semua berkas, kolom, tipe dan lisensinya): ${abs(index.dataPackage)}`,
    '',
    'Nama dan kode wilayah berasal dari idn-area-data (https://github.com/fityannugroho/idn-area-data), lisensi Open Database License (ODbL) 1.0.',
    '',
  );
  return lines.join('\n');
}

/** Frictionless field types of the published columns (the rest are strings; dimensions are numbers). */
export const FIELD_TYPES: Record<string, 'integer' | 'number' | 'boolean'> = {
  year: 'integer',
  score: 'number',
  rank: 'integer',
  rankOf: 'integer',
  provinceRank: 'integer',
  provinceRankOf: 'integer',
  previousYear: 'integer',
  previousScore: 'number',
  scoreChange: 'number',
  previousRank: 'integer',
  rankChange: 'integer',
  previousRankOf: 'integer',
  methodBreak: 'boolean',
};

/** The table schema of a results CSV: its columns in order, typed and described. */
function schema(withYear: boolean, dimensions: readonly Dimension[]) {
  const columns = FIELD_DOCS.filter((f) => f.name !== 'dimensions' && (withYear || f.name !== 'year'));
  return {
    fields: [
      ...columns.map((f) => ({ name: f.name, type: FIELD_TYPES[f.name] ?? 'string', description: f.description })),
      ...dimensions.map((d) => ({ name: `dimensions.${d.key}`, type: 'number', description: `Subnilai ${d.label}.` })),
    ],
    missingValues: [''],
  };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `data/datapackage.json`: a Frictionless Data Package of every round's CSV and XLSX, the
 * all-rounds CSV and XLSX (tabular resources, each with its schema), and the zip of all
 * data (by its full address: the package is in the zip too, which does not hold itself).
 */
export function dataPackage(rounds: readonly Round[], site: { title: string; url: string; publisher: string }, license: DataIndex['license']): string {
  const sorted = [...rounds].sort((a, b) => a.year - b.year);
  const csv = (name: string, path: string, title: string, withYear: boolean, dimensions: readonly Dimension[]) => ({
    name,
    path,
    title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: schema(withYear, dimensions),
  });
  // The first sheet, "Hasil", holds the CSV's header and rows, its cells typed as the schema says.
  const xlsx = (name: string, path: string, title: string, withYear: boolean, dimensions: readonly Dimension[]) => ({
    name,
    path,
    title,
    profile: 'tabular-data-resource',
    format: 'xlsx',
    mediatype: XLSX_TYPE,
    schema: schema(withYear, dimensions),
  });
  const pkg = {
    profile: 'data-package',
    name: 'hasil-penilaian-pelayanan-publik',
    title: `Data ${site.title}`,
    homepage: `${site.url}${urls.dataIndex()}`,
    licenses: [{ name: license.name, title: license.name, ...(license.url ? { path: license.url } : {}) }],
    sources: [{ title: site.publisher }],
    resources: [
      csv('semua', 'semua.csv', 'Semua putaran', true, dimensionsOf(sorted)),
      ...sorted.map((r) => csv(`putaran-${r.year}`, `${r.year}.csv`, r.title, false, r.dimensions)),
      xlsx('semua-xlsx', 'semua.xlsx', 'Semua putaran (spreadsheet)', true, dimensionsOf(sorted)),
      ...sorted.map((r) => xlsx(`putaran-${r.year}-xlsx`, `${r.year}.xlsx`, `${r.title} (spreadsheet)`, false, r.dimensions)),
      {
        name: 'semua-data',
        path: `${site.url}${urls.dataZip()}`,
        title: 'Semua berkas data dalam satu arsip',
        format: 'zip',
        mediatype: 'application/zip',
        description: 'Setiap berkas CSV, JSON dan XLSX halaman data, dengan README.txt.',
      },
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
