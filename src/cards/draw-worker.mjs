// Draws social cards for src/cards/draw-pool.ts: SVG in, PNG out, one message each.
// Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort.on('message', ({ svg, fontFiles }) => {
  try {
    const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().asPng();
    parentPort.postMessage({ png });
  } catch (e) {
    parentPort.postMessage({ error: String(e?.message ?? e) });
  }
});
