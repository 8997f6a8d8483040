/**
 * Rendering a large site in batches, to bound memory.
 *
 * Eleventy keeps every page it renders in memory until the build ends (each page's
 * content, its content with the layout, and the list of written results). With ten and
 * more pages per region, 55,000 regions would need tens of gigabytes. So src/build.ts runs
 * Eleventy several times into the same folder, each run rendering one slice of every
 * paginated template; memory then grows with the slice, not with the site.
 *
 * - The first run renders every template that is not paginated, and does every side effect
 *   of the configuration (`eleventy.before`/`eleventy.after` handlers, passthrough copies).
 * - Every run renders its slice of each paginated template that can be sliced: one item
 *   per page and no use of `pagination.*` in its body (page numbers and links to
 *   neighbouring pages would differ between slices). Any other paginated template renders
 *   whole in the first run.
 * - No template may use `collections` (a run only sees its own pages); batching is off when
 *   one does (`canRenderInBatches`).
 *
 * Output is byte-identical to a single run: the same pages from the same data, in the
 * same places. A site small enough for one batch is rendered exactly as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteView } from './view/site.ts';

/** Regions per run: about eleven pages each, so a run holds some 20,000 pages (well under 1 GB). */
export const REGIONS_PER_BATCH = 2_000;

export interface RenderBatch {
  /** 0 for the first run. */
  index: number;
  count: number;
  /** Loaded once by src/build.ts and shared by every run. */
  view: SiteView;
}

/**
 * Shared through globalThis, not module state: Eleventy imports .eleventy.js, and through it
 * this module, with its own loader, which under a test runner is another module instance.
 */
interface State {
  batch: RenderBatch | null;
  /** Eleventy runs configured for a batch of several, since the process started (tests). */
  batchedRuns: number;
}
const STATE = Symbol.for('kepatuhan-site/render-batches');
const state = (): State => ((globalThis as { [STATE]?: State })[STATE] ??= { batch: null, batchedRuns: 0 });

/** The run in progress, read by .eleventy.js; null outside src/build.ts (previews, plain Eleventy). */
export function currentBatch(): RenderBatch | null {
  return state().batch;
}

/** How many Eleventy runs have been configured as one batch of several. */
export function batchedRuns(): number {
  return state().batchedRuns;
}

/** Run `render` once per batch, each with `currentBatch()` set. */
export async function renderInBatches(view: SiteView, count: number, render: () => Promise<void>): Promise<void> {
  try {
    for (let index = 0; index < count; index++) {
      state().batch = { index, count, view };
      await render();
    }
  } finally {
    state().batch = null;
  }
}

/** How many runs a site needs: one below REGIONS_PER_BATCH regions (SITE_BATCH_REGIONS overrides, for tests). */
export function batchCount(view: SiteView, templatesDir: string): number {
  const perBatch = Number(process.env.SITE_BATCH_REGIONS) || REGIONS_PER_BATCH;
  if (!canRenderInBatches(templatesDir)) return 1;
  return Math.max(1, Math.ceil(view.regionPages.length / perBatch));
}

/** Batching is safe only while no template reads `collections`. */
export function canRenderInBatches(templatesDir: string): boolean {
  const files = (readdirSync(templatesDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.njk'));
  return !files.some((f) => /\bcollections\b/.test(readFileSync(join(templatesDir, f), 'utf8')));
}

/** The items of `all` that batch `index` of `count` renders: contiguous, every item exactly once. */
export function sliceOf<T>(all: readonly T[], index: number, count: number): T[] {
  return all.slice(Math.floor((index * all.length) / count), Math.floor(((index + 1) * all.length) / count));
}

const ORIGINAL_BEFORE = Symbol('pagination.before without batching');

type BeforeFn = ((items: unknown[], data: unknown) => unknown[]) & { [ORIGINAL_BEFORE]?: BeforeFn | undefined };

interface TemplateData {
  pagination?: { size?: number; before?: BeforeFn };
}

/** The parts of Eleventy's configuration API used here. */
export interface EleventyConfig {
  on(...args: unknown[]): unknown;
  addPassthroughCopy(...args: unknown[]): unknown;
  addPreprocessor(name: string, extensions: string, callback: (this: unknown, data: TemplateData, content: string) => unknown): unknown;
}

/**
 * Wrap the project's configuration function (.eleventy.js) so that it renders the current
 * batch. Outside a batched build, or with a single batch, it runs unchanged. In later runs
 * the event handlers and passthrough copies it registers are dropped: the first run did
 * them. Only the function's own registrations are affected, not Eleventy's plugins.
 */
export function withRenderBatches<C extends EleventyConfig, R>(configure: (config: C) => R): (config: C) => R {
  return (config) => {
    const batch = currentBatch();
    if (!batch || batch.count === 1) return configure(config);
    state().batchedRuns++;
    config.addPreprocessor('render-batch', 'njk', (data, content) => sliceTemplate(data, content, batch));
    if (batch.index === 0) return configure(config);
    const saved = (['on', 'addPassthroughCopy'] as const).map((key) => [key, Object.getOwnPropertyDescriptor(config, key)] as const);
    config.on = () => config;
    config.addPassthroughCopy = () => config;
    try {
      return configure(config);
    } finally {
      for (const [key, own] of saved) {
        if (own) Object.defineProperty(config, key, own);
        else delete (config as Partial<EleventyConfig>)[key];
      }
    }
  };
}

/** Preprocessor: give a sliceable paginated template this batch's items; skip the rest after the first run. */
function sliceTemplate(data: TemplateData, content: string, { index, count }: RenderBatch): false | undefined {
  const pagination = data.pagination;
  const sliceable = pagination !== undefined && pagination.size === 1 && !/\bpagination\./.test(content);
  if (!sliceable) return index === 0 ? undefined : false;
  // Front matter may be parsed once and shared by the runs: always wrap the template's own `before`.
  const own = pagination.before && ORIGINAL_BEFORE in pagination.before ? pagination.before[ORIGINAL_BEFORE] : pagination.before;
  const before: BeforeFn = function (this: unknown, items, d) {
    return sliceOf(own ? own.call(this, items, d) : items, index, count);
  };
  before[ORIGINAL_BEFORE] = own;
  pagination.before = before;
  return undefined;
}
