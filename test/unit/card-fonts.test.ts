/**
 * Cards are drawn with Inter cut down to the characters they need (src/cards/fonts.ts): the
 * subset must draw exactly what the full font draws, and a card with any other character
 * must get the full font.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '../helpers/resvg.ts';
import { describe, expect, it } from 'vitest';
import { FULL_FONTS, SUBSET_FONTS, SUBSET_RANGES, fontsFor } from '../../src/cards/fonts.ts';

const card = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="300" font-family="Inter"><rect width="1200" height="300" fill="#fff"/>` +
  `<text x="10" y="80" font-size="40" font-weight="400">${text}</text><text x="10" y="200" font-size="40" font-weight="700">${text}</text></svg>`;

const pixels = (svg: string, fontFiles: string[]) =>
  Buffer.from(
    new Resvg(svg, { font: { fontBuffers: fontFiles.map((f) => readFileSync(f)), loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().pixels,
  );

describe('card fonts', () => {
  it('use the subset for Indonesian names and the cards’ punctuation, the full font otherwise', () => {
    expect(fontsFor(card('Kabupaten Pangkajene dan Kepulauan · 86,33 — naik 7,21 poin…'))).toEqual(SUBSET_FONTS);
    expect(fontsFor(card('Kota Baubau &amp; “Sulawesi” −2,10 – é ā'))).toEqual(SUBSET_FONTS);
    // Markup is not text: attribute values never decide.
    expect(fontsFor('<svg data-x="漢"><text>Aceh</text></svg>')).toEqual(SUBSET_FONTS);
    expect(fontsFor(card('Kabupaten 漢字'))).toEqual(FULL_FONTS);
    expect(fontsFor(card('Ǆemal'))).toEqual(FULL_FONTS);
    expect(fontsFor(card('ŉ'))).toEqual(FULL_FONTS);
  });

  it('subset draws every kept character exactly as the full font does', () => {
    const kept = SUBSET_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
      .filter((ch) => !/[\s\u00ad]/.test(ch)) // whitespace and soft hyphen draw nothing
      .join('');
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // A line at a time, so each stays on the canvas.
    for (let i = 0; i < kept.length; i += 40) {
      const svg = card(escaped(kept.slice(i, i + 40)));
      expect(pixels(svg, SUBSET_FONTS).equals(pixels(svg, FULL_FONTS)), kept.slice(i, i + 40)).toBe(true);
    }
  });
});
