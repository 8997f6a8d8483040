/**
 * `sitemap.xml`. The sitemaps protocol allows 50,000 URLs in a file (sitemaps.org): a site
 * with more (every village: ~600,000 pages) gets `sitemap.xml` as an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, …, each a list of at most that many. Search engines
 * read either form at the same address.
 */
import type { FileOut } from './outputs.ts';
import { escapeHtml } from './escape.ts';
import { urls } from './urls.ts';

export const SITEMAP_MAX_URLS = 50_000;

const HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** The sitemap's files for the site's page paths (`/wilayah/…/`), written as absolute URLs under siteUrl. */
export function sitemapFiles(siteUrl: string, paths: readonly string[], maxUrls = SITEMAP_MAX_URLS, lastmod: string | null = null): FileOut[] {
  // The date the data last changed (a round announced, a correction): every page shows data.
  const loc = (path: string) => `<loc>${escapeHtml(`${siteUrl}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}`;
  const list = (tag: 'urlset' | 'sitemapindex', item: 'url' | 'sitemap', items: readonly string[]) =>
    `${HEAD}<${tag} ${NS}>${items.map((path) => `\n<${item}>${loc(path)}</${item}>`).join('')}\n</${tag}>\n`;
  if (paths.length <= maxUrls) return [{ url: urls.sitemap(), content: () => list('urlset', 'url', paths) }];
  const parts = Array.from({ length: Math.ceil(paths.length / maxUrls) }, (_, i) => ({
    url: urls.sitemapPart(i + 1),
    content: () => list('urlset', 'url', paths.slice(i * maxUrls, (i + 1) * maxUrls)),
  }));
  return [
    {
      url: urls.sitemap(),
      content: () =>
        list(
          'sitemapindex',
          'sitemap',
          parts.map((p) => p.url),
        ),
    },
    ...parts,
  ];
}
