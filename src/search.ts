import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { fileWriter } from './write-files.ts';
import { urls } from './view/urls.ts';
import type { SearchRecord } from './view/search-record.ts';

/**
 * Site search: Pagefind indexes the built site and writes its bundle (index, WebAssembly,
 * UI script and stylesheet) to `<outputDir>/pagefind/`. Indexed: home and rankings from
 * their HTML (the `<main>` that carries `data-pagefind-body`; src/view/reuse.ts decides),
 * and every region page as a record of its words (src/view/search-record.ts). Within the
 * HTML, tables, lists of other regions and the breadcrumbs are skipped, so a region's name
 * finds its own page, not every ranking that mentions it.
 */
export const SEARCH_EXCLUDE = ['table', '.ranklist', '.crumbs', 'nav', 'figure', '[data-pagefind-ignore]'];

/**
 * The indexed page Eleventy writes (home), read from the output folder once Eleventy is
 * done. Region pages are given as records (`SearchIndex.addRecord`, src/build.ts) and
 * rankings as they are rendered (`SearchIndex.addPage`). Derived from urls.ts.
 */
export const SEARCH_GLOB = `${urls.home().slice(1)}index.html`;

export interface SearchIndex {
  /**
   * Index a page while the build goes on: Pagefind's service is its own process, so it
   * parses pages on the other core while this one renders. Resolves when the page may be
   * let go of: at most IN_FLIGHT pages, or IN_FLIGHT_CHARS of HTML, wait for the service,
   * so a fast renderer does not pile up a large site's pages in memory (docs/performance.md, "What changed in stop 11").
   */
  addPage(url: string, html: string): Promise<void>;
  /**
   * Index a page given as plain text. Sent at once, without waiting: a record is small, and
   * the service works through them while the build goes on. Pages reach the index in the
   * order they are added, records and HTML alike.
   */
  addRecord(record: SearchRecord): void;
  /** Index the pages Eleventy wrote in `outputDir` and write the bundle there; `step` is told as each part ends (src/step-timer.ts). */
  write(outputDir: string, step?: (label: string) => void): Promise<{ pages: number }>;
  /** Stop the service (a child process) so the build can exit; always call it. */
  close(): Promise<void>;
}

/**
 * The page without its tables, which the index skips (SEARCH_EXCLUDE) but would still have
 * to receive and parse: a national site's rankings are mostly table (docs/performance.md, "What changed in stop 11").
 * The index comes out the same. Tables here never nest.
 */
export const withoutTables = (html: string): string => html.replace(/<table[\s>][\s\S]*?<\/table>/g, '');

const IN_FLIGHT = 16;
const IN_FLIGHT_CHARS = 16 * 1024 * 1024;

/**
 * Pagefind's allocator (jemalloc) keeps freed blocks of up to 128 KB in its threads' caches.
 * By default only those up to 32 KB: the service's message buffers (44–100 KB) were handed back
 * to the kernel after every page, 16,700 times at 5,500 regions, each flushing both cores' TLBs
 * (a second of CPU; docs/performance.md, "Issue 21, stop 28"). The service inherits this
 * process's environment; a value staff set themselves is kept.
 */
const PAGEFIND_ALLOCATOR = { _RJEM_MALLOC_CONF: 'tcache_max:131072' };

export async function startSearchIndex(): Promise<SearchIndex> {
  for (const [name, value] of Object.entries(PAGEFIND_ALLOCATOR)) process.env[name] ??= value;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: SEARCH_EXCLUDE });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind: ${errors.join('; ')}`);
  }
  const problems: string[] = [];
  /** Every request not yet answered (write() waits for them); pages, which are large, also in `pages`. */
  const pending = new Set<Promise<void>>();
  const pages = new Set<Promise<void>>();
  let pageChars = 0;
  let added = 0;
  const track = (request: Promise<{ errors: string[] }>, sets: Set<Promise<void>>[]) => {
    const done: Promise<void> = request
      .then(
        (r) => void problems.push(...r.errors),
        (e: unknown) => void problems.push(String(e)),
      )
      .finally(() => sets.forEach((set) => set.delete(done)));
    sets.forEach((set) => set.add(done));
    added++;
  };
  return {
    async addPage(url, page) {
      const html = withoutTables(page);
      const sent = index.addHTMLFile({ sourcePath: `${url.slice(1)}index.html`, content: html });
      pageChars += html.length;
      track(
        sent.finally(() => (pageChars -= html.length)),
        [pending, pages],
      );
      while (pages.size >= IN_FLIGHT || (pages.size > 1 && pageChars > IN_FLIGHT_CHARS)) await Promise.race(pages);
    },
    addRecord: ({ url, title, content, meta }) => track(index.addCustomRecord({ url, content, language: 'id', meta: { title, ...meta } }), [pending]),
    async write(outputDir, step) {
      await Promise.all(pending);
      step?.('indeks: setiap halaman diterima');
      const fromFiles = await index.addDirectory({ path: outputDir, glob: SEARCH_GLOB });
      problems.push(...fromFiles.errors);
      if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
      // The bundle's files are taken from the service and written here, not by Pagefind's
      // writeFiles: that answered before it had written them all, and closing the service
      // then (as a build does next) left pagefind.js empty and the WebAssembly missing on a
      // busy machine.
      const bundle = await index.getFiles();
      step?.('indeks: dibuat');
      if (bundle.errors.length) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
      const write = fileWriter(join(outputDir, urls.searchBundle()));
      for (const file of bundle.files) write(file.path, file.content);
      return { pages: fromFiles.page_count + added };
    },
    async close() {
      await pagefind.close();
    },
  };
}
