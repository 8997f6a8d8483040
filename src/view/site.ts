import type { Dataset, Page, Result, SiteSettings } from '../domain/types.ts';
import { roundCsv, roundJson } from './downloads.ts';
import { roundXlsx } from './spreadsheets.ts';
import { dataZip, zipReadme } from './data-zip.ts';
import { PageBuilder, summarise, type HomePage, type RegionPage, type RoundIndexEntry, type RoundPage, type RoundSummary } from './pages.ts';
import { byName } from '../model/results.ts';
import { displayName } from './format.ts';
import { urls } from './urls.ts';
import { siteCharts, type SiteCharts } from './charts.ts';
import { provinceLinks, provincePages, type ProvinceLink, type ProvincePage } from './provinces.ts';
import { provinceMap, type ProvinceMap } from './province-map.ts';
import { correctionFeedEntries, newestFirst } from './corrections.ts';
import { reuseView, type ReuseView } from './reuse.ts';
import { sitemapFiles } from './sitemap.ts';
import { sampleNote } from './share.ts';
import type { FeedEntry, FileOut, Redirect } from './outputs.ts';

export type { FeedEntry, FileOut, Redirect } from './outputs.ts';

/** Everything the templates render, computed once per build. */
export interface SiteView {
  site: SiteSettings & { pathPrefix: string };
  rounds: RoundSummary[];
  home: HomePage | null;
  roundPages: RoundPage[];
  /** Every round, newest first (`/peringkat/`). */
  roundIndex: RoundIndexEntry[];
  regionPages: RegionPage[];
  /** Kabupaten and kota of one province compared (src/view/provinces.ts). */
  provincePages: ProvincePage[];
  /** The same pages A–Z (`/provinsi/`). */
  provinceIndex: ProvincePage[];
  /** Region code → its province page. */
  provinceLinks: Record<string, ProvinceLink>;
  /** Year → the tile map of the provinces that round (src/view/province-map.ts). */
  provinceMaps: Record<string, ProvinceMap>;
  /** Chart figures by page (src/view/charts.ts). */
  charts: SiteCharts;
  /** Per-round permalinks, citations, downloads, embeds, cards, share meta (src/view/reuse.ts). */
  reuse: ReuseView;
  pages: (Page & { url: string })[];
  redirects: Redirect[];
  /** Downloads and the sitemap. */
  files: FileOut[];
  feed: { updated: string; entries: FeedEntry[] };
  /** When the data last changed: the latest announcement date of a round or date of a correction; null when none is known. */
  dataUpdated: string | null;
}

