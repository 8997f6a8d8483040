import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorrections } from '../../src/ingest/corrections.ts';
import { readFrontMatter } from '../../src/ingest/markdown.ts';
import { formatProblem, Problems } from '../../src/ingest/problems.ts';
import { regionCorrections } from '../../src/view/corrections.ts';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const FILE = 'content/regions/32.01.md';
const EXAMPLE = '- { date: 2024-03-01, text: Nilai 2023 diperbaiki dari 58,10 menjadi 85,10 }';

function read(text: string) {
  const problems = new Problems();
  const fm = readFrontMatter(text, FILE, problems)!;
  const corrections = readCorrections(fm.data.corrections, text, FILE, problems);
  return { corrections, messages: problems.list.map(formatProblem) };
}

describe('reading corrections', () => {
  it('reads block and flow items; reports each bad one at its line', () => {
    const text = [
      '---', //                                                  1
      'code: "32.01"', //                                        2
      'corrections:', //                                         3
      '  - date: 2024-03-01', //                                 4
      '    text: Nilai 2023 diperbaiki dari 58,10 menjadi 85,10', // 5
      '  - { date: 2024-02-30, text: Tanggal tidak ada }', //     6
      '  - date: 2024-04-01', //                                 7
      '    text: ""', //                                         8
      '  - text: tanpa tanggal', //                              9
      '  - sekadar teks', //                                     10
      '  - { date: "2024-05-02", text: "Nama *Kabupaten* Bogor" }', // 11
      '  - date: 5 Maret 2024', //                               12
      '    text: tanggal ditulis dengan kata', //                13
      '---', //                                                  14
      'Profil.',
    ].join('\n');
    const { corrections, messages } = read(text);
    expect(corrections).toEqual([
      { date: '2024-03-01', text: 'Nilai 2023 diperbaiki dari 58,10 menjadi 85,10', html: 'Nilai 2023 diperbaiki dari 58,10 menjadi 85,10' },
      { date: '2024-05-02', text: 'Nama *Kabupaten* Bogor', html: 'Nama <em>Kabupaten</em> Bogor' },
    ]);
    expect(messages).toEqual([
      `${FILE}:6: ralat 2: tanggal "2024-02-30" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. 2024-03-01)`,
      `${FILE}:7: ralat 3: teks (text) kosong; tulis apa yang dikoreksi dan kapan`,
      `${FILE}:9: ralat 4: tanggal (date) wajib; diharapkan YYYY-MM-DD, mis. 2024-03-01`,
      `${FILE}:10: ralat 5: harus berisi date dan text, mis. ${EXAMPLE}`,
      `${FILE}:12: ralat 7: tanggal "5 Maret 2024" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. 2024-03-01)`,
    ]);
  });

  it('checks dates as written in a flow list too (YAML would turn 2024-13-01 into 2025-01-01)', () => {
    const text = '---\ncode: "32.01"\ncorrections: [{ date: 2024-01-31, text: a }, { date: 2024-13-01, text: b }]\n---\n';
    const { corrections, messages } = read(text);
    expect(corrections.map((c) => c.date)).toEqual(['2024-01-31']);
    expect(messages).toEqual([`${FILE}:3: ralat 2: tanggal "2024-13-01" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. 2024-03-01)`]);
  });

  it('reports a corrections key that is not a list; no key means no corrections', () => {
    expect(read('---\ncode: "32.01"\ncorrections: nilai salah\n---\n').messages).toEqual([`${FILE}:3: corrections harus berupa daftar ralat, mis. ${EXAMPLE}`]);
    expect(read('---\ncode: "32.01"\n---\n')).toEqual({ corrections: [], messages: [] });
  });

  it('keeps raw HTML out of the rendered text', () => {
    const { corrections } = read('---\ncorrections:\n  - date: 2024-01-02\n    text: <script>alert(1)</script> diperbaiki\n---\n');
    expect(corrections[0]!.html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; diperbaiki');
  });
});

describe('corrections on the page', () => {
  it('lists them newest first; equal dates keep their order and get distinct anchors', () => {
    const c = (date: string, text: string) => ({ date, text, html: text });
    const list = regionCorrections([
      { year: null, corrections: [c('2024-01-05', 'a'), c('2024-03-01', 'b')] },
      { year: 2023, corrections: [c('2024-03-01', 'c'), c('2023-12-31', 'd')] },
    ]);
    expect(list.map((x) => [x.id, x.text, x.year])).toEqual([
      ['ralat-2024-03-01', 'b', null],
      ['ralat-2024-03-01-2', 'c', 2023],
      ['ralat-2024-01-05', 'a', null],
      ['ralat-2023-12-31', 'd', 2023],
    ]);
  });
});

describe('corrections in a built site', () => {
  let site: TempSite;
  let built: BuiltFixture;
  beforeAll(async () => {
    site = tempSite();
    site.write(
      'content/regions/32.01-kabupaten-bogor.md',
      [
        '---',
        'code: "32.01"',
        'corrections:',
        '  - date: 2023-01-05',
        '    text: Nilai 2022 diperbaiki dari 7,99 menjadi 77,99 <b>tebal</b>',
        '  - { date: 2023-02-01, text: "Nama [kabupaten](https://example.org/) dibetulkan" }',
        '---',
        '',
        'Profil Kabupaten Bogor.',
      ].join('\n'),
    );
    built = await buildFixture(site.root);
  });
  afterAll(() => {
    built?.cleanup();
    site?.cleanup();
  });

  it('shows them on the region page, escaped, with an anchor each', () => {
    expect(built.log.filter((l) => l.includes(': '))).toEqual([]);
    expect(built.ok).toBe(true);
    const html = built.read('wilayah/kabupaten-bogor/index.html');
    expect(html).toContain('<h2 id="ralat">Ralat</h2>');
    const first = html.indexOf(
      '<li id="ralat-2023-02-01"><time datetime="2023-02-01">1 Februari 2023</time>: Nama <a href="https://example.org/">kabupaten</a> dibetulkan</li>',
    );
    const second = html.indexOf(
      '<li id="ralat-2023-01-05"><time datetime="2023-01-05">5 Januari 2023</time>: Nilai 2022 diperbaiki dari 7,99 menjadi 77,99 &lt;b&gt;tebal&lt;/b&gt;</li>',
    );
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(built.read('wilayah/kota-bogor/index.html')).not.toContain('id="ralat"');
  });

  it('adds feed entries dated by the correction, newest first among the rounds', () => {
    const feed = built.read('feed.xml');
    const entries = [
      ...feed.matchAll(
        /<entry>\s*<title>([^<]*)<\/title>\s*<link href="([^"]*)"\/>\s*<id>[^<]*<\/id>\s*<updated>([^<]*)<\/updated>\s*<summary>([^<]*)<\/summary>/g,
      ),
    ].map((m) => [m[1], m[2], m[3], m[4]]);
    expect(entries).toEqual([
      [
        'Ralat: Kabupaten Bogor',
        'https://uji.example.id/wilayah/kabupaten-bogor/#ralat-2023-02-01',
        '2023-02-01T00:00:00Z',
        'Ralat 1 Februari 2023: Nama [kabupaten](https://example.org/) dibetulkan',
      ],
      [
        'Ralat: Kabupaten Bogor',
        'https://uji.example.id/wilayah/kabupaten-bogor/#ralat-2023-01-05',
        '2023-01-05T00:00:00Z',
        'Ralat 5 Januari 2023: Nilai 2022 diperbaiki dari 7,99 menjadi 77,99 &lt;b&gt;tebal&lt;/b&gt;',
      ],
      ['Penilaian Kepatuhan 2022 (uji)', 'https://uji.example.id/peringkat/2022/', '2022-12-13T00:00:00Z', expect.any(String)],
      ['Penilaian Kepatuhan Standar Pelayanan Publik 2021', 'https://uji.example.id/peringkat/2021/', '2021-12-31T00:00:00Z', expect.any(String)],
      ['Penilaian Kepatuhan 2019 (uji)', 'https://uji.example.id/peringkat/2019/', '2019-12-10T00:00:00Z', expect.any(String)],
    ]);
    expect(feed).toContain('<updated>2023-02-01T00:00:00Z</updated>\n<author>');
  });

  it('a bad correction stops the build with file:line: message', async () => {
    const bad = tempSite();
    try {
      bad.write('content/regions/32.01-kabupaten-bogor.md', '---\ncode: "32.01"\ncorrections:\n  - date: 2023-02-29\n    text: x\n---\n');
      const r = await buildFixture(bad.root);
      expect(r.ok).toBe(false);
      expect(r.log).toContain(
        'content/regions/32.01-kabupaten-bogor.md:4: ralat 1: tanggal "2023-02-29" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. 2024-03-01)',
      );
      r.cleanup();
    } finally {
      bad.cleanup();
    }
  });
});
