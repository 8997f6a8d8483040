// PNG encoding for the card workers (src/cards/draw-worker.mjs). Plain JavaScript: a worker
// thread starts without the TypeScript loader of its parent.
//
// Not resvg's own encoder (`asPng()`): zlib at level 1 without row filters is about twice as fast and
// nearly as small, since a card is flat colour and anti-aliased text (docs/performance.md, "What changed in stop 14").
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** Bit depth 8, colour type 6 (RGBA), deflate, no filters chosen per row, no interlacing. */
const RGBA8 = [8, 6, 0, 0, 0];

/** One chunk: length, type, data, and the CRC-32 of type and data. */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

let rows = Buffer.alloc(0);

/**
 * A PNG of `width` × `height` straight (not premultiplied) RGBA pixels, row by row.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 * @returns {Buffer}
 */
export function encodePng(width, height, rgba) {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  const size = (stride + 1) * height;
  // One buffer for every card a worker draws: a fresh one is a few megabytes of new pages each time.
  if (rows.length < size) rows = Buffer.allocUnsafe(size);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0; // the row's filter type: none
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set(RGBA8, 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows.subarray(0, size), { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}
