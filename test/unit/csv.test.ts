import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from '../../src/ingest/csv.ts';
import { readScores } from '../../src/ingest/scores.ts';
import { defaultRound } from '../../src/ingest/rounds.ts';
import { formatProblem, Problems } from '../../src/ingest/problems.ts';
import type { Region } from '../../src/domain/types.ts';

const FILE = 'data/scores/2019.csv';
const REGISTRY = new Map<string, Region>(
  [
    { code: '18', name: 'Lampung', kind: 'provinsi', province: null },
    { code: '18.03', name: 'Lampung Utara', kind: 'kabupaten', province: '18' },
    { code: '18.72', name: 'Metro', kind: 'kota', province: '18' },
  ].map((r) => [r.code, { ...r, slug: 'x', formerSlugs: [] } as Region]),
);

function scoresOf(text: string) {
  const problems = new Problems();
  const scores = readScores(text, FILE, defaultRound(2019), REGISTRY, problems);
  return { scores, messages: problems.list.map(formatProblem) };
}

const PLAIN = 'code,name,score\n18,Lampung,75.5\n18.03,Lampung Utara,80.85\n18.72,Metro,81\n';
const EXPECTED = [
  { code: '18', score: 75.5, predicate: null, dimensions: {} },
  { code: '18.03', score: 80.85, predicate: null, dimensions: {} },
  { code: '18.72', score: 81, predicate: null, dimensions: {} },
];

describe('score files as spreadsheets write them', () => {
  it('reads the plain file', () => {
    expect(scoresOf(PLAIN)).toEqual({ scores: EXPECTED, messages: [] });
  });

  it.each([
    ['UTF-8 with BOM', `\uFEFF${PLAIN}`],
    ['CRLF line ends', PLAIN.replace(/\n/g, '\r\n')],
    ['; delimiter with decimal comma', 'code;name;score\n18;Lampung;75,5\n18.03;Lampung Utara;80,85\n18.72;Metro;81\n'],
    ['decimal comma quoted in a , file', 'code,name,score\n18,Lampung,"75,5"\n18.03,Lampung Utara,"80,85"\n18.72,Metro,81\n'],
    ['stray spaces around values and headers', ' code , name ,  score \n 18 , Lampung , 75.5 \n18.03,  Lampung Utara,80.85  \n18.72 ,Metro, 81\n'],
    ['empty trailing lines', `${PLAIN}\n\n\n`],
    ['empty lines between rows', 'code,name,score\n\n18,Lampung,75.5\n\n18.03,Lampung Utara,80.85\n18.72,Metro,81\n\n'],
    ['rows of only delimiters (;;;)', 'code;name;score\n18;Lampung;75,5\n18.03;Lampung Utara;80,85\n18.72;Metro;81\n;;\n;;;\n ; ; \n'],
    ['rows of only delimiters (,,,)', `${PLAIN},,\n,,\n`],
    ['header case differences', 'CODE,Name,Score\n18,Lampung,75.5\n18.03,Lampung Utara,80.85\n18.72,Metro,81\n'],
    ['no final line end', PLAIN.trimEnd()],
    ['columns in another order', 'score,code\n75.5,18\n80.85,18.03\n81,18.72\n'],
    [
      'everything at once, as an Indonesian spreadsheet exports it',
      '\uFEFFCode ; NAME ; Score \r\n 18 ; Lampung ; 75,50 \r\n18.03;Lampung Utara;80,85\r\n\r\n18.72;Kota Metro;81,00\r\n;;\r\n;;\r\n\r\n',
    ],
  ])('accepts %s', (_, text) => {
    expect(scoresOf(text)).toEqual({ scores: EXPECTED, messages: [] });
  });

  it('detects the delimiter from the header, ignoring quoted text', () => {
    expect(detectDelimiter('code;name;score\n')).toBe(';');
    expect(detectDelimiter('code,name,score\n')).toBe(',');
    expect(detectDelimiter('\uFEFF\n\n"a;b;c",score\n')).toBe(',');
    expect(detectDelimiter('"a,b,c";score;x\n')).toBe(';');
  });
});

