// Draws social cards for src/cards/draw-pool.ts: SVG in, PNG out, one message each.
// Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.mjs';

// On an opaque background, since resvg's pixels are premultiplied: where every pixel is
// opaque, premultiplied and straight RGBA are the same bytes (cards are opaque anyway).
// `crop` with no width: resvg-js otherwise copies the whole image pixel by pixel into a "cropped" one
// of the same size; an empty crop rectangle is skipped and the image kept as drawn (docs/performance.md, "First build (issue 21)").
const BASE = { background: '#ffffff', crop: { right: 0 } };

parentPort.on('message', ({ svg, fontFiles }) => {
  try {
    const image = new Resvg(svg, { ...BASE, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();
    parentPort.postMessage({ png: encodePng(image.width, image.height, image.pixels) });
  } catch (e) {
    parentPort.postMessage({ error: String(e?.message ?? e) });
  }
});
