// Draws social cards for src/cards/draw-pool.ts: SVG in, PNG out, one message each.
// Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.mjs';

parentPort.on('message', ({ svg, fontFiles }) => {
  try {
    // On an opaque background, since resvg's pixels are premultiplied: where every pixel is
    // opaque, premultiplied and straight RGBA are the same bytes (cards are opaque anyway).
    const image = new Resvg(svg, { background: '#ffffff', font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();
    parentPort.postMessage({ png: encodePng(image.width, image.height, image.pixels) });
  } catch (e) {
    parentPort.postMessage({ error: String(e?.message ?? e) });
  }
});
