/**
 * What src/build.ts hands to .eleventy.js for one build: the view it has already computed
 * (so the input is read and checked once, not twice), a callback for each page written
 * outside Eleventy (the search index takes the rankings as they are rendered), and the
 * claims on data pages it shares with helper threads. Outside a build
 * (previews, plain Eleventy) there is none and .eleventy.js loads the data itself.
 *
 * Kept on globalThis, not in module state: Eleventy imports .eleventy.js, and through it
 * this module, with its own loader, which under a test runner is another module instance.
 */
import type { SiteView } from './view/site.ts';
import type { PageClaims } from './render/data-pages.ts';

export interface BuildContext {
  view: SiteView;
  /** Awaited: a page is let go of when this resolves. */
  onPage?: (url: string, html: string) => Promise<void> | void;
  /** Data pages shared with helper threads (src/render/helper-threads.ts); without it the main thread writes them all. */
  claims?: PageClaims;
  /** A helper thread writes the social cards; .eleventy.js leaves them. */
  cardsByHelper?: boolean;
}

const KEY = Symbol.for('kepatuhan-site/build-context');
const slot = globalThis as { [KEY]?: BuildContext };

export function buildContext(): BuildContext | undefined {
  return slot[KEY];
}

/** Run `render` with `context` provided. */
export async function withBuildContext<T>(context: BuildContext, render: () => Promise<T>): Promise<T> {
  slot[KEY] = context;
  try {
    return await render();
  } finally {
    delete slot[KEY];
  }
}
