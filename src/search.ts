import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { urls } from './view/urls.ts';

/**
 * Site search: Pagefind indexes the built site in `outputDir` and writes its bundle (index,
 * WebAssembly, UI script and stylesheet) to `<outputDir>/pagefind/`. Only pages whose
 * `<main>` carries `data-pagefind-body` are indexed: home, rankings and region pages
 * (src/view/reuse.ts decides). Within them, tables, lists of other regions and the
 * breadcrumbs are skipped, so a region's name finds its own page, not every ranking
 * that mentions it.
 */
export const SEARCH_EXCLUDE = ['table', '.ranklist', '.crumbs', 'nav', 'figure', '[data-pagefind-ignore]'];

/**
 * Files Pagefind reads: only where indexed pages live, so it does not parse the thousands
 * of per-round, embed and redirect pages it would skip anyway. Derived from urls.ts.
 */
export const SEARCH_GLOB = `{${[urls.home(), urls.round('*' as unknown as number), urls.region('*')].map((u) => `${u.slice(1)}index.html`).join(',')}}`;

export async function indexSite(outputDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: SEARCH_EXCLUDE });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outputDir, glob: SEARCH_GLOB });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outputDir, urls.searchBundle()) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    // The service is a child process: stop it so the build can exit.
    await pagefind.close();
  }
}
