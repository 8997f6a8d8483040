/**
 * Eleventy's configuration, in one function for both ways Eleventy runs: a build
 * (src/build.ts hands it to Eleventy with a BuildContext) and a preview or a plain
 * `eleventy` run (.eleventy.js: no context, so the data is loaded here, and again before
 * each rebuild). Eleventy only renders: the pipeline (ingest → model → view) knows nothing of it.
 */
import { HtmlBasePlugin } from '@11ty/eleventy';
import { loadSite } from '../site.ts';
import { writeCards } from '../cards/render.ts';
import { ELEVENTY_TEMPLATES } from '../../templates/eleventy.ts';
import { writeDataSite, type DataSiteHooks } from './data-pages.ts';
import { onRequest } from './on-request.ts';
import { InvalidInputError } from '../ingest/problems.ts';
import { reportProblems } from '../report.ts';
import { bundleClient, stopBundler } from '../bundle.ts';
import type { SiteView } from '../view/site.ts';

/** What src/build.ts hands over for one build. */
export interface BuildContext {
  /** The view of the input it has already read and checked: not read twice. */
  view: SiteView;
  /** A helper thread writes the social cards. */
  cardsByHelper?: boolean;
  /** The data pages' share with helper threads and the search index (src/render/data-pages.ts). */
  dataPages?: DataSiteHooks;
}

/** The part of Eleventy's configuration API used here (Eleventy ships no types). */
export interface EleventyConfig {
  on(event: 'eleventy.before' | 'eleventy.after', listener: (arg: { runMode: string; directories: { output: string } }) => unknown): void;
  addGlobalData(name: string, data: () => unknown): void;
  addTemplate(virtualPath: string, template: unknown): void;
  addWatchTarget(path: string): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addPlugin(plugin: typeof HtmlBasePlugin): void;
  setTemplateFormats(formats: string[]): void;
  setQuietMode(quiet: boolean): void;
  setUseGitIgnore(enabled: boolean): void;
  setServerOptions(options: { onRequest: Record<string, (request: { url: URL }) => Promise<unknown>> }): void;
}

/**
 * Configure Eleventy to render the site of `root` (the folder holding data/ and content/).
 * The site's path prefix is not set here: it is Eleventy's option (src/build.ts) or the
 * config file's return value (.eleventy.js).
 */
export function configureEleventy(eleventyConfig: EleventyConfig, root: string, build?: BuildContext): SiteView {
  // Loaded once per build (and again on each rebuild while serving).
  let view = build?.view ?? loadSite(root);
  let first = true;
  /** `npm start`: Eleventy's dev server. */
  let serving = false;
  eleventyConfig.on('eleventy.before', ({ runMode }) => {
    serving = runMode === 'serve';
    if (first) return void (first = false);
    try {
      view = loadSite(root);
    } catch (e) {
      // Previewing (npm start): list the problems and keep rendering the last valid data.
      if (runMode === 'build' || !(e instanceof InvalidInputError)) throw e;
      reportProblems(e.problems);
      console.error('Pratinjau tetap menampilkan data terakhir yang valid; simpan perbaikan dan halaman dimuat ulang.');
    }
  });
  eleventyConfig.addGlobalData('view', () => view);
  eleventyConfig.addGlobalData('site', () => view.site);
  for (const [path, template] of Object.entries(ELEVENTY_TEMPLATES)) eleventyConfig.addTemplate(path, template);
  // Browser scripts: esbuild bundles them in its own process while Eleventy renders; awaited at the end.
  let bundled: Promise<unknown> | undefined;
  eleventyConfig.on('eleventy.before', ({ directories, runMode }) => {
    // esbuild's process ends once they are bundled, but in a preview, which bundles again on the next edit.
    bundled = bundleClient(directories.output).finally(() => (runMode === 'build' ? stopBundler() : undefined));
    bundled.catch(() => {}); // reported where it is awaited
  });
  eleventyConfig.on('eleventy.after', () => bundled);
  eleventyConfig.addWatchTarget('src/client/');

  // Social cards: PNG drawn from SVG on worker threads, reused from .cache/cards/ when unchanged
  // (src/cards/render.ts). Started before Eleventy renders, so the workers draw cards while the
  // main thread renders pages; awaited before the build ends.
  let cards: Promise<unknown> | undefined;
  eleventyConfig.on('eleventy.before', ({ directories }) => {
    if (build?.cardsByHelper || serving) return; // a helper thread writes them (src/render/helper-threads.ts); a preview draws them on request
    cards = writeCards(directories.output, view.reuse.cards);
    cards.catch(() => {}); // reported where it is awaited
  });
  eleventyConfig.on('eleventy.after', () => cards);

  // The downloads and the pages that grow with the data (per region, rankings): the data-pages
  // plugin, run by Eleventy once its own pages are written. A preview renders each when it is
  // asked for instead (src/render/on-request.ts), with the same function, from the latest view.
  eleventyConfig.on('eleventy.after', ({ directories }) => (serving ? undefined : writeDataSite(directories.output, view, build?.dataPages)));
  let answer: { view: SiteView; answer: ReturnType<typeof onRequest> } | undefined;
  eleventyConfig.setServerOptions({
    onRequest: {
      '/*': ({ url }) => {
        if (answer?.view !== view) answer = { view, answer: onRequest(view) };
        return answer.answer(url.pathname);
      },
    },
  });

  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addWatchTarget(`${root}/data/`);
  eleventyConfig.addWatchTarget(`${root}/content/`);
  // Eleventy leaves git-ignored paths out of its watch too: a data root in such a folder (SITE_DATA=bench/work/…) would never rebuild.
  eleventyConfig.setUseGitIgnore(false);
  if (view.site.pathPrefix !== '/') eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.setTemplateFormats(['11ty.js']);
  eleventyConfig.setQuietMode(true);
  return view;
}
