/**
 * The spreadsheet and zip downloads of the small fixture, read back: `data/YYYY.xlsx` and
 * `data/semua.xlsx` hold the CSV's header and rows with typed cells (codes text, scores
 * numbers as in the JSON, shown with two decimals), and `data/semua-data.zip` holds every
 * CSV, JSON and XLSX of `/data/`, byte for byte, with a README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../src/site.ts';
import { allRoundsXlsx } from '../src/view/spreadsheets.ts';
import type { PublishedResult } from '../src/view/downloads.ts';
import type { Round } from '../src/domain/types.ts';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';
import { readXlsx, values, type ReadSheet } from './helpers/read-xlsx.ts';

const SMALL = fixturePath('site-small');
let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture(SMALL);
  expect(site.ok).toBe(true);
});
afterAll(() => site?.cleanup());

const bytes = (path: string) => readFileSync(join(site.output, path));
const csv = (path: string) => parse(site.read(path)) as string[][];
const NUMBERS = new Set([
  'year',
  'score',
  'rank',
  'rankOf',
  'provinceRank',
  'provinceRankOf',
  'previousYear',
  'previousScore',
  'scoreChange',
  'previousRank',
  'rankChange',
  'previousRankOf',
]);
const DECIMALS = new Set(['score', 'previousScore', 'scoreChange']);

/** Every cell of the sheet against the CSV (empty where it is empty) and the JSON's rows (the true values and types). */
function expectSheetMatches(sheet: ReadSheet, rows: string[][], json: Record<string, unknown>[]) {
  const [header, ...body] = rows;
  expect(values(sheet, header!.length)[0]).toEqual(header);
  expect(sheet.rows.length).toBe(rows.length);
  body.forEach((line, r) => {
    const cells = sheet.rows[r + 1]!;
    header!.forEach((column, c) => {
      const cell = cells[c];
      const where = `row ${r + 2} ${column}`;
      if (line[c] === '') return expect(cell, where).toBeUndefined();
      const [, dimension] = column.split('dimensions.');
      const expected = dimension ? (json[r]!.dimensions as Record<string, number>)[dimension] : json[r]![column];
      if (dimension || NUMBERS.has(column)) {
        expect(cell, where).toMatchObject({ type: 'n', value: expected });
        expect(cell!.format, where).toBe(dimension || DECIMALS.has(column) ? '0.00' : 'General');
      } else if (column === 'methodBreak') expect(cell, where).toMatchObject({ type: 'b', value: expected });
      else expect(cell, where).toMatchObject({ type: 's', value: expected, format: '@' });
    });
  });
}

describe('data/YYYY.xlsx', () => {
  it.each([2019, 2021, 2022])('%i: the CSV header and rows, typed as the JSON; the round and its licence described', (year) => {
    const book = readXlsx(bytes(`data/${year}.xlsx`));
    const json = JSON.parse(site.read(`data/${year}.json`)) as { title: string; published: string | null; results: Record<string, unknown>[] };
    expect(book.sheets.map((s) => s.name)).toEqual(['Hasil', 'Keterangan']);
    const [hasil, notes] = book.sheets;
    expectSheetMatches(hasil!, csv(`data/${year}.csv`), json.results);
    expect(hasil!.frozenRows).toBe(1);
    expect(hasil!.rows[0]!.every((c) => c!.bold)).toBe(true);

    const about = Object.fromEntries(values(notes!, 2).filter((r) => r[0] !== null));
    expect(about).toMatchObject({ Judul: json.title, 'Tahun penilaian': String(year), Penerbit: 'Ombudsman Republik Indonesia' });
    expect(about.Lisensi).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.id)');
    expect(about.score).toMatch(/^Nilai kepatuhan/);
    expect(book.properties).toMatchObject({ title: json.title, created: `${json.published ?? `${year}-12-31`}T00:00:00Z` });
  });

  it('codes are text: the province code 32 and kabupaten 32.01 are not numbers', () => {
    const hasil = readXlsx(bytes('data/2022.xlsx')).sheets[0]!;
    const codes = hasil.rows.slice(1).map((r) => r[0]!);
    expect(codes.every((c) => c.type === 's')).toBe(true);
    expect(codes.map((c) => c.value)).toContain('32');
    expect(codes.map((c) => c.value)).toContain('32.01');
  });
});

