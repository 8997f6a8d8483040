/**
 * Cards are composed from parts (src/cards/compose.mjs, glyphs.mjs): rectangles filled by hand,
 * text from cached glyph images, other shapes by resvg on small canvases. Whatever the text, a
 * composed card must look as resvg draws the whole SVG: the same pixels where there is no text,
 * and text within the quarter pixel its glyphs are placed to.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Resvg } from '../helpers/resvg.ts';
import { topLevel } from '../../src/cards/compose.mjs';
import { cardDrawer } from '../../src/cards/drawer.mjs';
import { CARD_FONTS } from '../../src/cards/fonts.ts';
import { regionCardSvg, type RegionCardData } from '../../src/cards/region-card.ts';
import { roundCardSvg } from '../../src/cards/round-card.ts';

const fonts = CARD_FONTS.map((f) => readFileSync(f));
const drawer = cardDrawer(fonts);
const whole = (svg: string) =>
  new Resvg(svg, { background: '#ffffff', font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().pixels;

/** How far the composed card is from resvg's: the share of channel values that differ at all, and by more than 64. */
function difference(svg: string): { any: number; large: number } {
  const expected = whole(svg);
  const actual = drawer.pixels(svg);
  expect(actual.length).toBe(expected.length);
  let any = 0;
  let large = 0;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(expected[i]! - actual[i]!);
    if (d > 0) any++;
    if (d > 64) large++;
  }
  return { any: any / expected.length, large: large / expected.length };
}

const region = (over: Partial<RegionCardData> = {}): RegionCardData => ({
  siteTitle: 'Peta Kepatuhan Pelayanan Publik',
  siteHost: 'kepatuhan.example.id',
  sample: true,
  name: 'Kabupaten Pangkajene dan Kepulauan',
  subtitle: 'Kabupaten di Sulawesi Selatan · Penilaian Kepatuhan 2024',
  year: 2024,
  score: '86,33',
  tone: 'hijau',
  zoneLabel: 'Zona Hijau',
  band: 'A · Kualitas Tertinggi',
  facts: [
    ['Peringkat nasional 2024', '12 dari 416 kabupaten'],
    ['Peringkat di Sulawesi Selatan', '2 dari 24 kabupaten/kota'],
  ],
  trend: { width: 540, height: 58, points: '8,30 270,20 532,12', last: { x: 532, y: 12 }, text: '', years: [2022, 2023, 2024] },
  trendLabel: 'Nilai 2022–2024: naik 7,21 poin sejak 2023',
  ...over,
});

