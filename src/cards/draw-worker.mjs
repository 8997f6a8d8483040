// Draws social cards for src/cards/draw-pool.ts: SVG in, PNG out, one message each.
// Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
//
// resvg as WebAssembly, not its native Node binding: the same renderer and the very same
// pixels, with fonts read once per worker instead of from disk for every card, and memory
// reused from card to card. About 15 ms a card here against 40 (docs/performance.md, "Issue 21, stop 25").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { encodePng } from './png.mjs';

await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));

/** Each font file's bytes, read the first time a card asks for it. */
const fonts = new Map();
const fontBytes = (file) => fonts.get(file) ?? fonts.set(file, readFileSync(file)).get(file);

// On an opaque background, since resvg's pixels are premultiplied: where every pixel is
// opaque, premultiplied and straight RGBA are the same bytes (cards are opaque anyway).
parentPort.on('message', ({ svg, fontFiles }) => {
  let resvg;
  let image;
  try {
    resvg = new Resvg(svg, { background: '#ffffff', font: { fontBuffers: fontFiles.map(fontBytes), loadSystemFonts: false, defaultFontFamily: 'Inter' } });
    image = resvg.render();
    parentPort.postMessage({ png: encodePng(image.width, image.height, image.pixels) });
  } catch (e) {
    parentPort.postMessage({ error: String(e?.message ?? e) });
  } finally {
    // WebAssembly memory V8 does not count: freed now, not when a collection happens to run.
    image?.free();
    resvg?.free();
  }
});
