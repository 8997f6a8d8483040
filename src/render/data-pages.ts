/**
 * The pages whose number or size grows with the data: once per region (its page, one page
 * per round it was assessed in, its embed page), once per former address (redirects), and
 * the ranking of each round (a row per region). In a build Eleventy runs them as a plugin
 * (`writeDataSite`, from `eleventy.after` in src/render/eleventy-config.ts): each is rendered
 * by its template in `templates/_data-pages/` and written at once, then let go, instead of
 * being one of Eleventy's paginated pages, which cost time beyond rendering and are all held
 * until the build ends (docs/architecture.md). A preview renders each when it is asked for
 * (`dataPageFinder`, src/render/on-request.ts).
 */
import type { FileOut, SiteView } from '../view/site.ts';
import { fileWriter, writeFiles } from '../write-files.ts';
import { htmlBase, type Rebase } from './html-base.ts';
import type { Html } from './html.ts';
import { rankingPage } from '../../templates/_data-pages/peringkat.ts';
import { kindRankingPage, type KindRanking } from '../../templates/_data-pages/peringkat-jenis.ts';
import { regionPage } from '../../templates/_data-pages/wilayah.ts';
import { regionRoundPage } from '../../templates/_data-pages/wilayah-putaran.ts';
import { embedPage } from '../../templates/_data-pages/embed.ts';
import { redirectPage } from '../../templates/_data-pages/redirect.ts';

/** A whole page from its item: the template in templates/_data-pages/, layout included. */
type Template<T> = (item: T, view: SiteView) => Html;
type AnyTemplate = Template<{ url: string }>;
const template = <T extends { url: string }>(t: Template<T>) => t as unknown as AnyTemplate;

const TEMPLATES = {
  ranking: template(rankingPage),
  kindRanking: template(kindRankingPage),
  region: template(regionPage),
  regionRound: template(regionRoundPage),
  embed: template(embedPage),
  redirect: template(redirectPage),
};

/** How many regions (or redirects) a thread claims at a time. */
const CLAIM = 8;

/**
 * The regions and redirects whose pages are still to be written, shared between threads
 * (src/render/helper-threads.ts): each thread claims the next few with one atomic add, so
 * the work spreads over every core however it falls, and each page is written exactly once.
 */
export class PageClaims {
  readonly buffer: SharedArrayBuffer;
  private readonly next: Int32Array;
  constructor(buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.buffer = buffer;
    this.next = new Int32Array(buffer);
  }
  /** The first of the next CLAIM units (regions, then redirects); past the end once all are taken. */
  claim(): number {
    return Atomics.add(this.next, 0, CLAIM);
  }
}

/** A page and its template, or a download (no template: written as it is). */
export type DataPage = [AnyTemplate, { url: string }] | [null, FileOut];

/** One region's pages: its page, its per-round pages, its embed and its history downloads. All are under its slug (`/wilayah/<slug>/…`, `/embed/<slug>/`). */
function* regionDataPages(view: SiteView, region: SiteView['regionPages'][number]): Generator<DataPage> {
  yield [TEMPLATES.region, region];
  for (const entry of view.reuse.regionRounds(region)) yield [TEMPLATES.regionRound, entry];
  const embed = view.reuse.embed(region);
  if (embed) yield [TEMPLATES.embed, embed];
  for (const download of view.reuse.regionFiles(region)) yield [null, download];
}

/**
 * The pages of the regions and redirects this thread claims: each region's pages
 * (regionDataPages), then redirect pages. Nine in ten of all pages.
 */
export function* claimedPages(view: SiteView, claims: PageClaims): Generator<DataPage> {
  const { regionPages: regions, redirects } = view;
  for (let start = claims.claim(); start < regions.length + redirects.length; start = claims.claim()) {
    for (let i = start; i < Math.min(start + CLAIM, regions.length + redirects.length); i++) {
      if (i >= regions.length) yield [TEMPLATES.redirect, redirects[i - regions.length]!];
      else yield* regionDataPages(view, regions[i]!);
    }
  }
}

/** Each round's page and its ranking per kind: the main thread's (the round pages go to the search index as HTML). */
export function* rankingPages(view: SiteView): Generator<DataPage> {
  for (const round of view.roundPages) {
    yield [TEMPLATES.ranking, round];
    for (const section of round.sections) {
      const item: KindRanking = { url: section.url, round, section };
      yield [TEMPLATES.kindRanking, item];
    }
  }
}

