import type { Dataset } from '../domain/types.ts';
import type { PublishedResult } from './downloads.ts';
import type { HistoryRow, HomePage, RegionPage, RoundPage, RoundSummary } from './pages.ts';
import { summarise } from './pages.ts';
import { regionCardData, regionCardSvg } from '../cards/region-card.ts';
import { roundCardData, roundCardSvg } from '../cards/round-card.ts';
import type { CardSpec } from '../cards/render.ts';
import type { FileOut } from './outputs.ts';
import {
  allRoundsCsv,
  allRoundsJson,
  allRoundsJsonFrom,
  dataIndex,
  dataPackage,
  dataReadme,
  regionHistoryCsv,
  regionHistoryJson,
  type DataIndex,
} from './dataset-downloads.ts';
import { embedHeights, embedPage, iframeCode, type EmbedPage } from './embed.ts';
import { allRoundsXlsx } from './spreadsheets.ts';
import { regionIndex, type RegionIndexGroup } from './region-index.ts';
import { regionCitation, regionRoundPages, roundLinks, type RegionReuse, type RegionRoundPage } from './region-rounds.ts';
import { NO_IMAGE, regionShare, resultDescription, resultTitle, sampleNote, type ShareMeta } from './share.ts';
import { formatInteger } from './format.ts';
import { compare } from './comparisons.ts';
import { roundPageTitle } from './citation.ts';
import { urls } from './urls.ts';

/**
 * Everything that makes the numbers easy to find, cite, share and reuse: per-round
 * permalinks, citations, downloads, embeds, social cards, share meta and the search
 * index's scope. Built once per build from the pages the site already has.
 */
export interface RegionRoundEntry extends RegionRoundPage {
  title: string;
  description: string;
  share: ShareMeta;
}

export interface ReuseView {
  /**
   * What a region's page offers for citing and reuse, and its share meta: made as the page
   * is rendered, too large to hold for every region (docs/performance.md, "What changed in stop 10").
   */
  region: (page: RegionPage) => { reuse: RegionReuse; share: ShareMeta };
  /**
   * A region's per-round permalinks (`wilayah/<slug>/YYYY/`), with their title, description
   * and share meta, made as they are rendered: eight or more per region, too many to hold
   * at once. None for a region without scores.
   */
  regionRounds: (page: RegionPage) => RegionRoundEntry[];
  /** A region's embed page (`embed/<slug>/`), made as it is rendered; null without scores. */
  embed: (page: RegionPage) => EmbedPage | null;
  regionIndex: RegionIndexGroup[];
  regionIndexUrl: string;
  regionCount: number;
  data: DataIndex;
  /** The site's own "how to cite" page (content/pages/cara-mengutip.md), when there is one. */
  citeGuideUrl: string | null;
  /** Open Graph / Twitter meta by page URL (rankings, home); region pages get theirs from `region`; others use their title and description. */
  shareByUrl: Record<string, ShareMeta>;
  /**
   * Page URLs whose HTML Pagefind indexes (`data-pagefind-body` on their main content): home
   * and rankings. Region pages go in as records instead (src/view/search-record.ts).
   */
  searchable: Record<string, true>;
  cards: CardSpec[];
  /** Site-wide downloads (every round at once, the data README). */
  files: FileOut[];
  /**
   * A region's history as CSV and JSON, at its slug and at each former slug; made when
   * written, by whichever thread writes the region's pages. None without scores.
   */
  regionFiles: (page: RegionPage) => FileOut[];
  /**
   * A renamed region (former slugs) keeps every link published under its old slug: the
   * per-round pages and the embed redirect; downloads and the card are also written there.
   */
  redirects: { url: string; to: string; title: string }[];
  sitemap: string[];
}

const CITE_GUIDE = 'cara-mengutip';

type Scored = RegionPage & { latest: HistoryRow };
const scored = (p: RegionPage): p is Scored => p.latest !== null;

function roundShare(round: RoundPage, title: string, sample: boolean, image: string | null): ShareMeta {
  const counts = round.categories.map((cat, i) => `${formatInteger(round.counts.counts[i]!)} di ${cat.label}`).join(', ');
  return {
    ...NO_IMAGE,
    title,
    description:
      `${sampleNote(sample)}${formatInteger(round.total)} instansi dinilai${round.sample ? ' (sampel)' : ''} dalam ${round.title}: ` +
      `${counts}. Peringkat, nilai dan perubahan tiap instansi.`,
    image,
    imageAlt: image ? `${round.title}: ${formatInteger(round.total)} instansi dinilai; ${counts}.` : null,
  };
}

