/** Drawing cards (SVG → PNG, src/cards/draw-worker.mjs) on worker threads, one per core, each drawing card after card. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { CARD_FONTS } from './fonts.ts';

/** The renderer of the cards' shapes (resvg as WebAssembly): its bytes are its version. */
export const RENDERER = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');

/**
 * resvg compiled once for the process and handed to every worker, which then only instantiate it.
 *
 * WebAssembly stays in V8's baseline code (Liftoff): a worker draws a few hundred or thousand
 * cards, too few for optimising resvg's and HarfBuzz's hot functions to pay back. It cost about
 * 1.1 s of CPU a worker, on cores the build needs, and saved none (one worker's share of the
 * sample, 327 cards: 3.1 → 2.3 s of CPU; 1,500 cards: 7.6 → 6.6 s; docs/performance.md, "Issue 21,
 * stop 26"). V8's flags are the whole process's; nothing else in a build runs WebAssembly.
 */
let renderer: Promise<WebAssembly.Module> | undefined;
function compiledRenderer(): Promise<WebAssembly.Module> {
  if (!renderer) {
    setFlagsFromString('--wasm-tiering-budget=2000000000');
    renderer = WebAssembly.compile(readFileSync(RENDERER));
  }
  return renderer;
}

interface Reply {
  png?: Uint8Array;
  error?: string;
}

/**
 * Cards a worker is given ahead of the one it draws. The thread that hands cards out also
 * renders pages, and answers only between batches of them (tens of milliseconds); a card takes
 * a few. With one card at a time the workers mostly waited for the next (docs/performance.md,
 * "Issue 21, stop 26").
 */
const QUEUED = 16;

/** Draw every SVG; `done` receives each PNG as soon as it is drawn. Resolves when all are drawn. */
export async function drawCards<T extends { svg: string }>(jobs: readonly T[], done: (job: T, png: Buffer) => void): Promise<void> {
  if (jobs.length === 0) return;
  let next = 0;
  const module = await compiledRenderer();
  const lane = async () => {
    // No inherited --import hooks (tsx, the benchmark's): the worker is plain JavaScript.
    const worker = new Worker(new URL('./draw-worker.mjs', import.meta.url), { execArgv: [], workerData: { renderer: module, fonts: CARD_FONTS } });
    /** Cards sent and not yet back, oldest first: a worker answers in order. */
    const sent: T[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const send = () => {
          while (sent.length < QUEUED && next < jobs.length) {
            const job = jobs[next++]!;
            sent.push(job);
            worker.postMessage({ svg: job.svg });
          }
          if (sent.length === 0) resolve();
        };
        worker.on('message', ({ png, error }: Reply) => {
          const job = sent.shift()!;
          if (!png) return reject(new Error(`Kartu tidak dapat digambar: ${error}`));
          try {
            done(job, Buffer.from(png.buffer, png.byteOffset, png.byteLength));
          } catch (e) {
            return reject(e);
          }
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`Kartu tidak dapat digambar: thread berhenti (kode ${code})`)));
        send();
      });
    } finally {
      await worker.terminate();
    }
  };
  const lanes = Math.min(availableParallelism(), jobs.length);
  await Promise.all(Array.from({ length: lanes }, lane));
}