export function buildView(dataset: Dataset, results: Map<number, Result[]>): SiteView {
  const builder = new PageBuilder(dataset, results);
  const rounds = [...dataset.rounds].sort((a, b) => a.year - b.year);
  const regionPages = builder.regionPages();
  const roundPages = builder.roundPages();
  const home = builder.home();
  const provinces = provincePages({
    regions: dataset.regions,
    rounds,
    rowsOf: (y) => builder.rowsOf(y),
    rowOf: (y, c) => builder.rowOf(y, c),
    roundPages,
    regionPages,
  });
  const pages = dataset.pages.map((p) => ({ ...p, url: urls.page(p.slug) }));
  const links = provinceLinks(dataset.regions, provinces);
  const regionUrls = new Map(regionPages.map((p) => [p.code, p.url]));
  const provinceRegions = dataset.regions.filter((r) => r.kind === 'provinsi');
  const provinceMaps = Object.fromEntries(
    roundPages.map((r) => [
      String(r.year),
      provinceMap(r.year, builder.rowsOf(r.year), r.categories, r.zones, provinceRegions, (code) => links[code]?.url ?? regionUrls.get(code) ?? null),
    ]),
  );
  // The rows (results with their labels) from here on: the results themselves are let go of
  // with the builder's arguments (docs/performance.md, "What changed in stop 12").
  const rows = new Map(rounds.map((round) => [round.year, builder.rowsOf(round.year)]));
  const reuse = reuseView(dataset, rows, { regionPages, roundPages, home });

  const withPage = new Set(regionPages.map((p) => p.code));
  const redirects: Redirect[] = [];
  for (const region of dataset.regions.filter((r) => withPage.has(r.code))) {
    const to = urls.region(region.slug);
    const title = displayName(region);
    redirects.push({ url: urls.code(region.code), to, title });
    for (const former of region.formerSlugs) redirects.push({ url: urls.region(former), to, title });
  }
  redirects.push(...reuse.redirects);

  const files: FileOut[] = rounds.flatMap((round) => {
    const list = builder.rowsOf(round.year);
    return [
      { url: urls.roundJson(round.year), content: () => roundJson(round, list) },
      { url: urls.roundCsv(round.year), content: () => roundCsv(list, round.dimensions) },
      { url: urls.roundXlsx(round.year), content: () => roundXlsx(round, list, dataset.site) },
    ];
  });
  // Dated as the data: the latest round's announcement (the zip's dates are its entries').
  const dataDate =
    rounds
      .map((r) => r.published ?? `${r.year}-12-31`)
      .sort()
      .at(-1) ?? '1980-01-01';
  const zip = dataZip([...files, ...reuse.files], zipReadme(reuse.data, dataset.site), dataDate);

  const roundEntries: FeedEntry[] = rounds.map((round, i) => ({
    title: round.title,
    url: urls.round(round.year),
    updated: round.published ?? `${round.year}-12-31`,
    summary:
      `Hasil ${round.title}: ${builder.rowsOf(round.year).length} instansi dinilai${round.sample ? ' (sampel)' : ''}.` +
      (i > 0 && rounds[i - 1]!.method !== round.method ? ` Metode penilaian berubah: nilainya tidak sebanding dengan putaran ${rounds[i - 1]!.year}.` : ''),
  }));
  // A feed entry travels alone: sample figures say so in each.
  const entries = [...roundEntries, ...correctionFeedEntries(regionPages)]
    .map((e) => ({ ...e, summary: `${sampleNote(dataset.site.sampleData)}${e.summary}` }))
    .sort(newestFirst);
  const dataUpdated =
    [...rounds.flatMap((r) => (r.published ? [r.published] : [])), ...regionPages.flatMap((p) => p.corrections.map((c) => c.date))].sort().at(-1) ?? null;

  const sitemap = [
    urls.home(),
    urls.rounds(),
    ...roundPages.flatMap((p) => [p.url, ...p.sections.map((s) => s.url)]),
    urls.provinces(),
    ...regionPages.map((p) => p.url),
    ...provinces.map((p) => p.url),
    ...pages.map((p) => p.url),
    ...reuse.sitemap,
  ];

  // Frozen: Eleventy shares a frozen object as global data instead of deep-copying it
  // into every template's data, which a national site cannot afford (docs/performance.md, "Stop 9: before → after").
  return Object.freeze({
    site: { ...dataset.site, pathPrefix: new URL(`${dataset.site.url}/`).pathname },
    rounds: rounds.map(summarise),
    home,
    roundPages,
    roundIndex: builder.roundIndex(),
    regionPages,
    provincePages: provinces,
    provinceIndex: [...provinces].sort((a, b) => byName(a.shortName, b.shortName)),
    provinceLinks: links,
    provinceMaps,
    charts: siteCharts(home, roundPages),
    reuse,
    pages,
    redirects,
    files: [...files, ...reuse.files, zip, ...sitemapFiles(dataset.site.url, sitemap, undefined, dataUpdated), robotsTxt(dataset.site.url)],
    dataUpdated,
    feed: { updated: entries[0]?.updated ?? '1970-01-01', entries },
  });
}

/** Crawlers may read everything; the sitemap says what there is. */
function robotsTxt(siteUrl: string): FileOut {
  return { url: urls.robots(), content: () => `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}${urls.sitemap()}\n` };
}
