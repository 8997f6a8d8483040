import { describe, expect, it } from 'vitest';
import { readFrontMatter, renderMarkdown } from '../../src/ingest/markdown.ts';
import { readNarrative } from '../../src/ingest/narratives.ts';
import { readRound } from '../../src/ingest/rounds.ts';
import { formatProblem, Problems } from '../../src/ingest/problems.ts';

const FILE = 'content/regions/x.md';

function frontMatter(text: string) {
  const problems = new Problems();
  const fm = readFrontMatter(text, FILE, problems);
  return { fm, messages: problems.list.map(formatProblem) };
}

describe('readFrontMatter', () => {
  it('reads YAML front matter, with or without BOM and CRLF, and says where the body starts', () => {
    for (const text of ['---\ncode: "32.01"\n---\n\nIsi.\n', '\uFEFF---\r\ncode: "32.01"\r\n---\r\n\r\nIsi.\r\n', '---yaml\ncode: "32.01"\n---\n\nIsi.\n']) {
      const { fm, messages } = frontMatter(text);
      expect(messages).toEqual([]);
      expect(fm?.data).toEqual({ code: '32.01' });
      expect(fm?.body.trim()).toBe('Isi.');
      expect(fm?.bodyLine).toBe(4);
    }
  });

  it('treats a file without front matter as all body', () => {
    expect(frontMatter('Hanya isi.\n').fm).toEqual({ data: {}, body: 'Hanya isi.\n', bodyLine: 1 });
  });

  it.each([
    // [name, text, expected message]
    [
      '---js',
      '---js\n{ code: "32.01" }\n---\n',
      `${FILE}:1: front matter "---js" tidak diizinkan; diharapkan front matter YAML yang diawali baris --- saja (bahasa lain, seperti ---js, dapat menjalankan kode)`,
    ],
    [
      '---javascript',
      '---javascript\n{}\n---\n',
      `${FILE}:1: front matter "---javascript" tidak diizinkan; diharapkan front matter YAML yang diawali baris --- saja (bahasa lain, seperti ---js, dapat menjalankan kode)`,
    ],
    [
      '---json',
      '---json\n{"code": "1"}\n---\n',
      `${FILE}:1: front matter "---json" tidak diizinkan; diharapkan front matter YAML yang diawali baris --- saja (bahasa lain, seperti ---js, dapat menjalankan kode)`,
    ],
    [
      'unclosed',
      '---\ncode: "32.01"\n\nIsi tanpa penutup.\n',
      `${FILE}:1: front matter dibuka dengan --- di baris 1 tetapi tidak ditutup; diharapkan front matter YAML di antara dua baris ---`,
    ],
    [
      'bad indentation',
      '---\ncode: "32.01"\nyear: 2021\n  title: x\n---\n',
      `${FILE}:4: front matter tidak dapat dibaca: indentasi (spasi di awal baris) tidak sesuai dengan baris sebelumnya`,
    ],
    [
      'colon in value',
      '---\ncode: "32.01"\ntitle: Catatan: 2021\n---\n',
      `${FILE}:3: front matter tidak dapat dibaca: baris ini bukan pasangan kunci: nilai; nilai yang berisi titik dua (:) harus diberi tanda kutip`,
    ],
    [
      'duplicate key',
      '---\ncode: "32.01"\nyear: 2021\ncode: "32.71"\n---\n',
      `${FILE}:4: front matter tidak dapat dibaca: kunci yang sama ditulis dua kali; setiap kunci hanya boleh sekali`,
    ],
    [
      'unclosed bracket',
      '---\ncode: "32.01"\ntags: [a, b\nyear: 2021\n---\n',
      `${FILE}:3: front matter tidak dapat dibaca: kurung { } atau [ ] tidak lengkap, atau koma di antara isinya hilang`,
    ],
    [
      'unclosed brace in bands',
      '---\nbands:\n  - { min: 81, zone: hijau, label: Tinggi\n  - { min: 0, zone: merah, label: Rendah }\n---\n',
      `${FILE}:3: front matter tidak dapat dibaca: kurung { } atau [ ] tidak lengkap, atau koma di antara isinya hilang`,
    ],
    [
      'a list instead of keys',
      '---\n- a\n- b\n---\n',
      `${FILE}:2: front matter harus berupa pasangan kunci: nilai, mis. code: "18.72"; diharapkan front matter YAML di antara dua baris ---`,
    ],
  ])('refuses %s with the right line', (_, text, message) => {
    const { fm, messages } = frontMatter(text);
    expect(fm).toBeNull();
    expect(messages).toEqual([message]);
  });

  it('never runs ---js front matter', () => {
    const marker = `ran-${Math.random()}`;
    const g = globalThis as Record<string, unknown>;
    frontMatter(`---js\n{ code: (globalThis["${marker}"] = true, "32.01") }\n---\n`);
    frontMatter(`---  JS  \n{ code: (globalThis["${marker}"] = true, "32.01") }\n---\n`);
    expect(g[marker]).toBeUndefined();
  });
});

