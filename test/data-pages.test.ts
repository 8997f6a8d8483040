/**
 * Pages written by the data-pages plugin Eleventy runs (src/render/data-pages.ts: per region, rankings): one file
 * per item at its URL, and the same treatment as Eleventy's pages when the site is
 * published under a path (Eleventy's HTML base plugin rewrites every absolute link). And a
 * very large site's setting `socialCards: false`: no card, no image in the share meta. And
 * data pages shared between the main thread and helper threads: each written once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimedPages, dataPages, PageClaims } from '../src/render/data-pages.ts';
import { helperThreads, startPageHelpers } from '../src/render/helper-threads.ts';
import { loadSite, readInputs } from '../src/site.ts';
import { builtWithSettings, fixturePath } from './helpers/build-fixture.ts';

const pageOf = (url: string) => `${url.slice(1)}index.html`;

describe('a site published under a path (https://uji.example.id/kepatuhan)', () => {
  const built = builtWithSettings((s) => s.replace('url: https://uji.example.id', 'url: https://uji.example.id/kepatuhan'));

  it('writes every data page and region download at its URL', () => {
    expect(built.site.ok).toBe(true);
    const view = loadSite(built.root);
    const byTemplate = new Map<string, string[]>();
    for (const [template, { url }] of dataPages(view)) {
      const kind = template?.name ?? 'download';
      byTemplate.set(kind, [...(byTemplate.get(kind) ?? []), url]);
    }
    expect([...byTemplate.keys()].sort()).toEqual(['download', 'embedPage', 'kindRankingPage', 'rankingPage', 'redirectPage', 'regionPage', 'regionRoundPage']);
    for (const url of [...byTemplate.values()].flat()) expect(built.site.has(url.endsWith('/') ? pageOf(url) : url.slice(1)), url).toBe(true);
    expect(byTemplate.get('download')).toContain('/wilayah/kabupaten-bogor/riwayat.csv');
  });

  it('prefixes the links of data pages exactly as Eleventy prefixes its own pages', () => {
    const pages = {
      eleventy: built.site.read('provinsi/jawa-barat/index.html'),
      ranking: built.site.read('peringkat/2022/index.html'),
      kindRanking: built.site.read('peringkat/2022/kabupaten/index.html'),
      region: built.site.read('wilayah/kabupaten-bogor/index.html'),
      round: built.site.read('wilayah/kabupaten-bogor/2022/index.html'),
    };
    for (const [name, html] of Object.entries(pages)) {
      expect(html, name).toContain('href="/kepatuhan/assets/site.css"');
      expect(html, name).toContain('href="/kepatuhan/"'); // home in the menu
      expect(html, name).toContain('<link rel="canonical" href="https://uji.example.id/kepatuhan/');
      expect(html, name).not.toMatch(/(?:href|src)="\/(?!kepatuhan\/)/);
    }
    expect(pages.round).toContain('href="/kepatuhan/wilayah/kabupaten-bogor/"');
    expect(built.site.read('embed/kabupaten-bogor/index.html')).toContain('href="/kepatuhan/assets/embed.css"');
    expect(built.site.read('wilayah/kab-bogor/index.html')).toContain('url=/kepatuhan/wilayah/kabupaten-bogor/');
  });
});

describe('socialCards: false', () => {
  const built = builtWithSettings((s) => s.replace('sampleData: false', 'sampleData: false\nsocialCards: false'));

  it('publishes no card and no share image, and a plain summary instead of a large image', () => {
    expect(built.site.ok).toBe(true);
    expect(built.site.files().filter((f) => f.endsWith('.png'))).toEqual([]);
    const region = built.site.read('wilayah/kabupaten-bogor/index.html');
    expect(region).not.toContain('og:image');
    expect(region).toContain('<meta name="twitter:card" content="summary">');
    expect(region).not.toContain('kartu.png');
  });
});

describe('data pages shared between threads', () => {
  const view = loadSite(fixturePath('site-small'));
  const urlsOf = (pages: Iterable<[unknown, { url: string }]>) => [...pages].map(([, item]) => item.url);

  it('are each written once, whichever thread claims them', () => {
    const alone = urlsOf(dataPages(view));
    // Two threads taking turns on one set of claims: the main thread's pages and a helper's.
    const claims = new PageClaims();
    const main = dataPages(view, claims);
    const helper = claimedPages(view, claims);
    const shared: string[] = [];
    const fromHelper: string[] = [];
    for (let mainDone = false, helperDone = false; !mainDone || !helperDone;) {
      const m = mainDone ? { done: true as const } : main.next();
      if (m.done) mainDone = true;
      else shared.push(m.value[1].url);
      const h = helperDone ? { done: true as const } : helper.next();
      if (h.done) helperDone = true;
      else fromHelper.push(h.value[1].url);
    }
    expect(fromHelper.length).toBeGreaterThan(0);
    expect(fromHelper.some((url) => /^\/wilayah\/[^/]+\/\d{4}\/$/.test(url))).toBe(true);
    expect(fromHelper.some((url) => url.startsWith('/peringkat/'))).toBe(false); // rankings stay with the search index's thread
    expect([...shared, ...fromHelper].sort()).toEqual([...alone].sort());
  });

  it('fail the build with the helper’s reason when a helper cannot do its part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helper-'));
    const file = join(dir, 'berkas');
    writeFileSync(file, ''); // a file where the helper's output folder should be
    try {
      const { dataset } = readInputs(fixturePath('site-small'));
      const helpers = startPageHelpers({ dataset, outputDir: join(file, 'situs'), cards: false }, new PageClaims(), 1);
      await expect(helpers.done).rejects.toThrow(/Halaman wilayah: .*ENOTDIR/s);
      await helpers.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('how many helper threads a build starts', () => {
  const GiB = 1024 ** 3;
  it('one per spare core for sites of today’s size', () => {
    expect(helperThreads(4_500, 2, 24 * GiB)).toBe(1);
    expect(helperThreads(4_500, 4, 16 * GiB)).toBe(3);
    expect(helperThreads(4_500, 1, 16 * GiB)).toBe(0);
  });
  it('fewer when each thread’s view of a very large site would not fit in half the memory', () => {
    expect(helperThreads(422_000, 2, 24 * GiB)).toBe(1); // every village, this machine: ~2.5 GB in two threads
    expect(helperThreads(422_000, 8, 8 * GiB)).toBe(2);
    expect(helperThreads(422_000, 2, 4 * GiB)).toBe(0);
  });
});
