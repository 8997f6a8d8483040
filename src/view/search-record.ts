import type { RegionPage } from './pages.ts';
import { formatScore, KIND_LABEL } from './format.ts';
import { searchAliases } from './search-aliases.ts';

/** A page as the search index takes it: no HTML to parse. */
export interface SearchRecord {
  url: string;
  title: string;
  /** Plain text, with the index's weight markers around the name (see `weighted`). */
  content: string;
  /**
   * What a result shows besides its title, in this order (templates/assets/search.js keeps
   * it; the index returns meta sorted by key): kind, province, latest score and its zone or
   * opinion. Keys are Indonesian, since Pagefind's UI shows each as "Key: value".
   */
  meta: Record<string, string>;
}

/** The order of a result's meta (search.js shows them in it). */
export const SEARCH_META_KEYS = ['jenis', 'provinsi', 'nilai', 'hasil'] as const;

/**
 * How much more a word of the name (or another name, src/view/search-aliases.ts) counts
 * than one of the text: 7, what Pagefind gives a page's `<h1>`, where the name was when
 * region pages were indexed as HTML.
 */
export const NAME_WEIGHT = 7;

/**
 * Text the index counts `weight` times. A custom record has no `data-pagefind-weight`; its
 * content goes through the same reading as a page's text, where Pagefind marks weighted
 * elements with these words (pagefind/src/fossick/mod.rs, Pagefind 1.5). Undocumented, so
 * test/journalism.test.ts checks the ranking it gives in a real index.
 */
const weighted = (text: string, weight: number) => `___PAGEFIND_WEIGHT___${weight} ${text} ___END_PAGEFIND_WEIGHT___`;

/** Text from the input can never read as a marker to the index. */
const unmarked = (text: string) => text.replace(/___(?=(?:END_)?PAGEFIND_)/g, '__');

/**
 * What search finds a region page by, and shows of it: its name and other names, kind and
 * province, code, narratives and corrections — the words of the page outside its tables,
 * charts and links, which the index skipped on every page anyway. The latest result is
 * shown (meta), not searched: its words and numbers, on every page, cost the index a third
 * of its memory at national scale and find a ranking's worth of pages (docs/performance.md,
 * "Issue 21"). Given as a record, not as the page's HTML, which is several times slower for
 * the index to parse (docs/performance.md, "What changed in stop 10").
 */
export function regionSearchRecord(page: RegionPage): SearchRecord {
  const where = page.province ? ` di ${page.province.name}` : '';
  const aliases = searchAliases(page);
  const name = aliases.length ? `${page.name} (${aliases.join(', ')}).` : `${page.name}.`;
  return {
    url: page.url,
    title: page.name,
    content: [
      weighted(unmarked(name), NAME_WEIGHT),
      unmarked(
        [
          `${page.kindLabel}${where}, kode ${page.code}.`,
          ...page.narratives.flatMap((n) => [n.title ?? '', n.text]),
          ...page.corrections.map((c) => `Ralat: ${c.text}`),
        ]
          .filter(Boolean)
          .join(' '),
      ),
    ].join(' '),
    meta: searchMeta(page),
  };
}

/** Kind, province (its name without "Provinsi"), latest score with its year, and what that result is called. */
function searchMeta(page: RegionPage): Record<string, string> {
  const prefix = `${KIND_LABEL.provinsi} `;
  const meta: Record<string, string> = { jenis: page.kindLabel };
  if (page.province) meta.provinsi = page.province.name.startsWith(prefix) ? page.province.name.slice(prefix.length) : page.province.name;
  if (page.latest) {
    meta.nilai = `${formatScore(page.latest.score)} (${page.latest.year})`;
    meta.hasil = page.latest.headline;
  }
  return meta;
}
