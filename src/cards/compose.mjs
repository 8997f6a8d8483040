// Composes a card's SVG on a palette canvas (canvas.mjs), for the card workers. Plain
// JavaScript: a worker thread starts without the TypeScript loader of its parent.
//
// Cards are flat lists of shapes on an opaque canvas (src/cards/svg.ts). resvg drawing the
// whole 1200×630 canvas costs more than the little it shows, so each top-level element goes
// the cheapest way that draws it the same: a rectangle on whole pixels is filled here, a line
// of text in Inter is put together from cached glyph images (glyphs.mjs), and other shapes are
// drawn by resvg on the smallest canvas that holds them. An SVG in any other form (references
// between elements, a scaled view, other markup) is not composed: null, and it is drawn whole.
import { colourOf, PaletteCanvas } from './canvas.mjs';
import { drawText } from './glyphs.mjs';

/**
 * @typedef {import('./glyphs.mjs').Typeface} Typeface
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
const PLAIN_RECT = /^<rect(?: x="(\d+)")?(?: y="(\d+)")? width="(\d+)" height="(\d+)" fill="(#[0-9a-f]{6})"\/>$/;
const TEXT = new RegExp(
  `^<text x="(${NUMBER})" y="(${NUMBER})" font-size="(${NUMBER})" font-weight="(400|700)" fill="(#[0-9a-f]{6})"(?: text-anchor="(start|middle|end)")?>([^<]*)</text>$`,
);
/** Markup a separately drawn element could not resolve: ids, references, styles. */
const ENTANGLED = /\bid=|url\(|href=|<(?:defs|style|use|clipPath|mask|pattern|symbol)\b|<!|<\?/;
const ENTITY = /&(?:amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-f]+));/gi;
const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);)/i;
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const WHITE = 0xffffff;

/**
 * The card on a white palette canvas, or null when its SVG is not in the form composed here.
 * Throws TooManyColours (canvas.mjs) past 256 colours.
 * @param {string} svg
 * @param {Tools} tools
 * @returns {PaletteCanvas | null}
 */
export function composeCard(svg, tools) {
  const root = ROOT.exec(svg);
  const elements = root && !ENTANGLED.test(root[4]) ? topLevel(root[4]) : null;
  if (!root || !elements) return null;
  const [, width, height, inter = ''] = root;
  const canvas = new PaletteCanvas(+width, +height, WHITE);
  /** Shapes for resvg, drawn together when text comes or the card ends. */
  let shapes = [];
  const drawShapes = () => {
    const markup = shapes.join('');
    const image =
      markup &&
      tools.render(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"${inter}>${markup}</svg>`, {
        text: markup.includes('<text'),
        crop: true,
      });
    if (image) canvas.over(image);
    shapes = [];
  };
  for (const element of elements) {
    const rect = PLAIN_RECT.exec(element);
    const text = TEXT.exec(element);
    if (rect && shapes.length === 0) {
      // Filled here unless shapes drawn by resvg come before it: it may cover them.
      canvas.fill(+(rect[1] ?? 0), +(rect[2] ?? 0), +rect[3], +rect[4], colourOf(rect[5]));
    } else if (text && !UNKNOWN_ENTITY.test(text[7])) {
      drawShapes();
      const [, x, y, size, weight, fill, anchor = 'start', content] = text;
      drawText(canvas, tools.typefaces[weight], { x: +x, y: +y, size: +size, anchor, colour: colourOf(fill), text: collapse(unescape(content)) });
    } else shapes.push(element);
  }
  drawShapes();
  return canvas;
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
  const open = /\s*<([a-zA-Z]+)\b[^>]*?(\/?)>/y;
  const length = content.trimEnd().length;
  let at = 0;
  while (at < length) {
    open.lastIndex = at;
    const m = open.exec(content);
    if (!m) return null;
    const start = at + m[0].indexOf('<');
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
    elements.push(content.slice(start, end));
    at = end;
  }
  return elements;
}

/** @param {string} s */
const unescape = (s) => s.replace(ENTITY, (e, dec, hex) => ENTITIES[e.toLowerCase()] ?? String.fromCodePoint(dec ? +dec : parseInt(hex, 16)));

/** SVG's default white space handling: newlines dropped, tabs as spaces, ends trimmed, runs of spaces as one. */
const collapse = (s) =>
  s
    .replace(/[\r\n]/g, '')
    .replace(/\t/g, ' ')
    .trim()
    .replace(/ {2,}/g, ' ');
