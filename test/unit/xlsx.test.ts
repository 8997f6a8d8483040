import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { columnName, xlsx, type Column, type Sheet } from '../../src/view/xlsx.ts';
import { zipFiles } from '../../src/view/zip.ts';
import { readXlsx, values } from '../helpers/read-xlsx.ts';

const bytes = (pieces: Iterable<Uint8Array>) => Buffer.concat([...pieces]);

const COLUMNS: Column[] = [
  { header: 'code', type: 'text', width: 10 },
  { header: 'score', type: 'decimal', width: 8 },
  { header: 'rank', type: 'integer', width: 8 },
  { header: 'methodBreak', type: 'boolean', width: 14 },
  { header: 'name', type: 'text', width: 20 },
];

const PROPS = { title: 'Putaran <uji> & "coba"', subject: 'S', creator: 'Ombudsman', description: 'Lisensi CC BY 4.0', keywords: 'k', date: '2022-12-13' };

const sheet = (rows: Sheet['rows']): Sheet => ({ name: 'Hasil', columns: COLUMNS, header: true, rows });

describe('xlsx: typed cells read back', () => {
  const book = readXlsx(
    bytes(
      xlsx(
        [
          sheet([
            ['32.10', 88, 1, false, 'Bogor'],
            ['32.01', 77.99, 2, true, '=HYPERLINK("x") & <b> \'kutip\''],
            ['KEM-01', null, null, null, ' spasi '],
            ['63', -0.5, -3, false, 'kontrol\u0001dan\uD800'],
          ]),
          { name: 'Keterangan', columns: [COLUMNS[4]!, COLUMNS[4]!], header: false, rows: [['Lisensi', 'CC BY 4.0']] },
        ],
        PROPS,
      ),
    ),
  );
  const [hasil, notes] = book.sheets;

  it('codes are text, so a trailing zero stays (32.10 is not 32.1)', () => {
    expect(hasil!.rows[1]![0]).toMatchObject({ type: 's', value: '32.10', format: '@' });
    expect(hasil!.rows[4]![0]).toMatchObject({ type: 's', value: '63' });
  });

  it('scores are numbers shown with two decimals; ranks whole numbers; TRUE/FALSE; empty cells stay empty', () => {
    expect(hasil!.rows[1]![1]).toMatchObject({ type: 'n', value: 88, format: '0.00' });
    expect(hasil!.rows[2]![1]).toMatchObject({ type: 'n', value: 77.99, format: '0.00' });
    expect(hasil!.rows[1]![2]).toMatchObject({ type: 'n', value: 1, format: 'General' });
    expect(hasil!.rows[4]![2]).toMatchObject({ type: 'n', value: -3 });
    expect(hasil!.rows[2]![3]).toMatchObject({ type: 'b', value: true });
    expect(values(hasil!, 5)[3]).toEqual(['KEM-01', null, null, null, ' spasi ']);
  });

  it('text is text as written: no formula, escaped, characters XML cannot hold replaced', () => {
    expect(hasil!.rows[2]![4]!.value).toBe('=HYPERLINK("x") & <b> \'kutip\'');
    expect(hasil!.rows[4]![4]!.value).toBe('kontrol\uFFFDdan\uFFFD');
    expect(book.entries['xl/worksheets/sheet1.xml']!.toString()).not.toMatch(/<f>/);
  });

  it('a bold header row, frozen, with a filter over every row; column widths; a second sheet without header', () => {
    expect(values(hasil!, 5)[0]).toEqual(COLUMNS.map((c) => c.header));
    expect(hasil!.rows[0]!.every((c) => c!.bold)).toBe(true);
    expect(hasil!.frozenRows).toBe(1);
    expect(hasil!.autoFilter).toBe('A1:E5');
    expect(hasil!.widths).toEqual([10, 8, 8, 14, 20]);
    expect(notes).toMatchObject({ name: 'Keterangan', frozenRows: 0, autoFilter: null });
    expect(values(notes!, 2)).toEqual([['Lisensi', 'CC BY 4.0']]);
  });

  it('document properties, dated from the data', () => {
    expect(book.properties).toMatchObject({
      title: 'Putaran <uji> & "coba"',
      creator: 'Ombudsman',
      created: '2022-12-13T00:00:00Z',
      modified: '2022-12-13T00:00:00Z',
    });
  });
});

