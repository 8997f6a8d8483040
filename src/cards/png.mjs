// PNG encoding for the card workers (src/cards/draw-worker.mjs). Plain JavaScript: a worker
// thread starts without the TypeScript loader of its parent.
//
// Not resvg's own encoder (`asPng()`): zlib at level 1 without row filters is about twice as fast
// and nearly as small, since a card is flat colour and anti-aliased text (docs/performance.md,
// "What changed in stop 14"). Cards composed on a palette canvas (canvas.mjs) come as rows of
// palette indices: a byte a pixel to compress instead of four ("Issue 21, stop 26").
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** Colour types: with a palette, RGB, RGBA. */
const PALETTE = 3;
const RGB = 2;
const RGBA = 6;

/** One chunk: length, type, data, and the CRC-32 of type and data. */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Palette rows deflated as runs only: a card's rows are runs of one index, and where they are
 * not, matches further back are rare. 25 % faster than level 1's search for 2 % more bytes
 * (docs/performance.md, "Issue 21, stop 27"). Samples of RGB(A) repeat three or four bytes back:
 * level 1's search finds those.
 */
const PALETTE_DEFLATE = { level: 1, strategy: constants.Z_RLE };
const SAMPLES_DEFLATE = { level: 1 };

/** A PNG of 8-bit samples, from its rows (each a filter byte, 0, then the pixels) and, for a palette, the palette. */
function png(width, height, type, rows, palette) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, type, 0, 0, 0], 8); // bit depth 8, deflate, no filters chosen per row, no interlacing
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, palette ? PALETTE_DEFLATE : SAMPLES_DEFLATE)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A PNG with a palette: `palette` holds R, G, B for each of up to 256 colours, `rows` a filter
 * byte (0) then a palette index for each pixel of each row.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} palette
 * @param {Uint8Array} rows
 * @returns {Buffer}
 */
export function encodeIndexedPng(width, height, palette, rows) {
  if (rows.length !== (width + 1) * height) throw new Error(`encodeIndexedPng: ${rows.length} bytes for ${width}×${height}`);
  if (palette.length === 0 || palette.length > 256 * 3 || palette.length % 3 !== 0) throw new Error(`encodeIndexedPng: a palette of ${palette.length} bytes`);
  return png(width, height, PALETTE, rows, palette);
}

/**
 * A PNG of `width` × `height` straight (not premultiplied) RGBA pixels, row by row: RGB when
 * every pixel is opaque, else RGBA.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 * @returns {Buffer}
 */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  let opaque = true;
  for (let i = 3; i < rgba.length && opaque; i += 4) opaque = rgba[i] === 255;
  const depth = opaque ? 3 : 4;
  const size = (width * depth + 1) * height;
  // A fresh buffer: cards come here only when they cannot be drawn on a palette canvas, seldom.
  const rows = Buffer.allocUnsafe(size);
  for (let y = 0; y < height; y++) {
    let o = y * (width * depth + 1);
    rows[o++] = 0; // the row's filter type: none
    if (!opaque) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), o);
    else {
      for (let i = y * width * 4, end = i + width * 4; i < end; i += 4, o += 3) {
        rows[o] = rgba[i];
        rows[o + 1] = rgba[i + 1];
        rows[o + 2] = rgba[i + 2];
      }
    }
  }
  return png(width, height, opaque ? RGB : RGBA, rows);
}
