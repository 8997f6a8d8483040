// PNG encoding for the card workers (src/cards/draw-worker.mjs). Plain JavaScript: a worker
// thread starts without the TypeScript loader of its parent.
//
// Not resvg's own encoder (`asPng()`): zlib at level 1 without row filters is about twice as fast
// and nearly as small, since a card is flat colour and anti-aliased text (docs/performance.md,
// "What changed in stop 14"). A card has a couple of hundred colours at most, so it is written
// with a palette when it can be: a byte a pixel to compress instead of four ("Issue 21, stop 26").
import { crc32, deflateSync } from 'node:zlib';

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

/** One buffer for every card a worker draws: a fresh one is a few megabytes of new pages each time. */
let rows = Buffer.alloc(0);

/**
 * A PNG of `width` × `height` straight (not premultiplied) RGBA pixels, row by row: with a
 * palette when every pixel is opaque and there are at most 256 colours, else RGB when every
 * pixel is opaque, else RGBA. Lossless either way.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 * @returns {Buffer}
 */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  const pixels = new Uint32Array(
    rgba.byteOffset % 4 === 0 ? rgba.buffer : rgba.slice().buffer,
    rgba.byteOffset % 4 === 0 ? rgba.byteOffset : 0,
    width * height,
  );
  const colours = indexed(pixels, width, height);
  const type = colours ? PALETTE : pixels.every((p) => p >>> 24 === 255) ? RGB : RGBA;
  if (!colours) copyRows(rgba, width, height, type === RGB ? 3 : 4);
  const size = (width * { [PALETTE]: 1, [RGB]: 3, [RGBA]: 4 }[type] + 1) * height;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, type, 0, 0, 0], 8); // bit depth 8, deflate, no filters chosen per row, no interlacing
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(colours ? [chunk('PLTE', colours)] : []),
    chunk('IDAT', deflateSync(rows.subarray(0, size), { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Room for `size` bytes of rows. */
function reserve(size) {
  if (rows.length < size) rows = Buffer.allocUnsafe(size);
}

/**
 * Colours to palette indices: a small open-addressing table, cleared for each image. Its state
 * lives between rows, which are indexed one call each: a function called hundreds of times is
 * optimised by V8 within the first card, where one long loop ran slowly for several.
 */
const SLOTS = 1024;
const palette = { keys: new Int32Array(SLOTS), values: new Uint8Array(SLOTS), colours: Buffer.alloc(256 * 3), count: 0, last: -1, lastIndex: 0 };

/**
 * Rows of palette indices, and the palette (R, G, B each), when every pixel is opaque and
 * there are at most 256 colours; else null. One pass over the pixels: a card is drawn to be written.
 * @param {Uint32Array} pixels little-endian RGBA words
 * @returns {Buffer | null}
 */
function indexed(pixels, width, height) {
  reserve((width + 1) * height);
  palette.keys.fill(-1);
  palette.count = 0;
  palette.last = -1;
  const bytes = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  for (let y = 0; y < height; y++) {
    const o = y * (width + 1);
    // Half a card's rows repeat the one above (margins, bars): compared and copied natively.
    if (y > 0 && Buffer.compare(bytes.subarray(y * width * 4, (y + 1) * width * 4), bytes.subarray((y - 1) * width * 4, y * width * 4)) === 0) {
      rows.copyWithin(o, o - width - 1, o);
      continue;
    }
    rows[o] = 0; // the row's filter type: none
    if (!indexRow(pixels, y * width, (y + 1) * width, rows, o + 1)) return null;
  }
  return Buffer.from(palette.colours.subarray(0, palette.count * 3));
}

/** Palette indices of pixels[from..to) into out from `at`; false when a pixel is not opaque or a 257th colour comes. */
function indexRow(pixels, from, to, out, at) {
  const { keys, values } = palette;
  let { last, lastIndex } = palette;
  for (let i = from, o = at; i < to; i++, o++) {
    const p = pixels[i];
    // Flat colour comes in runs: most pixels are the one before.
    if (p !== last) {
      if (p >>> 24 !== 255) return false;
      const rgb = p & 0xffffff;
      let slot = Math.imul(rgb, 0x9e3779b1) >>> 22;
      while (keys[slot] !== -1 && keys[slot] !== rgb) slot = (slot + 1) & (SLOTS - 1);
      if (keys[slot] === -1) {
        if (palette.count === 256) return false;
        keys[slot] = rgb;
        values[slot] = palette.count;
        palette.colours.writeUIntLE(rgb, palette.count * 3, 3); // the word's low three bytes are R, G, B
        palette.count++;
      }
      last = p;
      lastIndex = values[slot];
    }
    out[o] = lastIndex;
  }
  palette.last = last;
  palette.lastIndex = lastIndex;
  return true;
}

/** Rows of RGB or RGBA pixels, as they are. */
function copyRows(rgba, width, height, depth) {
  reserve((width * depth + 1) * height);
  for (let y = 0; y < height; y++) {
    let o = y * (width * depth + 1);
    rows[o++] = 0;
    if (depth === 4) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), o);
    else {
      for (let i = y * width * 4, end = i + width * 4; i < end; i += 4, o += 3) {
        rows[o] = rgba[i];
        rows[o + 1] = rgba[i + 1];
        rows[o + 2] = rgba[i + 2];
      }
    }
  }
}
