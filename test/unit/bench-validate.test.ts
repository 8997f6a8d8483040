import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectation } from '../../bench/generate.ts';
import { treeRss } from '../../bench/process-tree.ts';
import { countPages, validateSite, type Expectation } from '../../bench/validate.ts';

const EXPECTED: Expectation = {
  resultsPerYear: { 2023: 2, 2024: 3 },
  regionPages: ['wilayah/provinsi-aceh/index.html', 'wilayah/kota-a/index.html'],
  region: { page: 'wilayah/provinsi-aceh/index.html', score: '80,85', rank: 3, rankOf: 38 },
};

let site: string;
const write = (rel: string, text: string) => {
  mkdirSync(dirname(join(site, rel)), { recursive: true });
  writeFileSync(join(site, rel), text);
};
const results = (n: number) => JSON.stringify({ year: 0, results: Array.from({ length: n }, (_, i) => ({ code: String(i) })) });

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'bench-validate-'));
  write('data/2023.json', results(2));
  write('data/2024.json', results(3));
  write('wilayah/provinsi-aceh/index.html', '<p>Provinsi Aceh: nilai 80,85 (Zona Hijau), peringkat 3 dari 38 provinsi.</p>');
  write('wilayah/kota-a/index.html', '<p>Kota A</p>');
  write('index.html', '<p>Beranda</p>');
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('the benchmark checks what it timed (bench/validate.ts)', () => {
  it('passes a site that matches its input', () => {
    expect(validateSite(site, EXPECTED, 3)).toEqual([]);
    expect(countPages(site)).toBe(3);
  });

  it('catches a round with a result missing, or no data file at all', () => {
    write('data/2024.json', results(2));
    rmSync(join(site, 'data/2023.json'));
    expect(validateSite(site, EXPECTED)).toEqual(['data/2023.json is missing', 'data/2024.json has 2 results, the input 3']);
  });

  it('catches a region page that is missing, or shows the wrong score or rank', () => {
    rmSync(join(site, 'wilayah/kota-a/index.html'));
    write('wilayah/provinsi-aceh/index.html', '<p>nilai 80.85, peringkat 4 dari 38</p>');
    expect(validateSite(site, EXPECTED)).toEqual([
      '1 of 2 region pages are missing, e.g. wilayah/kota-a/index.html',
      'wilayah/provinsi-aceh/index.html does not say "nilai 80,85"',
      'wilayah/provinsi-aceh/index.html does not say "peringkat 3 dari 38"',
    ]);
  });

  it('catches a build with fewer pages than the first build of the same input', () => {
    rmSync(join(site, 'index.html'));
    expect(validateSite(site, EXPECTED, 3)).toEqual(['2 HTML pages, the first build of the same input 3']);
  });

  it('knows what the generated input implies: results per round, a page per region, the first province of the latest round', () => {
    const row = (code: string, kind: string, name: string, slug = '') => ({ code, kind, name, province: '', slug });
    const [aceh, bali, jambi, kota] = [
      row('11', 'provinsi', 'Aceh'),
      row('51', 'provinsi', 'Bali'),
      row('15', 'provinsi', 'Jambi'),
      row('1101', 'kota', 'A', 'kota-a-1101'),
    ];
    const scored = new Map([
      [2023, [{ row: aceh, score: 90 }]],
      // Aceh ties with Jambi below Bali; a kota, however high, is ranked among kota.
      [2024, [aceh, bali, jambi, kota].map((r, i) => ({ row: r, score: [80.5, 91.25, 80.5, 99][i]! }))],
    ]);
    expect(expectation([aceh, bali, jambi, kota], scored)).toEqual({
      resultsPerYear: { 2023: 1, 2024: 4 },
      regionPages: [
        'wilayah/provinsi-aceh/index.html',
        'wilayah/provinsi-bali/index.html',
        'wilayah/provinsi-jambi/index.html',
        'wilayah/kota-a-1101/index.html',
      ],
      region: { page: 'wilayah/provinsi-aceh/index.html', score: '80,50', rank: 2, rankOf: 3 },
    });
  });
});

describe('peak memory of a process tree (bench/process-tree.ts)', () => {
  it.runIf(process.platform === 'linux')('sums at least this process', () => {
    expect(treeRss(process.pid)).toBeGreaterThanOrEqual(process.memoryUsage.rss() / 2);
  });
});
