// Draws social cards for src/cards/draw-pool.ts: SVG in, PNG out, one message each.
// Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
//
// One drawer for the worker's life: the fonts are read and their glyph images kept once
// (docs/performance.md, "Issue 21, stop 26").
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { initWasm } from '@resvg/resvg-wasm';
import { cardDrawer } from './drawer.mjs';

// resvg's initWasm asks whether `Request` is a function, and Node loads its whole fetch
// implementation (undici) to answer: 70 ms of a worker's start. Nothing here fetches.
for (const name of ['Request', 'Response']) Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
await initWasm(workerData.renderer); // compiled by the pool (draw-pool.ts)
const drawer = cardDrawer(workerData.fonts.map((f) => readFileSync(f)));

parentPort.on('message', ({ svg }) => {
  try {
    const png = drawer.png(svg);
    // Handed over, not copied: the PNG has a buffer of its own (Buffer.concat past the pool's size).
    parentPort.postMessage({ png }, png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? [png.buffer] : []);
  } catch (e) {
    parentPort.postMessage({ error: String(e?.message ?? e) });
  }
});
