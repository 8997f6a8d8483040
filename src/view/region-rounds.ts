import type { HistoryRow, RegionPage, RoundSummary } from './pages.ts';
import type { CorrectionItem } from './corrections.ts';
import { citation, type Citation } from './citation.ts';
import { compare, type Comparison } from './comparisons.ts';
import { urls } from './urls.ts';

/**
 * A region as it was in one round (`/wilayah/<slug>/YYYY/`): the page a journalist links
 * to, whose numbers never change when a later round is published.
 */
export interface RegionRoundPage {
  url: string;
  year: number;
  name: string;
  code: string;
  kindLabel: string;
  regionUrl: string;
  province: RegionPage['province'];
  row: HistoryRow;
  compare: Comparison;
  round: RoundSummary;
  /** True for the region's newest round. */
  latest: boolean;
  narrative: { title: string | null; html: string } | null;
  corrections: CorrectionItem[];
  citation: Citation;
  /** The region's rounds, newest first, for moving between them. */
  rounds: RoundLink[];
  csvUrl: string;
  jsonUrl: string;
  /** This round's results of every region, as CSV. */
  roundCsvUrl: string;
  /** The region's page for its previous round of the same method, if any. */
  previousUrl: string | null;
  /** The round of the region's result before this one, of any method (what a method change is not compared with). */
  earlierYear: number | null;
}

export interface RoundLink {
  year: number;
  url: string;
}

/** What the region page offers for citing and reuse (templates/_includes/region-reuse.ts). */
export interface RegionReuse {
  /** Citation of the latest round, pointing at its per-round permalink; null without scores. */
  citation: Citation | null;
  /** The latest round beside the province average and national median; null without scores. */
  compare: Comparison | null;
  rounds: RoundLink[];
  csvUrl: string | null;
  jsonUrl: string | null;
  embedUrl: string | null;
  /** The `<iframe>` to paste into another site. */
  embedCode: string | null;
  cardUrl: string | null;
}

export interface SiteRef {
  url: string;
  publisher: string;
}

export function roundLinks(page: Pick<RegionPage, 'slug' | 'years'>): RoundLink[] {
  return page.years.map((year) => ({ year, url: urls.regionRound(page.slug, year) }));
}

export function regionCitation(page: Pick<RegionPage, 'slug'>, row: HistoryRow, round: RoundSummary, site: SiteRef): Citation {
  return citation(site.publisher, row, round, `${site.url}${urls.regionRound(page.slug, row.year)}`);
}

/** One page per round in which the region has a score. */
export function regionRoundPages(page: RegionPage, rounds: ReadonlyMap<number, RoundSummary>, site: SiteRef): RegionRoundPage[] {
  const links = roundLinks(page);
  return page.history.map((row, i) => {
    const round = rounds.get(row.year)!;
    const narrative = page.narratives.find((n) => n.year === row.year);
    return {
      url: urls.regionRound(page.slug, row.year),
      year: row.year,
      name: page.name,
      code: page.code,
      kindLabel: page.kindLabel,
      regionUrl: page.url,
      province: page.province,
      row,
      compare: compare(row),
      round,
      latest: i === 0,
      narrative: narrative ? { title: narrative.title, html: narrative.html } : null,
      corrections: page.corrections.filter((c) => c.year === row.year),
      citation: regionCitation(page, row, round, site),
      rounds: links,
      csvUrl: urls.regionHistoryCsv(page.slug),
      jsonUrl: urls.regionHistoryJson(page.slug),
      roundCsvUrl: urls.roundCsv(row.year),
      previousUrl: row.previousYear === null ? null : urls.regionRound(page.slug, row.previousYear),
      earlierYear: page.history[i + 1]?.year ?? null,
    };
  });
}
