/**
 * Links and HTML, quickly: the small fixture site crawled whole (linkinator: no broken internal
 * link or fragment) and validated whole, and one page of every kind of the built sample
 * validated (html-validate, rules in .htmlvalidate.json). The whole sample, every page, is
 * `npm run test:site` (test/site/full-site.test.ts).
 */
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../src/site.ts';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';
import { crawl, htmlFiles } from './helpers/crawl.ts';
import { sampleSite } from './helpers/sample-site.ts';
import { validateHtmlFiles } from './helpers/validate-html.ts';

/** One page of each kind the sample publishes, the 2025 opinion round's among them. */
const ONE_OF_EACH = [
  'index.html',
  '404.html',
  'peringkat/index.html',
  'peringkat/2024/index.html',
  'peringkat/2025/index.html',
  'peringkat/2024/kabupaten/index.html',
  'peringkat/2025/kota/index.html',
  'provinsi/index.html',
  'provinsi/lampung/index.html',
  'wilayah/index.html',
  'wilayah/kota-metro/index.html',
  'wilayah/kota-metro/2024/index.html',
  'wilayah/kota-metro/2025/index.html',
  'wilayah/kabupaten-toba/index.html',
  'embed/kota-metro/index.html',
  'kode/18.72/index.html',
  'wilayah/kota-bau-bau/index.html',
  'wilayah/kementerian-kementerian-agama/2024/index.html',
  'data/index.html',
  'metodologi/index.html',
  'cara-mengutip/index.html',
];

let small: BuiltFixture;
beforeAll(async () => {
  small = await buildFixture(fixturePath('site-small'));
  expect(small.ok, small.log.join('\n')).toBe(true);
});
afterAll(() => small?.cleanup());

describe('the small fixture site, whole', () => {
  it('has no broken internal link or fragment', async () => {
    const { broken, checked } = await crawl(small.output, loadSite(fixturePath('site-small')).site.url);
    expect(broken).toEqual([]);
    for (const path of [
      '/wilayah/kabupaten-bogor/2019/',
      '/wilayah/kabupaten-bogor/riwayat.csv',
      '/embed/kota-bogor/',
      '/data/semua.json',
      '/peringkat/2022/',
    ]) {
      expect(checked, path).toContain(path);
    }
  });

  it('passes html-validate on every page', async () => {
    const problems = await validateHtmlFiles(htmlFiles(small.output));
    expect(problems.map((p) => `${relative(small.output, p.file)}:${p.line}: ${p.rule}: ${p.message}`)).toEqual([]);
  });
});

describe('the built sample, one page of each kind', () => {
  it('passes html-validate', async () => {
    const site = sampleSite();
    const problems = await validateHtmlFiles(ONE_OF_EACH.map((f) => join(site, f)));
    expect(problems.map((p) => `${relative(site, p.file)}:${p.line}: ${p.rule}: ${p.message}`)).toEqual([]);
  });
});
