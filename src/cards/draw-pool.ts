/** Drawing cards (SVG → PNG, src/cards/draw-worker.mjs) on worker threads, one per core, each drawing card after card. */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CARD_FONTS } from './fonts.ts';

/** The renderer of the cards' shapes (resvg as WebAssembly): its bytes are its version. */
export const RENDERER = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');

interface Reply {
  png?: Uint8Array;
  error?: string;
}

/** Draw every SVG; `done` receives each PNG as soon as it is drawn. Resolves when all are drawn. */
export async function drawCards<T extends { svg: string }>(jobs: readonly T[], done: (job: T, png: Buffer) => void): Promise<void> {
  let next = 0;
  const lane = async () => {
    // No inherited --import hooks (tsx, the benchmark's): the worker is plain JavaScript.
    const worker = new Worker(new URL('./draw-worker.mjs', import.meta.url), { execArgv: [], workerData: { renderer: RENDERER, fonts: CARD_FONTS } });
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        done(job, await draw(worker, job.svg));
      }
    } finally {
      await worker.terminate();
    }
  };
  const lanes = Math.max(1, Math.min(availableParallelism(), jobs.length));
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