describe('composed cards', () => {
  it('look as resvg draws them whole: region and round cards, zones and opinions', () => {
    const cards = [
      regionCardSvg(region()),
      regionCardSvg(
        region({ sample: false, name: 'Kota Baubau', tone: 'q4', zoneLabel: 'Opini: Kualitas Rendah', band: 'Tanpa Maladministrasi', score: '61,07' }),
      ),
      regionCardSvg(region({ name: 'AVATAR Tower “Té” — Wâ‘ŷ’ & <Kota> ‘Lhokseumawe’', tone: 'merah', trend: { ...region().trend, points: '', last: null } })),
      roundCardSvg({
        siteTitle: 'Peta Kepatuhan',
        siteHost: 'kepatuhan.example.id',
        sample: false,
        title: 'Penilaian Kepatuhan Standar Pelayanan Publik 2024',
        subtitle: '586 instansi dinilai · diumumkan 10 Desember 2024',
        parts: [
          { label: 'Zona Hijau', tone: 'hijau', count: 301 },
          { label: 'Zona Kuning', tone: 'kuning', count: 190 },
          { label: 'Zona Merah', tone: 'merah', count: 95 },
        ],
        total: 586,
      }),
    ];
    for (const svg of cards) {
      const { any, large } = difference(svg);
      // Measured on these cards: about 1 % of values differ, 0.1 % by more than 64 (edges of glyphs a fraction of a pixel off).
      expect(any, svg.slice(0, 400)).toBeLessThan(0.02);
      expect(large, svg.slice(0, 400)).toBeLessThan(0.002);
    }
  });

  it('place any line of text where resvg does, whatever its characters, size, weight and anchor', () => {
    const line = fc.record({
      text: fc.string({ unit: fc.constantFrom(...'AVWaTeyfij ,.-–—’“&<>"\'01789ĀéŷÇ漢'), minLength: 1, maxLength: 24 }),
      size: fc.integer({ min: 12, max: 90 }),
      weight: fc.constantFrom(400, 700),
      x: fc.double({ min: 0, max: 600, noNaN: true }).map((x) => Math.round(x * 10) / 10),
      anchor: fc.constantFrom('start', 'middle', 'end'),
    });
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    fc.assert(
      fc.property(line, ({ text, size, weight, x, anchor }) => {
        const svg =
          `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="140" font-family="Inter"><rect width="1200" height="140" fill="#0d3b66"/>` +
          `<text x="${x + 300}" y="100" font-size="${size}" font-weight="${weight}" fill="#ffffff" text-anchor="${anchor}">${escape(text)}</text></svg>`;
        const { any, large } = difference(svg);
        expect(any).toBeLessThan(0.03);
        expect(large).toBeLessThan(0.004);
      }),
      { numRuns: 30 },
    );
  });

  it('draw shapes, rectangles and text in another form as resvg does, to a level of rounding', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#fff0bf"/><rect x="10" y="20" width="120" height="60" rx="6" fill="#1a7f37"/>' +
      '<rect x="10" y="20" width="10" height="60" fill="#0d3b66"/><circle cx="200.5" cy="80.25" r="30" fill="#d1242f"/><g transform="translate(20 120)"><polyline points="0,40 80,10 250,30" fill="none" stroke="#0d3b66" stroke-width="4" stroke-linejoin="round"/></g>' +
      '<text x="150.5" y="190" font-size="30" fill="#1b1f24" opacity="0.5">Uji &amp; coba</text><rect x="290" y="190" width="20" height="20" fill="#000000"/></svg>';
    const expected = whole(svg);
    const actual = drawer.pixels(svg);
    expect(actual.length).toBe(expected.length);
    expect(actual.reduce((max, v, i) => Math.max(max, Math.abs(v - expected[i]!)), 0)).toBeLessThanOrEqual(1);
  });

  it('draw text inside a group of shapes with the cards’ fonts', () => {
    // A line of text first (composed), then a group holding text (drawn by resvg): the group's rows must match resvg's.
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" font-family="Inter"><rect width="300" height="100" fill="#ffffff"/>' +
      '<text x="10" y="20" font-size="14" font-weight="400" fill="#1b1f24">baris</text>' +
      '<g transform="translate(0 30)"><text x="10" y="50" font-size="24" font-weight="700" fill="#d1242f">dalam grup</text></g></svg>';
    const groupRows = (pixels: Uint8Array) => pixels.subarray(40 * 300 * 4);
    const expected = groupRows(whole(svg));
    expect(expected.some((v) => v !== 255)).toBe(true);
    expect(groupRows(drawer.pixels(svg)).reduce((max, v, i) => Math.max(max, Math.abs(v - expected[i]!)), 0)).toBeLessThanOrEqual(1);
  });

  it('leave to resvg whole what cannot be drawn in parts: references, a scaled view', () => {
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#f00"/></linearGradient></defs><rect width="120" height="60" fill="url(#g)"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 60 30"><rect x="5" y="5" width="20" height="10" fill="#0d3b66"/><text x="5" y="25" font-size="8" font-weight="700" fill="#000000">Uji</text></svg>',
    ]) {
      expect(Buffer.from(drawer.pixels(svg)).equals(Buffer.from(whole(svg))), svg).toBe(true);
    }
  });
});

describe('a card of more than 256 colours', () => {
  it('is drawn by resvg whole, and written as RGB', () => {
    const rects = Array.from(
      { length: 300 },
      (_, i) => `<rect x="${i % 20}" y="${Math.floor(i / 20)}" width="1" height="1" fill="#${(i * 40503).toString(16).padStart(6, '0').slice(-6)}"/>`,
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="15">${rects.join('')}</svg>`;
    expect(Buffer.from(drawer.pixels(svg)).equals(Buffer.from(whole(svg)))).toBe(true);
    expect(drawer.png(svg)[25]).toBe(2);
    expect(drawer.png(regionCardSvg(region()))[25]).toBe(3);
  });
});

describe('topLevel', () => {
  it('splits content into its top-level elements, nested groups whole', () => {
    expect(topLevel('<rect width="1"/> <g><g><circle r="1"/></g><path d="M0 0"/></g><text x="1">a &amp; b</text>')).toEqual([
      '<rect width="1"/>',
      '<g><g><circle r="1"/></g><path d="M0 0"/></g>',
      '<text x="1">a &amp; b</text>',
    ]);
  });

  it('refuses what is not a sequence of elements', () => {
    expect(topLevel('loose text<rect/>')).toBeNull();
    expect(topLevel('<g><rect/>')).toBeNull();
    expect(topLevel('<rect/></g>')).toBeNull();
  });
});
