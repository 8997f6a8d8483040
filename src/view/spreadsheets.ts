import type { Dimension, Round, SiteSettings } from '../domain/types.ts';
import { dimensionsOf, FIELD_DOCS, FIELD_TYPES } from './dataset-downloads.ts';
import { FIELDS, type PublishedResult } from './downloads.ts';
import { formatDate } from './format.ts';
import { urls } from './urls.ts';
import { MAX_ROWS, xlsx, type Cell, type CellType, type Column, type Sheet } from './xlsx.ts';

/**
 * `data/YYYY.xlsx` and `data/semua.xlsx`: the rows and columns of the CSV of the same
 * name, with typed cells (codes as text, scores as numbers shown with two decimals, ranks
 * as whole numbers, empty where the CSV is empty), and a sheet "Keterangan" with the
 * round, its source and date, the licence and what every column means.
 */

export type SpreadsheetSite = Pick<SiteSettings, 'title' | 'url' | 'publisher' | 'sampleData' | 'dataLicense'>;

const CELL_TYPE = { integer: 'integer', number: 'decimal', boolean: 'boolean' } as const satisfies Record<string, CellType>;

/** Widths of the text columns, in characters; every column is at least as wide as its header and the filter's button. */
const WIDTHS: Record<string, number> = { code: 10, name: 26, kind: 12, slug: 30, band: 22, predicate: 24, opinion: 36, provinceName: 22 };

function resultColumns(withYear: boolean, dimensions: readonly Dimension[]): Column[] {
  const column = (header: string, type: CellType): Column => ({ header, type, width: Math.max(header.length + 4, WIDTHS[header] ?? 8) });
  return [
    ...(withYear ? [column('year', 'integer')] : []),
    ...FIELDS.map((f) => column(f, FIELD_TYPES[f] ? CELL_TYPE[FIELD_TYPES[f]] : 'text')),
    ...dimensions.map((d) => column(`dimensions.${d.key}`, 'decimal')),
  ];
}

function* resultRows(rows: Iterable<{ year?: number; result: PublishedResult }>, withYear: boolean, dimensions: readonly Dimension[]): Generator<Cell[]> {
  for (const { year, result } of rows) {
    const cells: Cell[] = withYear ? [year] : [];
    for (const f of FIELDS) cells.push(result[f]);
    for (const d of dimensions) cells.push(result.dimensions[d.key]);
    yield cells;
  }
}

const NOTE_COLUMNS: readonly Column[] = [
  { header: '', type: 'text', width: 22, bold: true },
  { header: '', type: 'text', width: 100, wrap: true },
];

/** What every result column means, as the data page says it. */
function columnNotes(withYear: boolean, dimensions: readonly Dimension[]): Cell[][] {
  const fields = FIELD_DOCS.filter((f) => f.name !== 'dimensions' && (withYear || f.name !== 'year'));
  return [['Kolom', 'Arti'], ...fields.map((f) => [f.name, f.description]), ...dimensions.map((d) => [`dimensions.${d.key}`, `Subnilai ${d.label}.`])];
}

function notesSheet(site: SpreadsheetSite, about: Cell[][], withYear: boolean, dimensions: readonly Dimension[]): Sheet {
  const license = site.dataLicense;
  return {
    name: 'Keterangan',
    columns: NOTE_COLUMNS,
    header: false,
    rows: [
      ...(site.sampleData ? [['Data contoh', 'Nilai di berkas ini hanya ilustrasi, bukan hasil resmi. Jangan dikutip.']] : []),
      ...about,
      ['Penerbit', site.publisher],
      ['Lisensi', `${license.name}${license.url ? ` (${license.url})` : ''}: boleh dipakai ulang; sebutkan ${site.publisher} dan alamat situs ini.`],
      ['Wilayah', 'Nama dan kode wilayah: idn-area-data (https://github.com/fityannugroho/idn-area-data), lisensi Open Database License (ODbL) 1.0.'],
      [
        'Lembar Hasil',
        'Kolom dan baris yang sama dengan berkas CSV bernama sama. Kode berupa teks, nilai berupa angka yang ditampilkan dengan dua desimal, peringkat berupa bilangan bulat; sel kosong berarti tidak berlaku.',
      ],
      ['Semua data', `${site.url}${urls.dataIndex()}`],
      [],
      ...columnNotes(withYear, dimensions),
    ],
  };
}

