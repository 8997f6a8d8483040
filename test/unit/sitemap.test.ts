import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sitemapFiles } from '../../src/view/sitemap.ts';
import { joined } from '../../src/view/downloads.ts';

const SITE = 'https://example.org/kepatuhan';
const text = (files: ReturnType<typeof sitemapFiles>) => new Map(files.map((f) => [f.url, joined(f.content())]));
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap.xml', () => {
  it('lists every page in one file while the protocol allows', () => {
    const files = text(sitemapFiles(SITE, ['/', '/wilayah/kota-metro/'], 2));
    expect([...files.keys()]).toEqual(['/sitemap.xml']);
    expect(files.get('/sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://example.org/kepatuhan/</loc></url>\n<url><loc>https://example.org/kepatuhan/wilayah/kota-metro/</loc></url>\n</urlset>\n',
    );
  });

  it('becomes an index of files of at most the limit each, listing every page once, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 7 }), (count, max) => {
        const paths = Array.from({ length: count }, (_, i) => `/p${i}/`);
        const files = text(sitemapFiles(SITE, paths, max));
        const index = files.get('/sitemap.xml')!;
        if (count <= max) {
          expect(files.size).toBe(1);
          expect(locs(index)).toEqual(paths.map((p) => `${SITE}${p}`));
          return;
        }
        expect(index).toContain('<sitemapindex ');
        const parts = locs(index);
        expect(parts).toEqual(Array.from({ length: Math.ceil(count / max) }, (_, i) => `${SITE}/sitemap-${i + 1}.xml`));
        const listed = parts.flatMap((url) => locs(files.get(url.slice(SITE.length))!));
        expect(listed).toEqual(paths.map((p) => `${SITE}${p}`));
        for (const url of parts) expect(locs(files.get(url.slice(SITE.length))!).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('escapes what it writes', () => {
    expect(joined(sitemapFiles('https://x.org', ['/a&b<c>/'])[0]!.content())).toContain('<loc>https://x.org/a&amp;b&lt;c&gt;/</loc>');
  });
});

describe('lastmod', () => {
  it('dates every URL with the day the data last changed, when one is known', () => {
    const [file] = sitemapFiles('https://x.org', ['/', '/peringkat/2025/'], 10, '2026-01-29');
    expect(joined(file!.content())).toContain('<url><loc>https://x.org/peringkat/2025/</loc><lastmod>2026-01-29</lastmod></url>');
    expect(joined(sitemapFiles('https://x.org', ['/'])[0]!.content())).not.toContain('lastmod');
  });
});
