// Draws a card's SVG into pixels, for the card workers (src/cards/draw-worker.mjs). Plain
// JavaScript: a worker thread starts without the TypeScript loader of its parent.
//
// Cards are flat lists of shapes on an opaque canvas (src/cards/svg.ts). resvg drawing the
// whole 1200×630 canvas costs more than the little it shows, so each top-level element goes
// the cheapest way that draws it the same: a rectangle on whole pixels is filled here, a line
// of text in Inter is put together from cached glyph images (glyphs.mjs), and any other shape
// is drawn by resvg on the smallest canvas that holds it. Anything else (references between
// elements, other markup) is drawn by resvg whole, as before.
import { div255, drawText } from './glyphs.mjs';

/**
 * @typedef {import('./glyphs.mjs').Typeface} Typeface
 * @typedef {{ width: number, height: number, pixels: Uint8Array }} Canvas opaque RGBA
 * @typedef {(svg: string, opts: { text: boolean, crop?: boolean, background?: string }) => { x: number, y: number, width: number, height: number, pixels: Uint8Array } | null} Render
 *   resvg: an SVG's premultiplied pixels on a transparent canvas (or `background`), or with `crop` those of the
 *   smallest box of whole pixels around what it draws, at (x, y); null when it draws nothing. `text` when it has
 *   text to lay out.
 * @typedef {{ render: Render, typefaces: { 400: Typeface, 700: Typeface } }} Tools
 */

const NUMBER = '-?\\d+(?:\\.\\d+)?';
const ROOT = new RegExp(
  `^<svg xmlns="http://www.w3.org/2000/svg" width="(\\d+)" height="(\\d+)"(?: viewBox="0 0 \\1 \\2")?( font-family="Inter")?>(.*)</svg>\\s*$`,
  's',
);
const PLAIN_RECT = /^<rect(?: x="(\d+)")?(?: y="(\d+)")? width="(\d+)" height="(\d+)" fill="#([0-9a-f]{6})"\/>$/;
const TEXT = new RegExp(
  `^<text x="(${NUMBER})" y="(${NUMBER})" font-size="(${NUMBER})" font-weight="(400|700)" fill="#([0-9a-f]{6})"(?: text-anchor="(start|middle|end)")?>([^<]*)</text>$`,
);
/** Markup a separately drawn element could not resolve: ids, references, styles. */
const ENTANGLED = /\bid=|url\(|href=|<(?:defs|style|use|clipPath|mask|pattern|symbol)\b|<!|<\?/;
const ENTITY = /&(?:amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-f]+));/gi;
const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);)/i;
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The card's pixels: opaque RGBA, on white where nothing is drawn. Valid until the next card is drawn.
 * @param {string} svg
 * @param {Tools} tools
 * @returns {Canvas}
 */
export function drawCard(svg, tools) {
  const root = ROOT.exec(svg);
  const elements = root && !ENTANGLED.test(root[4]) ? topLevel(root[4]) : null;
  if (!root || !elements) return tools.render(svg, { text: true, background: '#ffffff' });
  const [, width, height, inter] = root;
  const canvas = blank(+width, +height);
  /** Elements for resvg, drawn together as soon as an element of another kind comes. */
  let pending = [];
  const flush = () => {
    if (pending.length) drawShapes(canvas, pending.join(''), inter ?? '', tools.render);
    pending = [];
  };
  for (const element of elements) {
    const rect = PLAIN_RECT.exec(element);
    const text = TEXT.exec(element);
    if (rect) {
      flush();
      fillRect(canvas, +(rect[1] ?? 0), +(rect[2] ?? 0), +rect[3], +rect[4], rgb(rect[5]));
    } else if (text && !UNKNOWN_ENTITY.test(text[7])) {
      flush();
      const [, x, y, size, weight, fill, anchor = 'start', content] = text;
      drawText(canvas, tools.typefaces[weight], { x: +x, y: +y, size: +size, anchor, rgb: rgb(fill), text: collapse(unescape(content)) });
    } else pending.push(element);
  }
  flush();
  return canvas;
}

