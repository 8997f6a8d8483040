/**
 * How many lines a text takes in a box of a given width, estimated from above without a browser:
 * every character as wide as in DejaVu Sans, the widest of the common system sans-serif fonts
 * (Segoe UI, Roboto, San Francisco, Noto Sans and Arial are narrower; it is `system-ui` on most Linux
 * desktops, and in the browser tests), and lines broken only at spaces, or anywhere in a word wider
 * than the line (`overflow-wrap: anywhere`). A narrower font and the browser's further break
 * opportunities (after a hyphen) can only give as many lines or fewer.
 */

/** Advance widths of DejaVu Sans Book and Bold in thousandths of an em, rounded up, for ' ' (32) to '~' (126). */
// prettier-ignore
const REGULAR = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637, 637,
  637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788,
  604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391, 838, 500, 500, 613, 635, 550, 635, 616, 353, 635,
  634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
];
// prettier-ignore
const BOLD = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 400, 400, 838, 838, 838, 581, 1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 373, 775, 638, 996, 837, 851,
  733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 500, 500, 675, 716, 593, 716, 679, 436, 716,
  712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
];
/** The few other characters the site itself writes, regular and bold: the middle dot, the en dash, the apostrophe. */
const EXTRA = new Map([
  ['·', [318, 380]],
  ['–', [500, 500]],
  ['’', [318, 380]],
]);
/** Anything else (an accented letter, a symbol, an emoji in a name) counts as 1.3 em, wider than any letter of the tables. */
const OTHER = 1300;

/** A font: its size in px and whether it is bold. */
export interface Font {
  px: number;
  bold?: boolean;
}

function charWidth(c: string, font: Font): number {
  const code = c.charCodeAt(0);
  const width = code >= 32 && code < 127 ? (font.bold ? BOLD : REGULAR)[code - 32]! : (EXTRA.get(c)?.[font.bold ? 1 : 0] ?? OTHER);
  return (width * font.px) / 1000;
}

/** Width in px of `text` set in `font`, at most. */
export function textWidth(text: string, font: Font): number {
  let w = 0;
  for (const c of text) w += charWidth(c, font);
  return w;
}

/**
 * Lines of `text` set in `font` in a box `boxPx` wide, filled greedily as browsers do; `indent` px are
 * taken on the first line (a badge's mark). Runs of white space count as one space, as in HTML.
 */
export function lineCount(text: string, boxPx: number, font: Font, indent = 0): number {
  const words = text.split(/[ \t\n\r\f]+/).filter(Boolean);
  if (words.length === 0) return 0;
  const space = textWidth(' ', font);
  let lines = 1;
  let x = indent;
  let empty = true;
  for (const word of words) {
    const w = textWidth(word, font);
    if (!empty) {
      if (x + space + w <= boxPx) {
        x += space + w;
        continue;
      }
      lines++;
      x = 0;
    }
    empty = false;
    if (x + w <= boxPx) {
      x += w;
      continue;
    }
    // Wider than what is left of an empty line: broken between any two characters.
    for (const c of word) {
      const cw = charWidth(c, font);
      if (x > 0 && x + cw > boxPx) {
        lines++;
        x = 0;
      }
      x += cw;
    }
  }
  return lines;
}
