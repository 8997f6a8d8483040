import type { HistoryRow, RegionPage } from './pages.ts';
import { kindAndProvince, rankPhrase } from './citation.ts';
import { trend, type Trend } from './trend.ts';
import { urls } from './urls.ts';
import { escapeHtml } from './escape.ts';

/**
 * `/embed/<slug>/`: a small standalone page other sites put in an `<iframe>`: the latest
 * score, zone and trend, and a link back. Not indexed; its canonical is the region page.
 */
export interface EmbedPage {
  url: string;
  name: string;
  /** "Kabupaten di Jawa Barat" */
  context: string;
  latest: HistoryRow;
  rank: string;
  trend: Trend;
  /** Absolute, since the page is shown inside other sites. */
  regionUrl: string;
}

/** Size of the frame the embed code asks for; the page is laid out to fit it. */
export const EMBED_SIZE = { width: 360, height: 260 } as const;
const TREND_SIZE = { width: 150, height: 44 } as const;

export function embedPage(page: RegionPage & { latest: HistoryRow }, siteUrl: string): EmbedPage {
  return {
    url: urls.embed(page.slug),
    name: page.name,
    context: kindAndProvince(page),
    latest: page.latest,
    rank: rankPhrase(page.latest),
    trend: trend(page.history, TREND_SIZE.width, TREND_SIZE.height),
    regionUrl: `${siteUrl}${page.url}`,
  };
}

/** The markup to paste. Attribute values come from the registry: escaped like any HTML. */
export function iframeCode(siteUrl: string, page: Pick<RegionPage, 'slug' | 'name'>): string {
  return (
    `<iframe src="${escapeHtml(`${siteUrl}${urls.embed(page.slug)}`)}" title="${escapeHtml(`Nilai kepatuhan ${page.name}`)}" ` +
    `width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
}
