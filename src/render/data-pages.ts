/**
 * The pages whose number or size grows with the data: once per region (its page, one page
 * per round it was assessed in, its embed page), once per former address (redirects), and
 * the ranking of each round (a row per region). Rendered from the templates in
 * `templates/_data-pages/` with the same Nunjucks settings and filters as Eleventy's and
 * written straight to the output folder, one at a time.
 *
 * Why not as Eleventy paginated templates: they are nine in ten of the site's pages, and
 * Eleventy spends about 1 ms on each beyond rendering it (merging the data cascade into a
 * copy per page, proxies) and holds every result in memory until the build ends, so a site
 * with every village (55,000 regions, 600,000 pages, ranking pages of 30 MB) did not fit in
 * memory or time. Here a page costs its rendering and its write, and is then let go.
 * See docs/performance.md.
 */
import nunjucks from 'nunjucks';
import { join } from 'node:path';
import type { SiteView } from '../view/site.ts';
import type { RegionPage } from '../view/pages.ts';
import type { RegionRoundEntry } from '../view/reuse.ts';
import type { EmbedPage } from '../view/embed.ts';
import { fileWriter } from '../write-files.ts';
import { templateFilters } from './filters.ts';

/** What Eleventy's front matter would say for a template: the item's name in it, its layout, data for the layout. */
interface Template<T extends { url: string }> {
  file: string;
  /** The item's name in the template. */
  alias: string;
  layout?: 'base.njk';
  /** Data for the template and its layout (title, description, scripts, …). */
  data?: (item: T, view: SiteView) => Record<string, unknown>;
}

type AnyTemplate = Template<{ url: string }>;
const template = <T extends { url: string }>(t: Template<T>) => t as unknown as AnyTemplate;

const TEMPLATES = {
  ranking: template<SiteView['roundPages'][number]>({
    file: 'peringkat.njk',
    alias: 'round',
    layout: 'base.njk',
    data: (round) => ({
      title: `Peringkat Kepatuhan ${round.year}`,
      description: `Peringkat ${round.total} instansi dalam ${round.title}: nilai, zona dan perubahan sejak penilaian sebelumnya.`,
      scripts: ['charts', 'sort'],
    }),
  }),
  region: template<RegionPage>({
    file: 'wilayah.njk',
    alias: 'region',
    layout: 'base.njk',
    data: (region, view) => {
      // Made here, for this page only, and let go with it.
      const { reuse, share } = view.reuse.region(region);
      return { title: region.name, description: region.description, scripts: ['charts', 'sort'], chart: view.charts.region(region), regionReuse: reuse, pageShare: share };
    },
  }),
  regionRound: template<RegionRoundEntry>({
    file: 'wilayah-putaran.njk',
    alias: 'entry',
    layout: 'base.njk',
    data: (entry) => ({ title: entry.title, description: entry.description, pageShare: entry.share }),
  }),
  embed: template<EmbedPage>({ file: 'embed.njk', alias: 'embed' }),
  redirect: template<SiteView['redirects'][number]>({ file: 'redirect.njk', alias: 'redirect' }),
};

/**
 * Every data page with its template, in the order written. A region's pages come one after
 * another (its page, its rounds, its embed): only the region page goes to the search index,
 * whose service (another process) then works beside the renderer instead of holding it up,
 * as it did when all region pages came in a row.
 */
export function* dataPages(view: SiteView): Generator<[AnyTemplate, { url: string }]> {
  for (const round of view.roundPages) yield [TEMPLATES.ranking, round];
  for (const region of view.regionPages) {
    yield [TEMPLATES.region, region];
    for (const entry of view.reuse.regionRounds(region)) yield [TEMPLATES.regionRound, entry];
    const embed = view.reuse.embed(region);
    if (embed) yield [TEMPLATES.embed, embed];
  }
  for (const redirect of view.redirects) yield [TEMPLATES.redirect, redirect];
}

const YIELD_EVERY = 50;

export interface DataPagesOptions {
  /** The project's templates/ folder. */
  templatesDir: string;
  /** Rewrites the site's absolute links when it is published under a path (Eleventy's HTML base plugin). */
  rebase?: (html: string, url: string) => string | Promise<string>;
  /** Called with each page as written (the build's search index); awaited. */
  onPage?: (url: string, html: string) => Promise<void> | void;
}

/** Render and write every data page; returns how many were written. */
export async function writeDataPages(outputDir: string, view: SiteView, { templatesDir, rebase, onPage }: DataPagesOptions): Promise<number> {
  const env = templateEnvironment(templatesDir, view);
  const shared = { view, site: view.site };
  const write = fileWriter(outputDir);
  let written = 0;
  for (const [{ file, alias, layout, data }, item] of dataPages(view)) {
    const context = { ...shared, ...data?.(item, view), [alias]: item, page: { url: item.url } };
    const content = env.render(file, context);
    const html = layout ? env.render(layout, { ...context, content }) : content;
    const page = rebase ? await rebase(html, item.url) : html;
    write(item.url, page);
    await onPage?.(item.url, page);
    // Let the event loop run now and then: it hands the next social card to each drawing worker.
    if (++written % YIELD_EVERY === 0) await new Promise(setImmediate);
  }
  return written;
}

/** Nunjucks as Eleventy sets it up: autoescaping, includes from templates/_includes, the project's filters. */
function templateEnvironment(templatesDir: string, view: SiteView): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader([join(templatesDir, '_data-pages'), join(templatesDir, '_includes')]);
  const env = new nunjucks.Environment(loader, { autoescape: true });
  for (const [name, filter] of Object.entries(templateFilters(() => view.site.url))) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  return env;
}
