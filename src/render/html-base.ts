export type Rebase = (html: string, url: string) => Promise<string>;

/**
 * Eleventy's HTML base plugin as a plain function, for the pages its templates do not render
 * (the data pages of src/render/data-pages.ts, on any thread, and on request in a preview): every absolute link
 * gets the path the site is published under, exactly as on Eleventy's own pages. The
 * plugin is handed the three parts of Eleventy's configuration it touches, and its
 * `transformWithHtmlBase` filter is kept. Null when the site is published at the root (and
 * then Eleventy, slow to import, is not loaded).
 */
export async function htmlBase(pathPrefix: string): Promise<Rebase | null> {
  if (pathPrefix === '/') return null;
  const { HtmlBasePlugin } = await import('@11ty/eleventy');
  let transform: ((this: { page: { url: string } }, html: string, base: undefined, url: string) => Promise<string>) | undefined;
  HtmlBasePlugin({
    pathPrefix,
    addFilter() {},
    addAsyncFilter(name: string, filter: typeof transform) {
      if (name === 'transformWithHtmlBase') transform = filter;
    },
    htmlTransformer: { addUrlTransform() {} },
  });
  if (!transform) throw new Error('Eleventy’s HtmlBasePlugin no longer defines transformWithHtmlBase');
  const rebase = transform;
  return (html, url) => rebase.call({ page: { url } }, html, undefined, url);
}
