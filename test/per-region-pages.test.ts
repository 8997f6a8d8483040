/**
 * Pages written once per region outside Eleventy (src/render/per-region-pages.ts): one file
 * per item at its URL, and the same treatment as Eleventy's pages when the site is
 * published under a path (Eleventy's HTML base plugin rewrites every absolute link).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_REGION_PAGES } from '../src/render/per-region-pages.ts';
import { loadSite } from '../src/site.ts';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';

const pageOf = (url: string) => `${url.slice(1)}index.html`;

describe('a site published under a path (https://uji.example.id/kepatuhan)', () => {
  let root: string;
  let site: BuiltFixture;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'per-region-'));
    cpSync(fixturePath('site-small'), root, { recursive: true });
    const settings = join(root, 'content/site.md');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace('url: https://uji.example.id', 'url: https://uji.example.id/kepatuhan'));
    site = await buildFixture(root);
  });
  afterAll(() => {
    site?.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes every per-region page at its URL', () => {
    expect(site.ok).toBe(true);
    const view = loadSite(root);
    for (const { items } of PER_REGION_PAGES) {
      const urls = items(view).map((item) => item.url);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(site.has(pageOf(url)), url).toBe(true);
    }
  });

  it('prefixes the links of per-region pages exactly as Eleventy prefixes its own pages', () => {
    const pages = {
      eleventy: site.read('peringkat/2022/index.html'),
      region: site.read('wilayah/kabupaten-bogor/index.html'),
      round: site.read('wilayah/kabupaten-bogor/2022/index.html'),
    };
    for (const [name, html] of Object.entries(pages)) {
      expect(html, name).toContain('href="/kepatuhan/assets/site.css"');
      expect(html, name).toContain('href="/kepatuhan/"'); // home in the menu
      expect(html, name).toContain('<link rel="canonical" href="https://uji.example.id/kepatuhan/');
      expect(html, name).not.toMatch(/(?:href|src)="\/(?!kepatuhan\/)/);
    }
    expect(pages.round).toContain('href="/kepatuhan/wilayah/kabupaten-bogor/"');
    expect(site.read('embed/kabupaten-bogor/index.html')).toContain('href="/kepatuhan/assets/embed.css"');
    expect(site.read('wilayah/kab-bogor/index.html')).toContain('url=/kepatuhan/wilayah/kabupaten-bogor/');
  });
});
