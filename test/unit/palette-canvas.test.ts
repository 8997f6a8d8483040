/**
 * The palette canvas cards are composed on (src/cards/canvas.mjs): painting through a coverage
 * mask and laying premultiplied pixels over it must give what blending each pixel by hand gives,
 * wherever the mask lands (off the canvas too), and a 257th colour must be refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, PaletteCanvas, TooManyColours } from '../../src/cards/canvas.mjs';

const W = 24;
const H = 20;
const channels = (c: number) => [c & 255, (c >> 8) & 255, c >> 16] as const;

/** A canvas and, beside it, the same pixels as plain RGB, both with a background and one filled rectangle. */
function pair(background: number, rect: { x: number; y: number; w: number; h: number; colour: number }) {
  const canvas = new PaletteCanvas(W, H, background);
  canvas.fill(rect.x, rect.y, rect.w, rect.h, rect.colour);
  const rgb = Array.from({ length: W * H }, (_, i) => {
    const [x, y] = [i % W, Math.floor(i / W)];
    return x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h ? channels(rect.colour) : channels(background);
  }).map((c) => [...c]);
  return { canvas, rgb };
}

const asRgb = (canvas: PaletteCanvas) => {
  const rgba = canvas.rgba();
  return Array.from({ length: W * H }, (_, i) => [rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!]);
};

const colour = fc.integer({ min: 0, max: 0xffffff });
const rect = fc.record({ x: fc.integer({ min: -5, max: W }), y: fc.integer({ min: -5, max: H }), w: fc.nat(30), h: fc.nat(30), colour });
const place = fc.record({ x: fc.integer({ min: -14, max: W + 2 }), y: fc.integer({ min: -14, max: H + 2 }) });

describe('PaletteCanvas', () => {
  it('paints through a coverage mask as blending each pixel by hand does, wherever the mask lands', () => {
    const mask = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .chain(([w, h]) =>
        fc
          .array(fc.oneof(fc.constant(0), fc.constant(255), fc.integer({ min: 0, max: 255 })), { minLength: w * h, maxLength: w * h })
          .map((a) => ({ w, alpha: Uint8Array.from(a) })),
      );
    fc.assert(
      fc.property(colour, rect, mask, place, colour, (background, r, m, at, ink) => {
        const { canvas, rgb } = pair(background, r);
        canvas.paint(coverage(m.alpha, m.w), at.x, at.y, ink);
        m.alpha.forEach((a, i) => {
          const [x, y] = [at.x + (i % m.w), at.y + Math.floor(i / m.w)];
          if (x < 0 || x >= W || y < 0 || y >= H) return;
          const under = rgb[y * W + x]!;
          rgb[y * W + x] = channels(ink).map((c, k) => Math.round((under[k]! * (255 - a) + c * a) / 255));
        });
        expect(asRgb(canvas)).toEqual(rgb);
      }),
      { numRuns: 200 },
    );
  });

  it('lays premultiplied pixels over as blending each pixel by hand does', () => {
    const pixel = fc.tuple(fc.integer({ min: 0, max: 255 }), colour).map(([a, c]) => [...channels(c).map((v) => Math.floor((v * a) / 255)), a]);
    const image = fc
      .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }))
      .chain(([w, h]) => fc.array(pixel, { minLength: w * h, maxLength: w * h }).map((px) => ({ width: w, height: h, pixels: Uint8Array.from(px.flat()) })));
    fc.assert(
      fc.property(colour, rect, image, place, (background, r, img, at) => {
        const { canvas, rgb } = pair(background, r);
        canvas.over({ ...img, ...at });
        for (let i = 0; i < img.width * img.height; i++) {
          const [x, y] = [at.x + (i % img.width), at.y + Math.floor(i / img.width)];
          if (x < 0 || x >= W || y < 0 || y >= H) continue;
          const a = img.pixels[i * 4 + 3]!;
          const under = rgb[y * W + x]!;
          rgb[y * W + x] = [0, 1, 2].map((k) => img.pixels[i * 4 + k]! + Math.round((under[k]! * (255 - a)) / 255));
        }
        expect(asRgb(canvas)).toEqual(rgb);
      }),
      { numRuns: 200 },
    );
  });

  it('holds 256 colours and refuses a 257th', () => {
    const canvas = new PaletteCanvas(16, 17, 0);
    for (let i = 1; i < 256; i++) canvas.fill(i % 16, Math.floor(i / 16), 1, 1, i * 7);
    expect(canvas.count).toBe(256);
    expect(() => canvas.fill(0, 16, 1, 1, 0xabcdef)).toThrow(TooManyColours);
  });
});
