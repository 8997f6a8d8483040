import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { urls } from './view/urls.ts';

/**
 * Site search: Pagefind indexes the built site and writes its bundle (index, WebAssembly,
 * UI script and stylesheet) to `<outputDir>/pagefind/`. Only pages whose `<main>` carries
 * `data-pagefind-body` are indexed: home, rankings and region pages (src/view/reuse.ts
 * decides). Within them, tables, lists of other regions and the breadcrumbs are skipped, so
 * a region's name finds its own page, not every ranking that mentions it.
 */
export const SEARCH_EXCLUDE = ['table', '.ranklist', '.crumbs', 'nav', 'figure', '[data-pagefind-ignore]'];

/**
 * The indexed page Eleventy writes (home), read from the output folder once Eleventy is
 * done. Rankings and region pages are given to the index as they are rendered
 * (`SearchIndex.addPage`, from src/render/data-pages.ts). Derived from urls.ts.
 */
export const SEARCH_GLOB = `${urls.home().slice(1)}index.html`;

export interface SearchIndex {
  /**
   * Index a page while the build goes on: Pagefind's service is its own process, so it
   * parses pages on the other core while this one renders.
   */
  addPage(url: string, html: string): void;
  /** Index the pages Eleventy wrote in `outputDir` and write the bundle there. */
  write(outputDir: string): Promise<{ pages: number }>;
  /** Stop the service (a child process) so the build can exit; always call it. */
  close(): Promise<void>;
}

export async function startSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: SEARCH_EXCLUDE });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind: ${errors.join('; ')}`);
  }
  const added: Promise<{ errors: string[] }>[] = [];
  return {
    addPage(url, html) {
      const done = index.addHTMLFile({ sourcePath: `${url.slice(1)}index.html`, content: html });
      done.catch(() => {}); // awaited, and reported, in write(); a build that fails first never does
      added.push(done);
    },
    async write(outputDir) {
      const fromFiles = await index.addDirectory({ path: outputDir, glob: SEARCH_GLOB });
      const problems = [...(await Promise.all(added)).flatMap((r) => r.errors), ...fromFiles.errors];
      if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(outputDir, urls.searchBundle()) });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      return { pages: fromFiles.page_count + added.length };
    },
    async close() {
      await pagefind.close();
    },
  };
}