/**
 * Every data page with its template, as the main thread writes them: the rankings, then
 * whatever other threads have not yet claimed. With a fresh `claims`, that is all of them.
 */
export function* dataPages(view: SiteView, claims = new PageClaims()): Generator<DataPage> {
  yield* rankingPages(view);
  yield* claimedPages(view, claims);
}

/** What a build adds to the plugin's run: helper threads share `claims`; the search index follows the rankings. */
export interface DataSiteHooks {
  claims?: PageClaims;
  /** Called with each ranking page as written (the search index's HTML pages); awaited. */
  onPage?: DataPagesOptions['onPage'];
  /** Called once the downloads and rankings are written (the search index can be completed meanwhile). */
  afterRankings?: () => void;
  /** Called as each part is done (src/step-timer.ts). */
  step?: (label: string) => void;
}

/**
 * The plugin's run, on the main thread once Eleventy has written its own pages: the
 * downloads, the rankings, then every region page and redirect no helper thread claimed.
 */
export async function writeDataSite(
  outputDir: string,
  view: SiteView,
  { claims = new PageClaims(), onPage, afterRankings, step }: DataSiteHooks = {},
): Promise<void> {
  step?.('halaman Eleventy');
  writeFiles(outputDir, view.files);
  step?.('unduhan');
  await writeDataPages(outputDir, view, rankingPages(view), { onPage });
  step?.('halaman peringkat');
  afterRankings?.();
  await writeDataPages(outputDir, view, claimedPages(view, claims));
  step?.('halaman wilayah');
}

const YIELD_EVERY = 50;

export interface DataPagesOptions {
  /** Called with each page as written (the build's search index); awaited. */
  onPage?: (url: string, html: string) => Promise<void> | void;
}

/** Render and write the pages given (dataPages, claimedPages), and their downloads; returns how many pages were written. */
export async function writeDataPages(outputDir: string, view: SiteView, pages: Iterable<DataPage>, { onPage }: DataPagesOptions = {}): Promise<number> {
  const write = fileWriter(outputDir);
  const rebase = await htmlBase(view.site.pathPrefix);
  let written = 0;
  for (const page of pages) {
    const url = page[1].url;
    const content = await renderDataPage(page, view, rebase);
    write(url, content);
    if (typeof content === 'string') await onPage?.(url, content);
    // Let the event loop run now and then: it hands the next social card to each drawing worker.
    if (++written % YIELD_EVERY === 0) await new Promise(setImmediate);
  }
  return written;
}

/** A page's HTML (its template, layout and path prefix), or a download's content. */
export async function renderDataPage([template, item]: DataPage, view: SiteView, rebase: Rebase | null): Promise<ReturnType<FileOut['content']>> {
  if (!template) return item.content();
  const html = template(item, view).text;
  return rebase ? rebase(html, item.url) : html;
}

/**
 * The data page at a URL (as written: `/wilayah/<slug>/`, `/data/2024.csv`), or null: for a
 * preview that renders a page when the browser asks for it (src/render/eleventy-config.ts)
 * instead of all of them on every edit. Looking one up costs its region's pages' records.
 */
export function dataPageFinder(view: SiteView): (url: string) => DataPage | null {
  const fixed = new Map<string, DataPage>();
  for (const page of rankingPages(view)) fixed.set(page[1].url, page);
  for (const redirect of view.redirects) fixed.set(redirect.url, [TEMPLATES.redirect, redirect]);
  for (const file of view.files) fixed.set(file.url, [null, file]);
  // By the slug in its addresses: its own, and the former ones its redirects name (their downloads stay too).
  const segment = (url: string) => url.split('/')[2] ?? '';
  const byUrl = new Map(view.regionPages.map((region) => [region.url, region]));
  const bySlug = new Map(view.regionPages.map((region) => [region.slug, region]));
  for (const { url, to } of view.redirects) if (byUrl.has(to) && !bySlug.has(segment(url))) bySlug.set(segment(url), byUrl.get(to)!);
  return (url) => {
    const hit = fixed.get(url);
    if (hit) return hit;
    const region = bySlug.get(segment(url));
    if (region) for (const page of regionDataPages(view, region)) if (page[1].url === url) return page;
    return null;
  };
}
