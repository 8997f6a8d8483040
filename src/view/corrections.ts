import type { Narrative } from '../domain/types.ts';
import { formatDate } from './format.ts';
import type { FeedEntry } from './outputs.ts';

/** A correction as the region page lists it; `id` is its anchor there and in the feed. */
export interface CorrectionItem {
  id: string;
  date: string;
  /** The round the narrative is about, or null for the general profile. */
  year: number | null;
  text: string;
  html: string;
}

/**
 * Every correction in a region's narratives, newest first. Equal dates keep the order of
 * the narratives as given, then the order written, so the list never depends on chance.
 */
export function regionCorrections(narratives: readonly Pick<Narrative, 'year' | 'corrections'>[]): CorrectionItem[] {
  const all = narratives.flatMap((n) => n.corrections.map((c) => ({ ...c, year: n.year })));
  // Array.prototype.sort is stable: equal dates stay in input order.
  all.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const perDate = new Map<string, number>();
  return all.map((c) => {
    const n = (perDate.get(c.date) ?? 0) + 1;
    perDate.set(c.date, n);
    return { id: n === 1 ? `ralat-${c.date}` : `ralat-${c.date}-${n}`, date: c.date, year: c.year, text: c.text, html: c.html };
  });
}

/** Feed entries for the corrections on region pages, each linking to its anchor. */
export function correctionFeedEntries(pages: readonly { url: string; name: string; corrections: CorrectionItem[] }[]): FeedEntry[] {
  return pages.flatMap((page) =>
    page.corrections.map((c) => ({
      title: `Ralat: ${page.name}${c.year === null ? '' : ` (putaran ${c.year})`}`,
      url: `${page.url}#${c.id}`,
      updated: c.date,
      summary: `Ralat ${formatDate(c.date)}: ${c.text}`,
    })),
  );
}

/** Newest first; same day: by URL, so the feed is identical on every build. */
export function newestFirst(a: FeedEntry, b: FeedEntry): number {
  if (a.updated !== b.updated) return a.updated < b.updated ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
