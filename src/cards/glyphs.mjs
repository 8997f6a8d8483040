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
 * @typedef {{ id: number, size: number, phase: number, x: number, y: number }} Placed
 *   A glyph of a line: its id, size and quarter-pixel offset (its image), and where its pen is in whole pixels.
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
   * Where a line's glyphs land on the canvas, in whole pixels and quarter-pixel offsets (phase 0–3).
   * @param {{ x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end', text: string }} run
   * @returns {Placed[]}
   */
  place(run) {
    const { glyphs, width } = this.layout(run.text, run.size);
    const x0 = run.anchor === 'start' ? run.x : run.anchor === 'end' ? run.x - width : run.x - width / 2;
    return glyphs.map((glyph) => {
      const x = x0 + glyph.x;
      let px = Math.floor(x);
      let phase = Math.round((x - px) * PHASES);
      if (phase === PHASES) [px, phase] = [px + 1, 0];
      return { id: glyph.id, size: run.size, phase, x: px, y: Math.round(run.y + glyph.y) };
    });
  }

  /**
   * A glyph's image at a size and a quarter-pixel offset, drawn now if prepare() has not drawn it.
   * @param {Placed} glyph
   * @returns {Mask}
   */
  mask(glyph) {
    const key = `${glyph.id} ${glyph.size} ${glyph.phase}`;
    if (!this.masks.has(key)) this.prepare([glyph]);
    return /** @type {Mask} */ (this.masks.get(key));
  }

  /**
   * Draw the images of the given glyphs that are not drawn yet, all in one SVG: each resvg call
   * has a cost of its own, and a card's first lines need a few hundred glyphs.
   * @param {Iterable<Placed>} glyphs
   */
  prepare(glyphs) {
    const cells = [];
    let [x, y, rowHeight] = [0, 0, 0];
    for (const { id, size, phase } of glyphs) {
      const key = `${id} ${size} ${phase}`;
      if (this.masks.has(key)) continue;
      const e = this.font.glyphExtents(id);
      if (!e || e.width === 0 || e.height === 0) {
        this.masks.set(key, { left: 0, top: 0, coverage: coverage(new Uint8Array(0), 0) });
        continue;
      }
      const s = size / this.upem;
      const dx = phase / PHASES;
      // A pixel of margin each side: anti-aliasing reaches past the outline's extents.
      const left = Math.floor(e.xBearing * s + dx) - 1;
      const top = Math.floor(-e.yBearing * s) - 1;
      const width = Math.ceil((e.xBearing + e.width) * s + dx) + 1 - left;
      const height = Math.ceil(-(e.yBearing + e.height) * s) + 1 - top;
      if (x > 0 && x + width > ATLAS_WIDTH) [x, y, rowHeight] = [0, y + rowHeight + 1, 0];
      cells.push({ key, id, s, dx, left, top, width, height, x, y });
      // Set now, so a glyph asked for twice is drawn once; filled in below.
      this.masks.set(key, { left, top, coverage: coverage(new Uint8Array(0), 0) });
      x += width + 1;
      rowHeight = Math.max(rowHeight, height);
    }
    if (cells.length === 0) return;
    const atlasWidth = Math.max(...cells.map((c) => c.x + c.width));
    const atlasHeight = y + rowHeight;
    const paths = cells.map(
      (c) => `<path transform="translate(${c.x + c.dx - c.left} ${c.y - c.top}) scale(${c.s} ${-c.s})" d="${this.font.glyphToPath(c.id)}"/>`,
    );
    const image = this.rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="${atlasWidth}" height="${atlasHeight}">${paths.join('')}</svg>`);
    for (const c of cells) {
      const alpha = new Uint8Array(c.width * c.height);
      for (let row = 0; row < c.height; row++) {
        for (let col = 0; col < c.width; col++) alpha[row * c.width + col] = image.pixels[((c.y + row) * atlasWidth + c.x + col) * 4 + 3];
      }
      this.masks.set(c.key, { left: c.left, top: c.top, coverage: coverage(alpha, c.width) });
    }
  }
}

/** How wide the SVG is in which glyphs are drawn together, in pixels. */
const ATLAS_WIDTH = 2048;

/**
 * Paint a line of text, placed by Typeface.place, in an opaque colour (0xBBGGRR).
 * @param {import('./canvas.mjs').PaletteCanvas} canvas
 * @param {Typeface} typeface
 * @param {Placed[]} glyphs
 * @param {number} colour
 */
export function paintText(canvas, typeface, glyphs, colour) {
  for (const glyph of glyphs) {
    const mask = typeface.mask(glyph);
    canvas.paint(mask.coverage, glyph.x + mask.left, glyph.y + mask.top, colour);
  }
}