describe('xlsx: deterministic bytes', () => {
  it('the same sheets make the same bytes, every time', () => {
    const make = () => bytes(xlsx([sheet([['32.10', 88, 1, false, 'Bogor']])], PROPS));
    expect(make().equals(make())).toBe(true);
  });

  it('every zip entry carries the given date at noon, not the clock', () => {
    const zip = bytes(zipFiles([{ name: 'a.txt', content: () => 'a' }], '2022-12-13'));
    // Local file header: DOS time at offset 10, date at 12 (local time, as zip tools read it).
    const time = zip.readUInt16LE(10);
    const date = zip.readUInt16LE(12);
    expect([1980 + (date >> 9), (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2022, 12, 13, 12, 0]);
    expect(Buffer.from(unzipSync(zip)['a.txt']!).toString()).toBe('a');
  });
});

describe('xlsx: wrapped text', () => {
  it('a row whose wrapped text takes more lines is made taller (spreadsheets do not grow it on opening)', () => {
    const columns: Column[] = [
      { header: '', type: 'text', width: 10, bold: true },
      { header: '', type: 'text', width: 20, wrap: true },
    ];
    const zip = unzipSync(
      bytes(
        xlsx(
          [
            {
              name: 'Keterangan',
              columns,
              header: false,
              rows: [
                ['a', 'pendek'],
                ['b', 'x'.repeat(45)],
              ],
            },
          ],
          PROPS,
        ),
      ),
    );
    const xml = Buffer.from(zip['xl/worksheets/sheet1.xml']!).toString();
    expect(xml).toContain('<row r="1"><c');
    expect(xml).toContain('<row r="2" ht="45" customHeight="1">');
  });
});

describe('xlsx: sheet limits and names', () => {
  it('column names: A … Z, AA … ZZ, AAA', () => {
    expect([0, 25, 26, 27, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'ZZ', 'AAA']);
  });

  it('a zip of pieces holds the same bytes as the whole', () => {
    const text = 'baris,ñ,€\r\n'.repeat(10_000);
    const pieces = ['', ...text.match(/[\s\S]{1,777}/g)!];
    const zip = bytes(zipFiles([{ name: 'a.csv', content: () => pieces }], '2022-12-13'));
    expect(Buffer.from(unzipSync(zip)['a.csv']!).toString()).toBe(text);
  });
});

describe('zip: entries deflated a slice at a time', () => {
  // Text that repeats a few kilobytes back, so matches reach across slices (1 MiB each).
  const text = Array.from({ length: 120_000 }, (_, i) => `${i % 997},kabupaten ${i % 613},${(i * 7919) % 10007}\r\n`).join('');
  const zipOf = (pieces: Iterable<string | Uint8Array>, stored = false) => bytes(zipFiles([{ name: 'a.csv', content: () => pieces, stored }], '2022-12-13'));
  const whole = zipOf([text]);

  it('entries of several slices come back whole, stored or deflated', () => {
    expect(text.length).toBeGreaterThan(2.5 * 2 ** 20);
    expect(Buffer.from(unzipSync(whole)['a.csv']!).toString()).toBe(text);
    expect(Buffer.from(unzipSync(zipOf([text], true))['a.csv']!).toString()).toBe(text);
    // As small as deflating the whole at once: each slice reaches back into the one before.
    expect(whole.length).toBeLessThan(deflateRawSync(text, { level: 2 }).length * 1.01);
  });

  it('the same bytes however the content comes in pieces', () => {
    const encoded = Buffer.from(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: encoded.length }), { maxLength: 6 }), fc.constantFrom('text', 'bytes', 'one buffer'), (cuts, as) => {
        const at = [0, ...cuts.sort((a, b) => a - b), encoded.length];
        const pieces = at.slice(1).map((end, i) => encoded.subarray(at[i], end));
        // Text pieces are cut at characters; the data is ASCII, so bytes and characters agree.
        // 'one buffer': as a file read back comes, every piece in the same buffer, scribbled over before the next.
        const reused = Buffer.alloc(encoded.length);
        const read = function* () {
          for (const piece of pieces) {
            reused.fill(0);
            reused.set(piece);
            yield reused.subarray(0, piece.length);
          }
        };
        const given = as === 'text' ? pieces.map((p) => p.toString()) : as === 'bytes' ? pieces : read();
        expect(zipOf(given).equals(whole)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });
});
