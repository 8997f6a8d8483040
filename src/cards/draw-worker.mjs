// Draws social cards for src/cards/draw-pool.ts: SVG in, PNG out, one message each.
// Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
//
// One drawer for the worker's life: the fonts are read and their glyph images kept once
// (docs/performance.md, "Issue 21, stop 26").
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { initWasm } from '@resvg/resvg-wasm';
import { cardDrawer } from './drawer.mjs';

await initWasm(workerData.renderer); // compiled by the pool (draw-pool.ts)
const drawer = cardDrawer(workerData.fonts.map((f) => readFileSync(f)));

parentPort.on('message', ({ svg }) => {
  try {
    parentPort.postMessage({ png: drawer.png(svg) });
  } catch (e) {
    parentPort.postMessage({ error: String(e?.message ?? e) });
  }
});
