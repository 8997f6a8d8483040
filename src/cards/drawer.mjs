// A card drawer: SVG in, PNG out. Used by the card workers (src/cards/draw-worker.mjs) and the
// tests. Plain JavaScript: a worker thread starts without the TypeScript loader of its parent.
// resvg's WebAssembly must be initialised (`initWasm`) before a drawer is made.
import { Resvg } from '@resvg/resvg-wasm';
import { TooManyColours } from './canvas.mjs';
import { composeCard } from './compose.mjs';
import { Typeface } from './glyphs.mjs';
import { encodePng } from './png.mjs';

/**
 * resvg, as compose.mjs asks for it.
 * @param {Uint8Array[]} fontBytes Inter regular and bold
 * @returns {import('./compose.mjs').Render}
 */
export function resvgRender(fontBytes) {
  return (svg, { text, crop = false, background }) => {
    const resvg = new Resvg(svg, { background, font: { fontBuffers: text ? fontBytes : [], loadSystemFonts: false, defaultFontFamily: 'Inter' } });
    let image;
    try {
      let x = 0;
      let y = 0;
      if (crop) {
        const box = resvg.getBBox();
        if (!box) return null;
        // Whole pixels, so the shapes fall on the very pixels they would on the full canvas.
        x = Math.max(0, Math.floor(box.x));
        y = Math.max(0, Math.floor(box.y));
        const right = Math.min(resvg.width, Math.ceil(box.x + box.width));
        const bottom = Math.min(resvg.height, Math.ceil(box.y + box.height));
        if (right <= x || bottom <= y) {
          box.free();
          return null;
        }
        [box.x, box.y, box.width, box.height] = [x, y, right - x, bottom - y];
        resvg.cropByBBox(box);
        box.free();
      }
      image = resvg.render();
      return { x, y, width: image.width, height: image.height, pixels: image.pixels };
    } finally {
      // WebAssembly memory V8 does not count: freed now, not when a collection happens to run.
      image?.free();
      resvg.free();
    }
  };
}

/** How many drawn groups of shapes a drawer keeps. */
const KEPT_SHAPES = 64;

/**
 * `render`, remembering the groups of shapes it has drawn (the least recently used forgotten
 * first): a badge of each colour and width recurs on card after card, a trend line hardly ever.
 * @param {import('./compose.mjs').Render} render
 * @returns {import('./compose.mjs').Render}
 */
function remembering(render) {
  const drawn = new Map();
  return (svg, options) => {
    if (!options.crop) return render(svg, options);
    let image = drawn.get(svg);
    if (image === undefined) {
      image = render(svg, options);
      if (drawn.size === KEPT_SHAPES) drawn.delete(drawn.keys().next().value);
    } else drawn.delete(svg);
    drawn.set(svg, image);
    return image;
  };
}

/**
 * Draws cards one after another, keeping glyph images from card to card. A card composed on a
 * palette canvas (compose.mjs) is written from it; any other (an SVG in another form, or more
 * than 256 colours) is drawn by resvg whole.
 * @param {Uint8Array[]} fontBytes Inter regular and bold
 */
export function cardDrawer(fontBytes) {
  const render = resvgRender(fontBytes);
  const glyphImage = (svg) => render(svg, { text: false });
  const tools = { render: remembering(render), typefaces: { 400: new Typeface(fontBytes[0], glyphImage), 700: new Typeface(fontBytes[1], glyphImage) } };
  const composed = (svg) => {
    try {
      return composeCard(svg, tools);
    } catch (e) {
      if (e instanceof TooManyColours) return null;
      throw e;
    }
  };
  const whole = (svg) => render(svg, { text: true, background: '#ffffff' });
  return {
    /** The card's straight RGBA pixels, for tests. @param {string} svg */
    pixels(svg) {
      return composed(svg)?.rgba() ?? whole(svg).pixels;
    },
    /** @param {string} svg */
    png(svg) {
      const canvas = composed(svg);
      if (canvas) return canvas.png();
      const image = whole(svg);
      return encodePng(image.width, image.height, image.pixels);
    },
  };
}
