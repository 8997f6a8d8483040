/**
 * The cards' PNG encoder (src/cards/png.mjs), checked by another decoder: resvg reads the PNG
 * back (as an <image> in an SVG of the same size) and must give the very pixels encoded,
 * whichever form the encoder chose (a palette, RGB or RGBA).
 */
import { Resvg } from '../helpers/resvg.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng, encodePng } from '../../src/cards/png.mjs';

/** The pixels resvg decodes from `png`, drawn 1:1 on an opaque canvas. */
function decoded(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return Buffer.from(new Resvg(svg, { background: '#000000' }).render().pixels);
}

describe('card PNG encoding', () => {
  it('writes a valid PNG header', () => {
    const png = encodePng(3, 2, new Uint8Array(3 * 2 * 4).fill(255));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24]]).toEqual([3, 2, 8]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('writes RGB when every pixel is opaque, RGBA otherwise', () => {
    const colourType = (png: Buffer) => png[25];
    expect(colourType(encodePng(2, 1, new Uint8Array([1, 2, 3, 255, 4, 5, 6, 255])))).toBe(2);
    expect(colourType(encodePng(2, 1, new Uint8Array([1, 2, 3, 255, 4, 5, 6, 128])))).toBe(6);
  });

  it('loses nothing: a drawn card-like image decodes to the same pixels', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fff"/><rect width="120" height="12" fill="#0d3b66"/><circle cx="30" cy="40" r="14" fill="#1a7f37"/><polyline points="60,50 80,30 110,38" fill="none" stroke="#d1242f" stroke-width="3"/></svg>';
    const image = new Resvg(svg, { background: '#ffffff' }).render();
    expect(decoded(encodePng(image.width, image.height, image.pixels), image.width, image.height)).toEqual(Buffer.from(image.pixels));
  });

  /** Images of up to maxSide × maxSide pixels, each channel drawn from `channel` and alpha from `alpha`. */
  const images = (maxSide: number, channel: fc.Arbitrary<number>, alpha: fc.Arbitrary<number>) =>
    fc
      .tuple(fc.integer({ min: 1, max: maxSide }), fc.integer({ min: 1, max: maxSide }))
      .chain(([w, h]) =>
        fc.array(fc.tuple(channel, channel, channel, alpha), { minLength: w * h, maxLength: w * h }).map((px) => ({ w, h, rgba: new Uint8Array(px.flat()) })),
      );
  const byte = fc.integer({ min: 0, max: 255 });

  it('loses nothing for any opaque pixels (RGB)', () => {
    fc.assert(
      fc.property(images(24, byte, fc.constant(255)), ({ w, h, rgba }) => {
        expect(decoded(encodePng(w, h, rgba), w, h)).toEqual(Buffer.from(rgba));
      }),
      { numRuns: 40 },
    );
  });

  it('loses nothing with a palette: each pixel shows its palette entry', () => {
    const indexed = fc.integer({ min: 1, max: 256 }).chain((count) =>
      fc.record({
        palette: fc.uint8Array({ minLength: count * 3, maxLength: count * 3 }),
        w: fc.integer({ min: 1, max: 20 }),
        h: fc.integer({ min: 1, max: 20 }),
        seed: fc.array(fc.integer({ min: 0, max: count - 1 }), { minLength: 400, maxLength: 400 }),
      }),
    );
    fc.assert(
      fc.property(indexed, ({ palette, w, h, seed }) => {
        const rows = new Uint8Array((w + 1) * h);
        const rgba = new Uint8Array(w * h * 4);
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const i = seed[y * w + x]!;
            rows[y * (w + 1) + 1 + x] = i;
            rgba.set([palette[i * 3]!, palette[i * 3 + 1]!, palette[i * 3 + 2]!, 255], (y * w + x) * 4);
          }
        }
        const png = encodeIndexedPng(w, h, palette, rows);
        expect(png[25]).toBe(3);
        expect(decoded(png, w, h)).toEqual(Buffer.from(rgba));
      }),
      { numRuns: 40 },
    );
  });

  it('loses nothing where pixels are clear or opaque (RGBA)', () => {
    fc.assert(
      fc.property(images(9, byte, fc.constantFrom(0, 255)), ({ w, h, rgba }) => {
        // On the black canvas `decoded` draws on, a clear pixel shows black.
        const onBlack = rgba.map((b, i) => (rgba[i - (i % 4) + 3] === 0 ? (i % 4 === 3 ? 255 : 0) : i % 4 === 3 ? 255 : b));
        expect(decoded(encodePng(w, h, rgba), w, h)).toEqual(Buffer.from(onBlack));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses pixels that do not fill the image, and a palette of no or too many colours', () => {
    expect(() => encodePng(2, 2, new Uint8Array(12))).toThrow(/12 bytes for 2×2/);
    expect(() => encodeIndexedPng(2, 2, new Uint8Array(3), new Uint8Array(5))).toThrow(/5 bytes for 2×2/);
    expect(() => encodeIndexedPng(1, 1, new Uint8Array(257 * 3), new Uint8Array(2))).toThrow(/palette of 771 bytes/);
    expect(() => encodeIndexedPng(1, 1, new Uint8Array(0), new Uint8Array(2))).toThrow(/palette of 0 bytes/);
  });
});
