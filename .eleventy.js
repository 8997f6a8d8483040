// Eleventy only renders: the pipeline (ingest → model → view) lives in src/ and knows nothing of it.
import { register } from 'tsx/esm/api';
import { HtmlBasePlugin } from '@11ty/eleventy';

register();
const { loadSite } = await import('./src/site.ts');
const { writeFiles } = await import('./src/write-files.ts');
const { writeCards } = await import('./src/cards/render.ts');
const format = await import('./src/view/format.ts');
const { InvalidInputError } = await import('./src/ingest/problems.ts');
const { reportProblems } = await import('./src/report.ts');
const { bundleClient } = await import('./src/bundle.ts');
const { jsonScript } = await import('./src/view/charts.ts');
const { urls } = await import('./src/view/urls.ts');
const { currentBatch, withRenderBatches } = await import('./src/render-batches.ts');
// Compile each Nunjucks template once, not once per page (src/nunjucks-compile-cache.ts).
await (await import('./src/nunjucks-compile-cache.ts')).cacheNunjucksCompiles();

// Wrapped so that a large site renders in batches (src/render-batches.ts); otherwise unchanged.
export default withRenderBatches(function (eleventyConfig) {
  // data/ and content/ are read from SITE_DATA when set (tests, benchmark), else from here.
  const root = process.env.SITE_DATA ?? import.meta.dirname;
  // Loaded once per build (and again on each rebuild while serving).
  let view = currentBatch()?.view ?? loadSite(root);
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

  eleventyConfig.addFilter('num', format.formatScore);
  eleventyConfig.addFilter('change', format.formatChange);
  eleventyConfig.addFilter('int', format.formatInteger);
  eleventyConfig.addFilter('pct', format.formatPercent);
  eleventyConfig.addFilter('date', format.formatDate);
  eleventyConfig.addFilter('rankChange', format.formatRankChange);
  eleventyConfig.addFilter('zoneLabel', (z) => format.ZONE_LABEL[z]);
  eleventyConfig.addFilter('kindLabel', (k) => format.KIND_LABEL[k]);
  eleventyConfig.addFilter('absolute', (path) => `${view.site.url}${path}`);
  // Charts: data blocks (`<script type="application/json">`) and the bundles that read them.
  eleventyConfig.addFilter('jsonScript', jsonScript);
  eleventyConfig.addFilter('scriptUrl', urls.script);
  eleventyConfig.on('eleventy.before', ({ directories }) => bundleClient(directories.output));
  eleventyConfig.addWatchTarget('src/client/');

  // Downloads are plain files: written directly, not rendered as templates.
  eleventyConfig.on('eleventy.after', ({ directories }) => writeFiles(directories.output, view.files));
  // Social cards: PNG rendered from SVG, reused from .cache/cards/ when unchanged (src/cards/render.ts).
  eleventyConfig.on('eleventy.after', ({ directories }) => writeCards(directories.output, view.reuse.cards));

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
});