describe('line numbers', () => {
  it('counts skipped blank and delimiter-only lines', () => {
    const { messages } = scoresOf('code;score\r\n\r\n;;\r\n18;x\r\n\r\n18.03;101\r\n');
    expect(messages).toEqual([
      `${FILE}:4: kolom score: "x" bukan angka; diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85`,
      `${FILE}:6: kolom score: "101" di luar rentang; diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85`,
    ]);
  });

  it('reports a multi-line quoted record at its first line, and later lines stay right (LF and CRLF)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['code,name,score', '18,"Provinsi', 'Lampung",abc', '18.03,Lampung Utara,x'].join(eol) + eol;
      expect(scoresOf(text).messages).toEqual([
        `${FILE}:2: kolom score: "abc" bukan angka; diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85`,
        `${FILE}:4: kolom score: "x" bukan angka; diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85`,
      ]);
    }
  });

  it('keeps one problem on one line when a quoted value holds a line break', () => {
    expect(scoresOf('code,name,score\n18,"Lampung\nRaya",1\n').messages).toEqual([
      `${FILE}:2: peringatan: nama "Lampung\\nRaya" tidak sama dengan registri untuk kode 18; diharapkan "Lampung" atau "Provinsi Lampung" (nilainya tetap dipakai)`,
    ]);
  });

  it('gives the header line for column problems', () => {
    const problems = new Problems();
    const table = readCsv('\n\ncode,score\n18,1\n', FILE, problems);
    expect(table?.headerLine).toBe(3);
    expect(table?.rows.map((r) => r.line)).toEqual([4]);
  });
});

describe('unreadable CSV', () => {
  const messagesOf = (text: string) => {
    const problems = new Problems();
    readCsv(text, FILE, problems);
    return problems.list.map(formatProblem);
  };

  it('reports an unclosed quote where it was opened', () => {
    expect(messagesOf('code,name,score\n18,Lampung,1\n18.03,"Lampung Utara,2\n18.72,Metro,3\n')).toEqual([
      `${FILE}:3: tanda kutip (") dibuka tetapi tidak pernah ditutup; diharapkan tanda kutip penutup sebelum pemisah atau akhir baris`,
    ]);
  });

  it('reports text after a closing quote', () => {
    expect(messagesOf('code,name,score\n18,"Lampung" Raya,1\n')).toEqual([
      `${FILE}:2: ada teks setelah tanda kutip penutup; diharapkan pemisah (,) atau akhir baris. Tanda kutip di dalam nilai yang berkutip ditulis dua kali ("")`,
    ]);
  });

  it('refuses text that is not UTF-8 (Windows-1252, UTF-16), at the first unreadable line', () => {
    const latin1 = Buffer.from('code,name\n18,Lampung\n73.10,Pangkaj\xe8ne\n', 'latin1').toString('utf8');
    const utf16 = Buffer.from('\uFEFFcode,name\n18,Lampung\n', 'utf16le').toString('utf8');
    const message =
      'berkas bukan UTF-8 (ada karakter yang tidak dapat dibaca); diharapkan teks UTF-8: simpan ulang dari spreadsheet sebagai "CSV UTF-8", atau dari editor dengan pengodean UTF-8';
    expect(messagesOf(latin1)).toEqual([`${FILE}:3: ${message}`]);
    expect(messagesOf(utf16)).toEqual([`${FILE}:1: ${message}`]);
  });

  it('accepts a quote inside an unquoted value', () => {
    expect(messagesOf('code,name\n18,Lampung "Ruwa Jurai"\n')).toEqual([]);
  });

  it('reports an empty file, a repeated header and a row with more values than headers', () => {
    expect(messagesOf('')).toEqual([`${FILE}: berkas kosong; diharapkan baris judul kolom (mis. code,score) lalu baris data`]);
    expect(messagesOf('code,score,Score\n18,1,2\n')).toEqual([
      `${FILE}:1: kolom "score" muncul dua kali di baris judul (kolom ke-2 dan ke-3); setiap judul kolom harus unik`,
    ]);
    expect(messagesOf('code,score\n18,80,85\n')).toEqual([
      `${FILE}:2: baris ini berisi 3 nilai, sedangkan baris judul hanya 2 kolom; periksa pemisah (,) dan tanda kutip; angka berkoma desimal dalam berkas berpemisah koma harus diberi tanda kutip ("80,85")`,
    ]);
  });

  it('ignores a column without a header, warning only when it holds values', () => {
    expect(messagesOf('code;score;\n18;80;\n')).toEqual([]);
    expect(messagesOf('code;score;\n18;80;catatan\n')).toEqual([`${FILE}:1: peringatan: kolom ke-3 tidak memiliki judul; isinya diabaikan`]);
  });
});
