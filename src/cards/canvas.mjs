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

let spare = new Uint8Array(0);
/** Paint's mixes of one colour: palette index by (palette entry under it × 256 + coverage), -1 unknown. Shared like `spare`. */
const mixes = new Int16Array(256 * 256);

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
    /** The colour `mixes` holds mixes of for this canvas, if any. */
    this.mixing = -1;
    this.values = new Uint8Array(SLOTS);
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
   * Paint an opaque colour through a coverage mask (0–255 a pixel, `maskWidth` a row) whose top left corner is at (x, y).
   * @param {Uint8Array} mask
   */
  paint(mask, maskWidth, x, y, colour) {
    const maskHeight = mask.length / maskWidth;
    const full = this.index(colour);
    const [r, g, b] = [colour & 255, (colour >> 8) & 255, colour >> 16];
    // The same colour at the same coverage over the same palette entry recurs at every glyph's
    // edge: each mix is worked out once per line of text (a line is one colour).
    if (colour !== this.mixing) {
      mixes.fill(-1);
      this.mixing = colour;
    }
    for (let my = Math.max(0, -y); my < maskHeight && y + my < this.height; my++) {
      const start = (y + my) * (this.width + 1) + 1 + x;
      for (let mx = Math.max(0, -x); mx < maskWidth && x + mx < this.width; mx++) {
        const a = mask[my * maskWidth + mx];
        if (a === 0) continue;
        if (a === 255) {
          this.rows[start + mx] = full;
          continue;
        }
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
    for (let row = Math.max(0, -y); row < height && y + row < this.height; row++) {
      const start = (y + row) * (this.width + 1) + 1 + x;
      for (let col = Math.max(0, -x); col < width && x + col < this.width; col++) {
        const i = (row * width + col) * 4;
        const a = pixels[i + 3];
        if (a === 0) continue;
        const under = this.colours[this.rows[start + col]];
        const rest = 255 - a;
        const mixed =
          (pixels[i] + div255((under & 255) * rest)) |
          ((pixels[i + 1] + div255(((under >> 8) & 255) * rest)) << 8) |
          ((pixels[i + 2] + div255((under >> 16) * rest)) << 16);
        this.rows[start + col] = this.index(mixed);
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

/** '#rrggbb' as 0xBBGGRR. @param {string} hex */
export const colourOf = (hex) => parseInt(hex.slice(1, 3), 16) | (parseInt(hex.slice(3, 5), 16) << 8) | (parseInt(hex.slice(5, 7), 16) << 16);
