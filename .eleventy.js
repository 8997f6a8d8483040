// Eleventy only renders: the pipeline (ingest → model → view) lives in src/ and knows nothing of it.
import { register } from 'tsx/esm/api';
import { HtmlBasePlugin } from '@11ty/eleventy';

register();
const { loadSite } = await import('./src/site.ts');
const { writeFiles } = await import('./src/write-files.ts');
const { writeCards } = await import('./src/cards/render.ts');
const { templateFilters } = await import('./src/render/filters.ts');
const { dataPages, writeDataPages } = await import('./src/render/data-pages.ts');
const { InvalidInputError } = await import('./src/ingest/problems.ts');
const { reportProblems } = await import('./src/report.ts');
const { bundleClient } = await import('./src/bundle.ts');
const { buildContext } = await import('./src/build-context.ts');

const TEMPLATES = `${import.meta.dirname}/templates`;

export default function (eleventyConfig) {
  // data/ and content/ are read from SITE_DATA when set (tests, benchmark), else from here.
  const root = process.env.SITE_DATA ?? import.meta.dirname;
  // Loaded once per build (and again on each rebuild while serving).
  let view = buildContext()?.view ?? loadSite(root);
  let first = true;
  eleventyConfig.on('eleventy.before', ({ runMode }) => {
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

  for (const [name, filter] of Object.entries(templateFilters(() => view.site.url))) eleventyConfig.addFilter(name, filter);
  // Browser scripts: esbuild bundles them in its own process while Eleventy renders; awaited at the end.
  let bundled;
  eleventyConfig.on('eleventy.before', ({ directories }) => {
    bundled = bundleClient(directories.output);
    bundled.catch(() => {}); // reported where it is awaited
  });
  eleventyConfig.on('eleventy.after', () => bundled);
  eleventyConfig.addWatchTarget('src/client/');

  // Social cards: PNG drawn from SVG on worker threads, reused from .cache/cards/ when unchanged
  // (src/cards/render.ts). Started before Eleventy renders, so the workers draw cards while the
  // main thread renders pages; awaited before the build ends.
  let cards;
  eleventyConfig.on('eleventy.before', ({ directories }) => {
    if (buildContext()?.cardsByHelper) return; // a helper thread writes them (src/render/helper-threads.ts)
    cards = writeCards(directories.output, view.reuse.cards);
    cards.catch(() => {}); // reported where it is awaited
  });
  eleventyConfig.on('eleventy.after', () => cards);

  // Pages that grow with the data (per region, rankings) are written by src/render/data-pages.ts, not paginated by Eleventy.
  eleventyConfig.ignores.add('templates/_data-pages/**');
  eleventyConfig.addWatchTarget('templates/_data-pages/');
  // Region pages, per-round pages, embeds and redirects are shared with helper threads when
  // src/build.ts started them (src/render/helper-threads.ts); else (previews) all written here.
  eleventyConfig.on('eleventy.after', ({ directories }) => {
    const context = buildContext();
    return writeDataPages(directories.output, view, dataPages(view, context?.claims), { templatesDir: TEMPLATES, onPage: context?.onPage });
  });
  // Downloads are plain files: written directly, not rendered as templates.
  eleventyConfig.on('eleventy.after', ({ directories }) => writeFiles(directories.output, view.files));

  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addWatchTarget(`${root}/data/`);
  eleventyConfig.addWatchTarget(`${root}/content/`);
  if (view.site.pathPrefix !== '/') eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: 'templates', includes: '_includes' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    pathPrefix: view.site.pathPrefix,
  };
}