export function reuseView(
  dataset: Dataset,
  results: ReadonlyMap<number, readonly PublishedResult[]>,
  pages: { regionPages: readonly RegionPage[]; roundPages: readonly RoundPage[]; home: HomePage | null },
): ReuseView {
  const site = dataset.site;
  const sample = site.sampleData;
  const abs = (path: string) => `${site.url}${path}`;
  const rounds = new Map<number, RoundSummary>(dataset.rounds.map((r) => [r.year, summarise(r)]));
  const regions = new Map(dataset.regions.map((r) => [r.code, r]));
  const embedHeight = embedHeights(dataset.rounds, dataset.regions, site);

  const shareByUrl: Record<string, ShareMeta> = {};
  const searchable: Record<string, true> = {};
  const roundUrls: string[] = [];
  const cards: CardSpec[] = [];
  const files: FileOut[] = [];
  const redirects: { url: string; to: string; title: string }[] = [];

  const cardOf = (page: RegionPage) => (site.socialCards && scored(page) ? urls.regionCard(page.slug) : null);
  const roundOf = (page: RegionPage) => (page.latest ? rounds.get(page.latest.year)! : null);
  const shareOf = (page: RegionPage): ShareMeta => {
    const cardUrl = cardOf(page);
    return regionShare(page, roundOf(page)?.title ?? null, cardUrl && abs(cardUrl), sample);
  };
  const region = (page: RegionPage) => {
    const latestRound = roundOf(page);
    const reuse: RegionReuse = {
      citation: page.latest && latestRound ? regionCitation(page, page.latest, latestRound, site) : null,
      compare: page.latest ? compare(page.latest) : null,
      rounds: roundLinks(page),
      csvUrl: page.latest ? urls.regionHistoryCsv(page.slug) : null,
      jsonUrl: page.latest ? urls.regionHistoryJson(page.slug) : null,
      embedUrl: page.latest ? urls.embed(page.slug) : null,
      embedCode: page.latest ? iframeCode(site.url, page, embedHeight(page)) : null,
      cardUrl: cardOf(page),
    };
    return { reuse, share: shareOf(page) };
  };

  for (const page of pages.regionPages) {
    if (!scored(page)) continue;

    const years = page.years; // not page.history: the rows are made when the region's pages are
    roundUrls.push(...years.map((year) => urls.regionRound(page.slug, year)));
    // Made when written (FileOut, CardSpec): not held in memory for the whole build.
    const card = cardOf(page) ? () => regionCardSvg(regionCardData(page, site)) : null;
    for (const slug of [page.slug, ...regions.get(page.code)!.formerSlugs]) {
      if (card) cards.push({ url: urls.regionCard(slug), svg: card });
      if (slug === page.slug) continue;
      redirects.push({ url: urls.embed(slug), to: urls.embed(page.slug), title: page.name });
      for (const year of years)
        redirects.push({ url: urls.regionRound(slug, year), to: urls.regionRound(page.slug, year), title: roundPageTitle(page.name, year) });
    }
  }

  const roundImage = (round: RoundPage) => (site.socialCards ? abs(urls.roundCard(round.year)) : null);
  for (const round of pages.roundPages) {
    searchable[round.url] = true;
    shareByUrl[round.url] = roundShare(round, `Peringkat ${round.zones ? 'Kepatuhan ' : ''}${round.year}`, sample, roundImage(round));
    if (site.socialCards) cards.push({ url: urls.roundCard(round.year), svg: () => roundCardSvg(roundCardData(round, site)) });
  }
  const latest = pages.roundPages[pages.roundPages.length - 1];
  if (pages.home && latest) {
    searchable[urls.home()] = true;
    shareByUrl[urls.home()] = roundShare(latest, site.title, sample, roundImage(latest));
  }

  const regionRounds = (page: RegionPage): RegionRoundEntry[] => {
    if (!scored(page)) return [];
    const { image, imageAlt } = shareOf(page);
    return regionRoundPages(page, rounds, site).map((rp) => {
      const share: ShareMeta = {
        ...NO_IMAGE,
        title: resultTitle(page.name, rp.row),
        description: resultDescription(page, rp.row, rp.round.title, sample),
        // The card shows the latest round: only that round's page may use it.
        image: rp.latest ? image : null,
        imageAlt: rp.latest ? imageAlt : null,
      };
      return { ...rp, title: roundPageTitle(page.name, rp.year), description: share.description, share };
    });
  };

  const regionFiles = (page: RegionPage): FileOut[] => {
    if (!scored(page)) return [];
    const region = regions.get(page.code)!;
    const rows = [...page.history].reverse().map((row) => ({ year: row.year, result: row }));
    const csv = regionHistoryCsv(rows, dataset.rounds);
    const json = regionHistoryJson(region, rows, site.url);
    return [page.slug, ...region.formerSlugs].flatMap((slug) => [
      { url: urls.regionHistoryCsv(slug), content: () => csv },
      { url: urls.regionHistoryJson(slug), content: () => json },
    ]);
  };

  const data = dataIndex(dataset.rounds, site.dataLicense);
  files.push(
    { url: urls.allRoundsCsv(), content: () => allRoundsCsv(dataset.rounds, results) },
    {
      url: urls.allRoundsJson(),
      content: (written) => (written && allRoundsJsonFrom(dataset.rounds, written, site.url)) ?? allRoundsJson(dataset.rounds, results, site.url),
    },
    { url: urls.allRoundsXlsx(), content: () => allRoundsXlsx(dataset.rounds, results, site) },
    { url: urls.dataReadme(), content: () => dataReadme(data, site) },
    { url: urls.dataPackage(), content: () => dataPackage(dataset.rounds, site, site.dataLicense) },
  );

  return {
    region,
    regionRounds,
    embed: (page) => (scored(page) ? embedPage(page, site.url) : null),
    regionIndex: regionIndex(pages.regionPages, regions),
    regionIndexUrl: urls.regionIndex(),
    regionCount: pages.regionPages.length,
    data,
    citeGuideUrl: dataset.pages.some((p) => p.slug === CITE_GUIDE) ? urls.page(CITE_GUIDE) : null,
    shareByUrl,
    searchable,
    cards,
    files,
    regionFiles,
    redirects,
    sitemap: [urls.regionIndex(), urls.dataIndex(), ...roundUrls],
  };
}
