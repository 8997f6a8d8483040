/**
 * The cards' PNG encoder (src/cards/png.mjs), checked by another decoder: resvg reads the PNG
 * back (as an <image> in an SVG of the same size) and must give the very pixels encoded.
 */
import { Resvg } from '../helpers/resvg.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/cards/png.mjs';

/** The pixels resvg decodes from `png`, drawn 1:1 on an opaque canvas. */
function decoded(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return Buffer.from(new Resvg(svg, { background: '#000000' }).render().pixels);
}

describe('card PNG encoding', () => {
  it('writes a valid RGBA PNG header', () => {
    const png = encodePng(3, 2, new Uint8Array(3 * 2 * 4).fill(255));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([3, 2, 8, 6]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('loses nothing: a drawn card-like image decodes to the same pixels', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fff"/><rect width="120" height="12" fill="#0d3b66"/><circle cx="30" cy="40" r="14" fill="#1a7f37"/><polyline points="60,50 80,30 110,38" fill="none" stroke="#d1242f" stroke-width="3"/></svg>';
    const image = new Resvg(svg, { background: '#ffffff' }).render();
    expect(decoded(encodePng(image.width, image.height, image.pixels), image.width, image.height)).toEqual(Buffer.from(image.pixels));
  });

  it('loses nothing for any opaque pixels', () => {
    const opaque = fc
      .integer({ min: 1, max: 9 })
      .chain((w) =>
        fc
          .integer({ min: 1, max: 7 })
          .chain((h) =>
            fc.uint8Array({ minLength: w * h * 4, maxLength: w * h * 4 }).map((bytes) => ({ w, h, rgba: bytes.map((b, i) => (i % 4 === 3 ? 255 : b)) })),
          ),
      );
    fc.assert(
      fc.property(opaque, ({ w, h, rgba }) => {
        expect(decoded(encodePng(w, h, rgba), w, h)).toEqual(Buffer.from(rgba));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses pixels that do not fill the image', () => {
    expect(() => encodePng(2, 2, new Uint8Array(12))).toThrow(/12 bytes for 2×2/);
  });
});
