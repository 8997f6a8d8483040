// The canvas a card is composed on (compose.mjs), for the card workers. Plain JavaScript: a
// worker thread starts without the TypeScript loader of its parent.
//
// A card is flat colour and anti-aliased edges: a couple of hundred colours (174–241 on the
// sample's cards). So it is drawn straight into palette indices, already laid out as a PNG's
// rows: writing it is one deflate, where an RGBA canvas cost a pass over every pixel to find its
// palette first (docs/performance.md, "Issue 21, stop 26"). A 257th colour throws
// TooManyColours, and the card is drawn another way.
import { encodeIndexedPng } from './png.mjs';

export class TooManyColours extends Error {}

/** Open addressing from colour (0xBBGGRR) to palette index: a power of two well above 256. */
const SLOTS = 1024;

/** n / 255, rounded, for n from 0 to 255 × 255, without a division. */
const div255 = (n) => {
  const t = n + 128;
  return (t + (t >> 8)) >> 8;
};

/** Paint's mixes of one colour: palette index by (palette entry under it × 256 + coverage), -1 unknown. One canvas at a time uses it. */
const mixes = new Int16Array(256 * 256);

let spare = new Uint8Array(0);

/**
 * Memory for a canvas's rows, the same from card to card: a fresh buffer of this size is new
 * pages from the system each time (page faults, system time). So one canvas at a time: a new
 * one takes over the last one's memory.
 */
function scratch(size) {
  if (spare.length < size) spare = new Uint8Array(size);
  return spare.subarray(0, size);
}

/** A canvas of palette indices; one at a time (a new one reuses the memory of the last). */
export class PaletteCanvas {
  /**
   * @param {number} width
   * @param {number} height
   * @param {number} background 0xBBGGRR, opaque
   */
  constructor(width, height, background) {
    this.width = width;
    this.height = height;
    /** PNG rows: a filter byte (0, none) then a palette index a pixel. */
    this.rows = scratch((width + 1) * height);
    /** The palette, 0xBBGGRR by index. */
    this.colours = new Int32Array(256);
    this.count = 0;
    this.keys = new Int32Array(SLOTS).fill(-1);
    this.values = new Uint8Array(SLOTS);
    /** The colour `mixes` holds mixes of for this canvas, if any. */
    this.mixing = -1;
    this.rows.fill(this.index(background));
    for (let y = 0; y < height; y++) this.rows[y * (width + 1)] = 0;
  }

