import type { HistoryRow, RegionPage } from './pages.ts';
import { resultSentence } from './citation.ts';
import { formatInteger, formatScore } from './format.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../cards/region-card.ts';

/** Open Graph and Twitter meta of one page (templates/_includes/base.ts). */
export interface ShareMeta {
  title: string;
  description: string;
  /** Absolute URL of a 1200×630 PNG, or null (then twitter:card is "summary"). */
  image: string | null;
  imageAlt: string | null;
  imageWidth: number;
  imageHeight: number;
}

/** Share meta fields of a page without a card of its own; spread first, then override. */
export const NO_IMAGE = { image: null, imageAlt: null, imageWidth: CARD_WIDTH, imageHeight: CARD_HEIGHT };

/** Shared out of context, sample numbers must say what they are. */
export function sampleNote(sample: boolean): string {
  return sample ? 'Data contoh, bukan hasil resmi. ' : '';
}

/** "Kabupaten Bogor 2024: nilai 83,42, Zona Hijau, peringkat 301 dari 416" */
export function resultTitle(name: string, row: HistoryRow): string {
  return `${name} ${row.year}: nilai ${formatScore(row.score)}, ${row.headline}, peringkat ${formatInteger(row.rank)} dari ${formatInteger(row.rankOf)}`;
}

/** The full sentence, with the province rank where there is one. */
export function resultDescription(page: Pick<RegionPage, 'province'>, row: HistoryRow, roundTitle: string, sample: boolean): string {
  const inProvince =
    row.provinceRank !== null && page.province
      ? `; peringkat ${formatInteger(row.provinceRank)} dari ${formatInteger(row.provinceRankOf)} di ${page.province.name}`
      : '';
  return `${sampleNote(sample)}${resultSentence(row)}${inProvince}. ${roundTitle}.`;
}

/** A region page shares its latest result and its card. */
export function regionShare(page: RegionPage, roundTitle: string | null, cardUrl: string | null, sample: boolean): ShareMeta {
  const l = page.latest;
  if (!l || roundTitle === null) return { ...NO_IMAGE, title: page.name, description: `${sampleNote(sample)}${page.description}` };
  return {
    ...NO_IMAGE,
    title: resultTitle(page.name, l),
    description: resultDescription(page, l, roundTitle, sample),
    image: cardUrl,
    imageAlt: cardUrl ? `${resultSentence(l)}, penilaian ${l.year}.` : null,
  };
}