describe('readNarrative', () => {
  const codes = new Set(['32.01', '32.10']);
  const years = new Set([2019, 2021, 2022]);
  const read = (text: string) => {
    const problems = new Problems();
    const narrative = readNarrative(text, FILE, codes, years, problems);
    return { narrative, messages: problems.list.map(formatProblem) };
  };

  it('keeps a code written without quotes as written (32.10 is not 32.1)', () => {
    const { narrative, messages } = read('---\ncode: 32.10\n---\nIsi.\n');
    expect(messages).toEqual([]);
    expect(narrative?.code).toBe('32.10');
  });

  it('reports an unknown code and a year that is not a round, at their lines, both at once', () => {
    expect(read('---\ntitle: x\ncode: "99.99"\nyear: 2020\n---\n').messages).toEqual([
      `${FILE}:3: kode "99.99" tidak ada di data/regions.csv; diharapkan kode dari registri`,
      `${FILE}:4: tahun "2020" bukan putaran penilaian; diharapkan salah satu putaran yang ada: 2019, 2021, 2022`,
    ]);
  });

  it('reports a missing code', () => {
    expect(read('---\ntitle: x\n---\n').messages).toEqual([
      `${FILE}:2: kunci "code" tidak ada; diharapkan kode wilayah dari data/regions.csv di front matter (mis. code: "18.72")`,
    ]);
    expect(read('Tanpa front matter.\n').messages).toEqual([
      `${FILE}:1: kunci "code" tidak ada; diharapkan kode wilayah dari data/regions.csv di front matter (mis. code: "18.72")`,
    ]);
  });

  it('refuses images from other hosts, at the image’s line', () => {
    expect(read('---\ncode: "32.01"\n---\n\nParagraf satu.\n\nBaris satu\n![peta](https://contoh.example/peta.png)\n').messages).toEqual([
      `${FILE}:8: gambar dari situs lain ("https://contoh.example/peta.png") tidak diizinkan; diharapkan gambar tanpa alamat luar, atau tautan biasa [teks](https://contoh.example/peta.png)`,
    ]);
  });
});

describe('readRound', () => {
  const FILE_R = 'content/rounds/2022.md';
  const read = (text: string) => {
    const problems = new Problems();
    const round = readRound(2022, text, FILE_R, problems);
    return { round, messages: problems.list.map(formatProblem) };
  };

  it('reads bands, dimensions, dates and the narrative', () => {
    const { round, messages } = read(
      '---\ntitle: T\npublished: 2022-12-13\nsource: https://ombudsman.go.id/\nbands:\n  - { min: 50, zone: hijau, label: Baik, grade: A }\n  - { min: 0, zone: merah, label: Buruk }\ndimensions:\n  - { key: Input, label: Masukan }\n---\n\nNarasi **penting**.\n',
    );
    expect(messages).toEqual([]);
    expect(round).toEqual({
      year: 2022,
      title: 'T',
      published: '2022-12-13',
      source: 'https://ombudsman.go.id/',
      method: 'kepatuhan',
      sample: false,
      predicates: [],
      bands: [
        { min: 50, zone: 'hijau', label: 'Baik', grade: 'A' },
        { min: 0, zone: 'merah', label: 'Buruk', grade: null },
      ],
      dimensions: [{ key: 'input', label: 'Masukan' }],
      html: '<p>Narasi <strong>penting</strong>.</p>\n',
    });
  });

  it('checks a date as written: YAML would turn 30 February into 2 March', () => {
    expect(read('---\npublished: 2022-02-30\n---\n').messages).toEqual([
      `${FILE_R}:2: tanggal "2022-02-30" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. 2022-12-10)`,
    ]);
  });

  it('warns about an unknown key, which would otherwise silently mean the default bands', () => {
    const { round, messages } = read('---\nband:\n  - { min: 0, zone: merah, label: X }\n---\n');
    expect(messages).toEqual([
      `${FILE_R}:2: peringatan: kunci "band" tidak dikenal dan diabaikan; kunci yang dikenal: title, published, source, method, sample, predicates, bands, dimensions`,
      `${FILE_R}: peringatan: putaran 2022 belum punya tanggal published (tanggal hasil diumumkan); isi published: YYYY-MM-DD di content/rounds/2022.md`,
    ]);
    expect(round.bands[0]!.label).toBe('Kepatuhan Tinggi');
  });
});

describe('renderMarkdown', () => {
  it('shows raw HTML as text and refuses javascript: links', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))\n');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