describe('data/semua.xlsx', () => {
  it('the rows of semua.csv, year first, typed', () => {
    const book = readXlsx(bytes('data/semua.xlsx'));
    const rows = csv('data/semua.csv');
    const json = JSON.parse(site.read('data/semua.json')) as { results: Record<string, unknown>[] };
    expect(book.sheets.map((s) => s.name)).toEqual(['Hasil', 'Keterangan']);
    expectSheetMatches(book.sheets[0]!, rows, json.results);
    expect(book.sheets[0]!.autoFilter).toBe(`A1:Y${rows.length}`); // 25 columns: year, 23 fields, one dimension;
  });

  it('rows beyond a sheet continue on the next, each with the header', () => {
    const rounds = [{ year: 2020, title: 'T', published: null, source: null, dimensions: [] }] as unknown as Round[];
    const row = (code: string) => ({ code, score: 1, dimensions: {} }) as unknown as PublishedResult;
    const results = new Map([[2020, ['1', '2', '3', '4', '5'].map(row)]]);
    const settings = { title: 'S', url: 'https://x.org', publisher: 'P', sampleData: false, dataLicense: { name: 'CC BY 4.0', url: '' } };
    const book = readXlsx(Buffer.concat([...allRoundsXlsx(rounds, results, settings, 2)]));
    expect(book.sheets.map((s) => s.name)).toEqual(['Hasil', 'Hasil 2', 'Hasil 3', 'Keterangan']);
    expect(book.sheets.slice(0, 3).map((s) => s.rows.slice(1).map((r) => r[1]!.value))).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(book.sheets.slice(0, 3).every((s) => s.rows[0]![1]!.value === 'code')).toBe(true);
  });
});

describe('data/semua-data.zip', () => {
  it('holds README.txt and every CSV, JSON and XLSX of data/, byte for byte as published', () => {
    const zip = unzipSync(bytes('data/semua-data.zip'));
    const published = site
      .files()
      .filter((f) => /^data\/[^/]+\.(csv|json|xlsx)$/.test(f))
      .map((f) => f.slice('data/'.length));
    expect(published).toEqual(expect.arrayContaining(['2022.xlsx', 'semua.xlsx', 'semua.csv', 'semua.json', 'datapackage.json', '2019.csv', '2021.json']));
    expect(Object.keys(zip).sort()).toEqual(['README.txt', ...published].sort());
    for (const name of published) expect(Buffer.from(zip[name]!).equals(bytes(`data/${name}`)), name).toBe(true);
    const readme = strFromU8(zip['README.txt']!);
    expect(readme).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.id)');
    expect(readme).toContain('- 2022.xlsx, 2022.csv, 2022.json: Penilaian Kepatuhan 2022 (uji), diumumkan 13 Desember 2022.');
    expect(readme).toMatch(/CARA MENGUTIP\r\n\r\nOmbudsman Republik Indonesia\. \(2022\)\. Data Situs Uji Kepatuhan\./);
  });

  it('the data page lists the spreadsheets and the zip, and says how to open each kind of file', () => {
    const page = site.read('data/index.html');
    for (const href of ['/data/2022.xlsx', '/data/semua.xlsx', '/data/semua-data.zip']) expect(page).toContain(`href="${href}" download`);
    expect(page).toContain('id="membuka"');
    const pkg = JSON.parse(site.read('data/datapackage.json')) as { resources: { path: string; format: string; mediatype: string }[] };
    expect(pkg.resources.filter((r) => r.format !== 'csv').map((r) => [r.path, r.mediatype])).toEqual([
      ['semua.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['2019.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['2021.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['2022.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['https://uji.example.id/data/semua-data.zip', 'application/zip'],
    ]);
  });
});

describe('deterministic', () => {
  it('the spreadsheets and the zip made again, later, are byte-identical to the built ones', () => {
    const view = loadSite(SMALL);
    for (const url of ['/data/2022.xlsx', '/data/semua.xlsx', '/data/semua-data.zip']) {
      const file = view.files.find((f) => f.url === url)!;
      const again = Buffer.concat([...(file.content() as Iterable<Uint8Array>)]);
      expect(again.equals(bytes(url.slice(1))), url).toBe(true);
    }
  });
});
