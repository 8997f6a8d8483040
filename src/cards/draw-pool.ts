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

/** Draw every SVG; `done` receives each PNG as soon as it is drawn. Resolves when all are drawn. */
export async function drawCards<T extends { svg: string }>(jobs: readonly T[], done: (job: T, png: Buffer) => void): Promise<void> {
  if (jobs.length === 0) return;
  let next = 0;
  const module = await compiledRenderer();
  const lane = async () => {
    // No inherited --import hooks (tsx, the benchmark's): the worker is plain JavaScript.
    const worker = new Worker(new URL('./draw-worker.mjs', import.meta.url), { execArgv: [], workerData: { renderer: module, fonts: CARD_FONTS } });
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        done(job, await draw(worker, job.svg));
      }
    } finally {
      await worker.terminate();
    }
  };
  const lanes = Math.min(availableParallelism(), jobs.length);
  await Promise.all(Array.from({ length: lanes }, lane));
}

function draw(worker: Worker, svg: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fail = (e: Error) => {
      worker.off('message', reply);
      reject(e);
    };
    const reply = ({ png, error }: Reply) => {
      worker.off('error', fail);
      if (png) resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else reject(new Error(`Kartu tidak dapat digambar: ${error}`));
    };
    worker.once('message', reply);
    worker.once('error', fail);
    worker.postMessage({ svg });
  });
}
