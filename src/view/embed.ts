import type { Kind, Round, SiteSettings } from '../domain/types.ts';
import { hasZones } from '../domain/bands.ts';
import type { HistoryRow, RegionPage } from './pages.ts';
import { kindAndProvince, rankPhrase } from './citation.ts';
import { ZONE_LABEL } from './format.ts';
import { lineCount } from './text-lines.ts';
import { trend, trendText, type Trend } from './trend.ts';
import { urls } from './urls.ts';
import { escapeHtml } from './escape.ts';

/**
 * `/embed/<slug>/`: a small standalone page other sites put in an `<iframe>`: the latest
 * score, zone and trend, and a link back. Not indexed; its canonical is the region page.
 */
export interface EmbedPage {
  url: string;
  name: string;
  /** "Kabupaten di Provinsi Jawa Barat · penilaian 2024" */
  context: string;
  latest: HistoryRow;
  /** "Peringkat 301 dari 416 kabupaten" */
  rank: string;
  trend: Trend;
  /** Absolute, since the page is shown inside other sites. */
  regionUrl: string;
}

/** The frame's width in the embed code; narrower where the host's column is (`max-width:100%`). */
export const EMBED_WIDTH = 360;
/** The narrowest frame the height is worked out for: a wider one wraps no more lines, so the height holds from here up. */
export const EMBED_NARROWEST = 300;
export const SAMPLE_NOTE = 'Data contoh, bukan hasil resmi.';
const TREND_SIZE = { width: 150, height: 44 } as const;

/** The boxes of templates/assets/embed.css, in px: change both together (test/browser/embed-fit.test.ts checks the fit). */
const CSS = {
  border: 1,
  padX: 12,
  padY: 10,
  gap: 4,
  sample: { font: { px: 12, bold: true }, line: 16, padY: 2, insetX: 2 * 6 + 4 },
  name: { font: { px: 16, bold: true }, line: 20 },
  /** Context, badge, rank and trend. */
  text: { font: { px: 13 }, line: 18 },
  score: 38,
  /** The badge's padding (0.45em each side) and border; its mark (■ at most 0.945em) and the mark's 0.3em margin. */
  badge: { insetX: 16, mark: 16.3 },
  trendGap: 8,
  source: { font: { px: 12 }, line: 16 },
} as const;

export function embedPage(page: RegionPage & { latest: HistoryRow }, siteUrl: string): EmbedPage {
  return {
    url: urls.embed(page.slug),
    name: page.name,
    context: embedContext(page, page.latest.year),
    latest: page.latest,
    rank: capitalize(rankPhrase(page.latest)),
    trend: trend(page.history, TREND_SIZE.width, TREND_SIZE.height),
    regionUrl: `${siteUrl}${page.url}`,
  };
}

/** The line under the name, the source line: the same words the page shows and its height counts. */
const embedContext = (page: Pick<RegionPage, 'kindLabel' | 'province'>, year: number) => `${kindAndProvince(page)} · penilaian ${year}`;
const embedSource = (site: Pick<SiteSettings, 'title' | 'publisher'>) => `${site.title} · sumber: ${site.publisher}`;

/** A region's frame height in px. */
export type EmbedHeight = (page: Pick<RegionPage, 'name' | 'kind' | 'kindLabel' | 'province'>) => number;

/**
 * How tall each region's frame must be for its embed to fit at 300 px wide, counted from above
 * (src/view/text-lines.ts). Its name and what it is are its own; its score, badge, rank and trend
 * change every round, so they count as the longest any round of the site can give (every band with
 * every predicate, the widest rank of its kind, every wording of a trend): code pasted once keeps
 * fitting as rounds are added, unless a new round brings longer labels.
 */
export function embedHeights(
  rounds: readonly Round[],
  regions: readonly { kind: Kind }[],
  site: Pick<SiteSettings, 'sampleData' | 'title' | 'publisher'>,
): EmbedHeight {
  const width = EMBED_NARROWEST - 2 * CSS.border - 2 * CSS.padX;
  const text = (s: string, box = width) => lineCount(s, box, CSS.text.font) * CSS.text.line;
  const badge = Math.max(
    CSS.text.line,
    ...rounds.flatMap(badgeTexts).map((s) => lineCount(s, width - CSS.badge.insetX, CSS.text.font, CSS.badge.mark) * CSS.text.line),
  );
  const trends = trendTexts();
  const trendBlock = Math.max(
    ...trends.alone.map((s) => text(s)),
    ...trends.withLine.map((s) => Math.max(TREND_SIZE.height, text(s, width - TREND_SIZE.width - CSS.trendGap))),
  );
  const members = new Map<Kind, number>();
  for (const r of regions) members.set(r.kind, (members.get(r.kind) ?? 0) + 1);
  const rank = (kind: Kind) => text(capitalize(rankPhrase({ kind, rank: members.get(kind) ?? 0, rankOf: members.get(kind) ?? 0 })));
  const sample = site.sampleData ? lineCount(SAMPLE_NOTE, width - CSS.sample.insetX, CSS.sample.font) * CSS.sample.line + 2 * CSS.sample.padY : null;
  const source = lineCount(embedSource(site), width, CSS.source.font) * CSS.source.line;

  return (page) => {
    const blocks = [
      sample,
      lineCount(page.name, width, CSS.name.font) * CSS.name.line,
      text(embedContext(page, 2000)),
      CSS.score + CSS.gap + badge, // the badge under the score where it does not fit beside it
      rank(page.kind),
      trendBlock,
      source,
    ].filter((b) => b !== null);
    const sum = blocks.reduce((a, b) => a + b, 0);
    return Math.ceil(2 * (CSS.border + CSS.padY) + sum + CSS.gap * (blocks.length - 1));
  };
}

/** Every badge a round can give (`placement` in templates/_includes/zone.ts): each band, with each predicate or none. */
export function badgeTexts(round: Pick<Round, 'bands' | 'predicates'>): string[] {
  const predicates = ['', ...round.predicates.map((p) => ` ${p.label}`)];
  if (hasZones(round.bands))
    return round.bands.flatMap((b) => predicates.map((p) => `${ZONE_LABEL[b.zone!]} · ${b.grade ? `${b.grade} · ` : ''}${b.label}${p}`));
  const lead = round.predicates.length > 0 ? 'Opini' : 'Kategori';
  return round.bands.flatMap((b) => predicates.map((p) => `${lead}: ${b.label}${p}`));
}

/**
 * Every wording of a trend, with the widest numbers: a change has a line beside it (two rounds or more of
 * the method); a first result or a change of method stands alone (one point, no line).
 */
function trendTexts(): { alone: string[]; withLine: string[] } {
  const text = (methodBreak: boolean, previousYear: number | null, scoreChange: number | null) =>
    `Tren: ${trendText({ year: 2000, methodBreak, previousYear, scoreChange })}`;
  return {
    alone: [text(true, null, null), text(false, null, null)],
    withLine: [text(false, 2000, 0), text(false, 2000, 100), text(false, 2000, -100)],
  };
}

/** The first letter upper case, the rest lower (as Nunjucks' `capitalize`). */
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** The markup to paste. Attribute values come from the registry: escaped like any HTML. */
export function iframeCode(siteUrl: string, page: Pick<RegionPage, 'slug' | 'name'>, height: number): string {
  return (
    `<iframe src="${escapeHtml(`${siteUrl}${urls.embed(page.slug)}`)}" title="${escapeHtml(`Nilai kepatuhan ${page.name}`)}" ` +
    `width="${EMBED_WIDTH}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
}