let scratch = new Uint8Array(0);

/** A white canvas, in memory reused from card to card: a fresh one is megabytes of new pages each time. */
function blank(width, height) {
  if (scratch.length < width * height * 4) scratch = new Uint8Array(width * height * 4);
  const pixels = scratch.subarray(0, width * height * 4).fill(255);
  return { width, height, pixels };
}

/** Closing tags by element name, with nested opening ones, to find where an element ends. */
const TAGS = new Map();

/**
 * The top-level elements of an SVG's content, each as its markup; null when it is not a plain
 * sequence of elements (text between them, or an element left open).
 * @param {string} content
 * @returns {string[] | null}
 */
export function topLevel(content) {
  const elements = [];
  let at = 0;
  const open = /<([a-zA-Z]+)\b[^>]*?(\/?)>/y;
  while (at < content.length) {
    const space = /\s*/y;
    space.lastIndex = at;
    space.exec(content);
    at = space.lastIndex;
    if (at >= content.length) break;
    open.lastIndex = at;
    const m = open.exec(content);
    if (!m) return null;
    let end = open.lastIndex;
    if (!m[2]) {
      // Find the closing tag, counting nested elements of the same name.
      const tags = TAGS.get(m[1]) ?? TAGS.set(m[1], new RegExp(`<(/?)${m[1]}\\b[^>]*?(/?)>`, 'g')).get(m[1]);
      tags.lastIndex = end;
      let depth = 1;
      for (let t; depth > 0 && (t = tags.exec(content));) if (!t[2]) depth += t[1] ? -1 : 1;
      if (depth > 0) return null;
      end = tags.lastIndex;
    }
    elements.push(content.slice(at, end));
    at = end;
  }
  return elements;
}

/** Elements drawn by resvg on a canvas the size of what they cover, then laid over the card. */
function drawShapes(canvas, markup, fontFamily, render) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas.width}" height="${canvas.height}"${fontFamily}>${markup}</svg>`;
  const image = render(svg, { text: markup.includes('<text'), crop: true });
  if (image) over(canvas, image);
}

/** Lay premultiplied pixels over the canvas at their place. */
function over(canvas, { x, y, width, height, pixels }) {
  const { pixels: out, width: cw } = canvas;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const i = (row * width + col) * 4;
      const a = pixels[i + 3];
      if (a === 0) continue;
      const o = ((y + row) * cw + x + col) * 4;
      const rest = 255 - a;
      out[o] = pixels[i] + div255(out[o] * rest);
      out[o + 1] = pixels[i + 1] + div255(out[o + 1] * rest);
      out[o + 2] = pixels[i + 2] + div255(out[o + 2] * rest);
    }
  }
}

/**
 * An opaque colour over whole pixels: as 32-bit words, so a row is one native fill.
 * @param {Canvas} canvas
 */
function fillRect({ width, height, pixels }, x, y, w, h, [r, g, b]) {
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  const word = new Uint32Array(new Uint8Array([r, g, b, 255]).buffer)[0];
  const right = Math.min(width, x + w);
  for (let row = y; row < Math.min(height, y + h); row++) words.fill(word, row * width + x, row * width + right);
}

/** @param {string} hex six hex digits @returns {[number, number, number]} */
const rgb = (hex) => [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];

/** @param {string} s */
const unescape = (s) => s.replace(ENTITY, (e, dec, hex) => ENTITIES[e.toLowerCase()] ?? String.fromCodePoint(dec ? +dec : parseInt(hex, 16)));

/** SVG's default white space handling: newlines dropped, tabs as spaces, ends trimmed, runs of spaces as one. */
const collapse = (s) =>
  s
    .replace(/[\r\n]/g, '')
    .replace(/\t/g, ' ')
    .trim()
    .replace(/ {2,}/g, ' ');
