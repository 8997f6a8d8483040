/**
 * Data pages on more than one core. A region's pages (its page, per-round pages, embed)
 * and the redirects are nine in ten of a site's pages and independent of one another, so
 * a helper thread per spare core writes them beside the main thread, which renders
 * Eleventy's pages and the rankings and then claims regions too (PageClaims). A helper
 * builds its own view from a copy of the input the main thread read and checked (a view
 * holds functions and cannot be sent to a thread; the input is plain data, copied faster
 * than read and checked again).
 */
import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageClaims } from './data-pages.ts';
import type { Dataset } from '../domain/types.ts';

export interface HelperJob {
  /** The input as the main thread read and checked it: copied to the helper, not read again. */
  dataset: Dataset;
  outputDir: string;
  /** PageClaims.buffer, shared with the main thread. */
  claims: SharedArrayBuffer;
  /** Write the social cards too (src/cards/render.ts): given to the first helper, off the main thread's path. */
  cards: boolean;
}

export type HelperReply = { written: number } | { error: string };

export interface PageHelpers {
  /** Resolves with how many pages the helpers wrote, once they have ended; rejects if one failed. */
  done: Promise<number>;
  /** End the helpers now (the build failed elsewhere). */
  stop(): Promise<void>;
}

/**
 * V8's young generation for a helper, as `npm run build` gives the main thread (`--max-semi-space-size=64`):
 * rendering makes short-lived strings by the gigabyte, which V8's default semi-spaces copy again and again
 * (docs/performance.md, "What changed in stop 11"). The build script's other V8 flags, `--heap-growing-percent=50`
 * and `--no-allocation-site-pretenuring`, apply to every thread of the process ("What changed in stop 12").
 */
export const YOUNG_GENERATION_MB = 3 * 64;

/** Memory a thread holds at its peak per score in the input, with the heap growth `npm run build` sets (docs/performance.md). */
const BYTES_PER_SCORE = 3_000;

/**
 * How many helpers to start: one per core beyond the main thread's, as long as every
 * thread's view, each its own, fits in half the machine's memory. Sites of today's size
 * always get them; a site of every village on a small machine is built on one thread.
 */
export function helperThreads(scores: number, cores = availableParallelism(), memory = totalmem()): number {
  const threadsThatFit = Math.floor(memory / 2 / Math.max(1, scores * BYTES_PER_SCORE));
  return Math.max(0, Math.min(cores, threadsThatFit) - 1);
}

/** Start `threads` helpers (see helperThreads). */
export function startPageHelpers(job: Omit<HelperJob, 'claims'>, claims: PageClaims, threads: number): PageHelpers {
  const workers = Array.from({ length: Math.max(0, threads) }, (_, i) => {
    const workerData: HelperJob = { ...job, cards: job.cards && i === 0, claims: claims.buffer };
    // execArgv: [] so no flags of the parent's (tsx, the benchmark's) apply; the entry registers tsx itself.
    return new Worker(new URL('./helper-thread-entry.mjs', import.meta.url), {
      workerData,
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  });
  const done = Promise.all(
    workers.map(
      (worker) =>
        new Promise<number>((resolve, reject) => {
          // Done when the thread has ended, its view with it (src/release-memory.ts), not when it has replied.
          let written: number | undefined;
          worker.once('message', (reply: HelperReply) => ('error' in reply ? reject(new Error(`Halaman wilayah: ${reply.error}`)) : (written = reply.written)));
          worker.once('error', reject);
          worker.once('exit', (code) =>
            written !== undefined && code === 0 ? resolve(written) : reject(new Error(`Halaman wilayah: thread berhenti (kode ${code}) sebelum selesai`)),
          );
        }),
    ),
  ).then((counts) => counts.reduce((a, b) => a + b, 0));
  return {
    done,
    async stop() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
