/** resvg, as the card workers use it (src/cards/draw-worker.mjs), ready to draw in a test. */
import { readFileSync } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { RENDERER } from '../../src/cards/draw-pool.ts';

await initWasm(readFileSync(RENDERER));

export { Resvg };
