// Eleventy's configuration for previews (`npm start`) and plain `eleventy` runs; a build
// (src/build.ts) hands Eleventy the same configuration directly. See src/render/eleventy-config.ts.
import { register } from 'tsx/esm/api';

register();
const { configureEleventy } = await import('./src/render/eleventy-config.ts');

export default function (eleventyConfig) {
  // data/ and content/ are read from SITE_DATA when set (tests, benchmark), else from here.
  const view = configureEleventy(eleventyConfig, process.env.SITE_DATA ?? import.meta.dirname);
  return { dir: { input: 'templates' }, pathPrefix: view.site.pathPrefix };
}