  /** The palette index of a colour, added when new. @param {number} colour 0xBBGGRR */
  index(colour) {
    let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
    while (this.keys[slot] !== -1) {
      if (this.keys[slot] === colour) return this.values[slot];
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (this.count === 256) throw new TooManyColours();
    this.keys[slot] = colour;
    this.values[slot] = this.count;
    this.colours[this.count] = colour;
    return this.count++;
  }

  /** Fill a rectangle of whole pixels with an opaque colour; what falls off the canvas is dropped. */
  fill(x, y, w, h, colour) {
    const index = this.index(colour);
    const [left, right] = [Math.max(0, x), Math.min(this.width, x + w)];
    if (left >= right) return;
    for (let row = Math.max(0, y); row < Math.min(this.height, y + h); row++) {
      const start = row * (this.width + 1) + 1;
      this.rows.fill(index, start + left, start + right);
    }
  }

  /**
   * Paint an opaque colour through a coverage mask (coverage()) whose top left corner is at (x, y);
   * what falls off the canvas is dropped.
   * @param {Coverage} mask
   */
  paint(mask, x, y, colour) {
    const full = this.index(colour);
    const r = colour & 255;
    const g = (colour >> 8) & 255;
    const b = colour >> 16;
    // The same colour at the same coverage over the same palette entry recurs at every glyph's
    // edge: each mix is worked out once per line of text (a line is one colour).
    if (colour !== this.mixing) {
      mixes.fill(-1);
      this.mixing = colour;
    }
    const { spans, alpha, width } = mask;
    for (let i = 0; i < spans.length; i += 4) {
      const row = spans[i];
      if (y + row < 0 || y + row >= this.height) continue;
      const from = Math.max(spans[i + 1], -x);
      const to = Math.min(spans[i + 2], this.width - x);
      const start = (y + row) * (this.width + 1) + 1 + x;
      if (spans[i + 3] === FULL) {
        // A native fill pays for itself only on long runs.
        if (to - from > 32) this.rows.fill(full, start + from, start + to);
        else for (let mx = from; mx < to; mx++) this.rows[start + mx] = full;
        continue;
      }
      for (let mx = from; mx < to; mx++) {
        const a = alpha[row * width + mx];
        const key = (this.rows[start + mx] << 8) | a;
        let index = mixes[key];
        if (index < 0) {
          const under = this.colours[this.rows[start + mx]];
          const rest = 255 - a;
          mixes[key] = index = this.index(
            div255((under & 255) * rest + r * a) | (div255(((under >> 8) & 255) * rest + g * a) << 8) | (div255((under >> 16) * rest + b * a) << 16),
          );
        }
        this.rows[start + mx] = index;
      }
    }
  }

  /** Lay an image of premultiplied RGBA pixels over the canvas, its top left corner at (x, y). */
  over({ x, y, width, height, pixels }) {
    const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
    // Shapes are mostly flat colour over flat colour: a pixel is often the one before.
    let lastWord = -1;
    let lastUnder = -1;
    let lastIndex = 0;
    for (let row = Math.max(0, -y); row < height && y + row < this.height; row++) {
      const start = (y + row) * (this.width + 1) + 1 + x;
      for (let col = Math.max(0, -x); col < width && x + col < this.width; col++) {
        const i = row * width + col;
        const word = words[i];
        if (word >>> 24 === 0) continue; // clear
        const underIndex = this.rows[start + col];
        if (word !== lastWord || underIndex !== lastUnder) {
          const under = this.colours[underIndex];
          const rest = 255 - (word >>> 24);
          const mixed =
            ((word & 255) + div255((under & 255) * rest)) |
            ((((word >> 8) & 255) + div255(((under >> 8) & 255) * rest)) << 8) |
            ((((word >> 16) & 255) + div255((under >> 16) * rest)) << 16);
          lastWord = word;
          lastUnder = underIndex;
          lastIndex = this.index(mixed);
        }
        this.rows[start + col] = lastIndex;
      }
    }
  }

  /** The canvas as straight RGBA, for comparing with other drawings. */
  rgba() {
    const out = new Uint8Array(this.width * this.height * 4);
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        const c = this.colours[this.rows[y * (this.width + 1) + 1 + x]];
        out.set([c & 255, (c >> 8) & 255, c >> 16, 255], (y * this.width + x) * 4);
      }
    }
    return out;
  }

  png() {
    const palette = Buffer.alloc(this.count * 3);
    for (let i = 0; i < this.count; i++) palette.writeUIntLE(this.colours[i], i * 3, 3);
    return encodeIndexedPng(this.width, this.height, palette, this.rows);
  }
}

/** A span of a coverage mask covered throughout (255), painted with one fill. */
const FULL = 1;

/**
 * @typedef {{ width: number, height: number, alpha: Uint8Array, spans: Int32Array }} Coverage
 *   A coverage mask (0–255 a pixel, `width` a row) and its runs of covered pixels, four numbers
 *   each: row, first column, the column after the last, FULL or not.
 */

/**
 * A coverage mask prepared for painting, once for every time it is painted: a glyph is a third
 * uncovered and a third covered throughout, which painting then skips or fills natively.
 * @param {Uint8Array} alpha
 * @param {number} width
 * @returns {Coverage}
 */
export function coverage(alpha, width) {
  const height = width > 0 ? alpha.length / width : 0;
  const spans = [];
  for (let row = 0; row < height; row++) {
    for (let x = 0; x < width;) {
      const a = alpha[row * width + x];
      if (a === 0) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && alpha[row * width + x] !== 0 && (alpha[row * width + x] === 255) === (a === 255)) x++;
      spans.push(row, start, x, a === 255 ? FULL : 0);
    }
  }
  return { width, height, alpha, spans: Int32Array.from(spans) };
}

/** '#rrggbb' as 0xBBGGRR. @param {string} hex */
export const colourOf = (hex) => parseInt(hex.slice(1, 3), 16) | (parseInt(hex.slice(3, 5), 16) << 8) | (parseInt(hex.slice(5, 7), 16) << 16);
