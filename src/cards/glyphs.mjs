// Text on the cards, for the card workers (src/cards/draw-worker.mjs). Plain JavaScript: a
// worker thread starts without the TypeScript loader of its parent.
//
// resvg fills every glyph's outline anew on every card, and that was two thirds of a card's
// time. Here a line is shaped by HarfBuzz (as resvg's own rustybuzz does: the same kerning and
// positions), each glyph is filled once per size and quarter-pixel position, and cards are
// composed from those images (docs/performance.md, "Issue 21, stop 26").
import * as hb from 'harfbuzzjs';
import { coverage } from './canvas.mjs';

/** Glyphs land on a quarter of a pixel across; each quarter is an image of its own. */
const PHASES = 4;

/**
 * @typedef {{ left: number, top: number, coverage: import('./canvas.mjs').Coverage }} Mask
 *   A glyph's coverage, and where its top left corner is from the pen.
 * @typedef {(svg: string) => { width: number, height: number, pixels: Uint8Array }} Rasterise
 *   Draws an SVG on a transparent canvas of its size (premultiplied RGBA).
 */

/** One font file: shapes lines of text and keeps the image of every glyph it has drawn. */
export class Typeface {
  /**
   * @param {Uint8Array} bytes the font file
   * @param {Rasterise} rasterise
   */
  constructor(bytes, rasterise) {
    const face = new hb.Face(new hb.Blob(bytes), 0);
    this.font = new hb.Font(face);
    this.upem = face.upem;
    this.buffer = new hb.Buffer();
    this.rasterise = rasterise;
    /** @type {Map<string, Mask>} */
    this.masks = new Map();
  }

  /**
   * Where each glyph of a line goes, in pixels from the line's start on its baseline, and the line's width.
   * @param {string} text
   * @param {number} size
   */
  layout(text, size) {
    const b = this.buffer;
    b.reset();
    b.addText(text);
    b.guessSegmentProperties();
    hb.shape(this.font, b);
    const infos = b.getGlyphInfos();
    const positions = b.getGlyphPositions();
    const scale = size / this.upem;
    let pen = 0;
    const glyphs = infos.map(({ codepoint }, i) => {
      const p = positions[i];
      const glyph = { id: codepoint, x: (pen + p.xOffset) * scale, y: -p.yOffset * scale };
      pen += p.xAdvance;
      return glyph;
    });
    return { glyphs, width: pen * scale };
  }

  /**
   * A glyph's image at a size and a quarter-pixel offset (0–3), drawn the first time it is asked for.
   * @param {number} id
   * @param {number} size
   * @param {number} phase
   * @returns {Mask}
   */
  mask(id, size, phase) {
    const key = `${id} ${size} ${phase}`;
    let mask = this.masks.get(key);
    if (!mask) this.masks.set(key, (mask = this.draw(id, size, phase / PHASES)));
    return mask;
  }

  /** @param {number} id @param {number} size @param {number} dx @returns {Mask} */
  draw(id, size, dx) {
    const e = this.font.glyphExtents(id);
    if (!e || e.width === 0 || e.height === 0) return { left: 0, top: 0, coverage: coverage(new Uint8Array(0), 0) };
    const s = size / this.upem;
    // A pixel of margin each side: anti-aliasing reaches past the outline's extents.
    const left = Math.floor(e.xBearing * s + dx) - 1;
    const top = Math.floor(-e.yBearing * s) - 1;
    const width = Math.ceil((e.xBearing + e.width) * s + dx) + 1 - left;
    const height = Math.ceil(-(e.yBearing + e.height) * s) + 1 - top;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<path transform="translate(${dx - left} ${-top}) scale(${s} ${-s})" d="${this.font.glyphToPath(id)}"/></svg>`;
    const image = this.rasterise(svg);
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = image.pixels[i * 4 + 3];
    return { left, top, coverage: coverage(alpha, width) };
  }
}

/**
 * Draw a line of text in an opaque colour (0xBBGGRR).
 * @param {import('./canvas.mjs').PaletteCanvas} canvas
 * @param {Typeface} typeface
 * @param {{ x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end', text: string, colour: number }} run
 */
export function drawText(canvas, typeface, run) {
  const { glyphs, width } = typeface.layout(run.text, run.size);
  const x0 = run.anchor === 'start' ? run.x : run.anchor === 'end' ? run.x - width : run.x - width / 2;
  for (const glyph of glyphs) {
    const x = x0 + glyph.x;
    let px = Math.floor(x);
    let phase = Math.round((x - px) * PHASES);
    if (phase === PHASES) [px, phase] = [px + 1, 0];
    const mask = typeface.mask(glyph.id, run.size, phase);
    canvas.paint(mask.coverage, px + mask.left, Math.round(run.y + glyph.y) + mask.top, run.colour);
  }
}
