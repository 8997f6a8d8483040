/**
 * `npm run test:site` (CI runs it too): the whole built sample site, every page. No internal
 * link or fragment is broken, and html-validate reports no error on any page (rules:
 * .htmlvalidate.json, reasons in docs/testing.md). Minutes on two cores, so not in `npm test`,
 * which crawls the small fixture and validates one page of each kind (test/links.test.ts).
 */
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site.ts';
import { crawl, htmlFiles } from '../helpers/crawl.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { validateHtmlFiles } from '../helpers/validate-html.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the whole built sample site', () => {
  it('has no broken internal link or fragment', { timeout: 900_000 }, async () => {
    const { broken, checked } = await crawl(sampleSite(), loadSite(ROOT).site.url);
    expect(broken).toEqual([]);
    // The crawl reached the pages this feature publishes, not only the home page.
    for (const path of [
      '/wilayah/kabupaten-bogor/2019/',
      '/wilayah/kabupaten-bogor/riwayat.csv',
      '/embed/kota-bogor/',
      '/data/semua.json',
      '/data/README.md',
      '/wilayah/',
      '/peringkat/2025/',
    ]) {
      expect(checked, path).toContain(path);
    }
  });

  it('passes html-validate on every page', { timeout: 900_000 }, async () => {
    const site = sampleSite();
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(4000); // every page, not a sample: per-round pages included
    const problems = await validateHtmlFiles(files);
    expect(problems.map((p) => `${relative(site, p.file)}:${p.line}: ${p.rule}: ${p.message}`)).toEqual([]);
  });
});
