/**
 * The view src/build.ts has already computed, handed to .eleventy.js so a build reads and
 * checks the input once, not twice. Outside a build (previews, plain Eleventy) there is
 * none and .eleventy.js loads the data itself.
 *
 * Kept on globalThis, not in module state: Eleventy imports .eleventy.js, and through it
 * this module, with its own loader, which under a test runner is another module instance.
 */
import type { SiteView } from './view/site.ts';

const KEY = Symbol.for('kepatuhan-site/provided-view');
const slot = globalThis as { [KEY]?: SiteView };

export function providedView(): SiteView | undefined {
  return slot[KEY];
}

/** Run `render` with `view` provided. */
export async function withProvidedView<T>(view: SiteView, render: () => Promise<T>): Promise<T> {
  slot[KEY] = view;
  try {
    return await render();
  } finally {
    delete slot[KEY];
  }
}