const date = (round: Pick<Round, 'year' | 'published'>) => round.published ?? `${round.year}-12-31`;

/** `data/YYYY.xlsx`: the rows of `data/YYYY.csv`, typed, and the round described. */
export function roundXlsx(round: Round, results: readonly PublishedResult[], site: SpreadsheetSite): Iterable<Uint8Array> {
  const about: Cell[][] = [
    ['Judul', round.title],
    ['Tahun penilaian', String(round.year)],
    ['Diumumkan', round.published ? formatDate(round.published) : 'tidak diketahui'],
    ['Sumber', round.source ?? site.publisher],
    ['Halaman', `${site.url}${urls.round(round.year)}`],
  ];
  const rows = results.map((result) => ({ result }));
  return xlsx(
    [
      { name: 'Hasil', columns: resultColumns(false, round.dimensions), header: true, rows: resultRows(rows, false, round.dimensions) },
      notesSheet(site, about, false, round.dimensions),
    ],
    properties(site, round.title, `${round.year}`, date(round)),
  );
}

/**
 * `data/semua.xlsx`: the rows of `data/semua.csv`. A sheet holds at most 1,048,575 rows
 * below its header; more continue on a next sheet ("Hasil 2", …) with the same header.
 */
export function allRoundsXlsx(
  rounds: readonly Round[],
  results: ReadonlyMap<number, readonly PublishedResult[]>,
  site: SpreadsheetSite,
  perSheet = MAX_ROWS - 1,
): Iterable<Uint8Array> {
  const sorted = [...rounds].sort((a, b) => a.year - b.year);
  const dimensions = dimensionsOf(sorted);
  const columns = resultColumns(true, dimensions);
  const total = sorted.reduce((n, r) => n + (results.get(r.year)?.length ?? 0), 0);
  const sheets = Math.max(1, Math.ceil(total / perSheet));
  const slice = function* (from: number) {
    let i = 0;
    for (const r of sorted)
      for (const result of results.get(r.year) ?? []) {
        if (i >= from + perSheet) return;
        if (i++ >= from) yield { year: r.year, result };
      }
  };
  const about: Cell[][] = [
    ['Judul', `Semua putaran: ${site.title}`],
    ...sorted.map((r): Cell[] => [
      `Putaran ${r.year}`,
      `${r.title}, ${r.published ? `diumumkan ${formatDate(r.published)}` : 'tanggal pengumuman tidak diketahui'}; sumber: ${r.source ?? site.publisher}`,
    ]),
  ];
  const latest = sorted.map(date).sort().at(-1) ?? '1980-01-01';
  return xlsx(
    [
      ...Array.from({ length: sheets }, (_, i) => ({
        name: i === 0 ? 'Hasil' : `Hasil ${i + 1}`,
        columns,
        header: true,
        rows: resultRows(slice(i * perSheet), true, dimensions),
      })),
      notesSheet(site, about, true, dimensions),
    ],
    properties(site, `Semua putaran: ${site.title}`, sorted.map((r) => r.year).join(', '), latest),
  );
}

function properties(site: SpreadsheetSite, title: string, years: string, date: string) {
  const license = site.dataLicense;
  return {
    title,
    subject: `Hasil Penilaian Kepatuhan Standar Pelayanan Publik ${site.publisher}`,
    creator: site.publisher,
    description: `${site.sampleData ? 'Data contoh, bukan hasil resmi. ' : ''}Lisensi ${license.name}${license.url ? ` (${license.url})` : ''}. ${site.url}${urls.dataIndex()}`,
    keywords: `kepatuhan; pelayanan publik; ${years}`,
    date,
  };
}
