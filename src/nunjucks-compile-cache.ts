/**
 * Eleventy 3.1 compiles a Nunjucks template anew for every page it renders: its Nunjucks
 * engine is not `cacheable`, so a paginated template with 55,000 pages was parsed and
 * compiled 55,000 times, most of a large build. A compiled Nunjucks template depends only
 * on its source (includes, imports and layouts are looked up when it renders, through
 * Nunjucks' own loader cache, which Eleventy clears when a file changes), so Eleventy's
 * compile cache, keyed by file and source and cleared when the file changes, is safe for
 * it, as it was in Eleventy 2. Output is unchanged; only the repeated compiling goes.
 */
export async function cacheNunjucksCompiles(): Promise<void> {
  const engine = new URL('./Engines/Nunjucks.js', import.meta.resolve('@11ty/eleventy'));
  const { default: Nunjucks } = (await import(engine.href)) as { default: { prototype: object } };
  // A later Eleventy that decides for itself keeps its own choice.
  if (Object.getOwnPropertyDescriptor(Nunjucks.prototype, 'cacheable')) return;
  Object.defineProperty(Nunjucks.prototype, 'cacheable', { get: () => true, configurable: true });
}
