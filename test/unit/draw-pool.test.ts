/** Drawing cards on recycled worker threads (src/cards/draw-pool.ts). */
import { describe, expect, it } from 'vitest';
import { drawCards } from '../../src/cards/draw-pool.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const svg = (i: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${20 + i}" height="10"><rect width="${20 + i}" height="10" fill="#0d3b66"/></svg>`;

describe('drawCards', () => {
  it('draws every card exactly once, across many cards shared by the workers', async () => {
    const jobs = Array.from({ length: 95 }, (_, i) => ({ i, svg: svg(i) }));
    const drawn = new Map<number, Buffer>();
    await drawCards(jobs, (job, png) => {
      expect(drawn.has(job.i)).toBe(false);
      drawn.set(job.i, png);
    });
    expect(drawn.size).toBe(95);
    for (const [i, png] of drawn) {
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.readUInt32BE(16), `width of card ${i}`).toBe(20 + i); // IHDR width
    }
  });

  it('fails with a message for an SVG resvg cannot read', async () => {
    await expect(drawCards([{ svg: '<svg' }], () => {})).rejects.toThrow(/Kartu tidak dapat digambar/);
  });

  it('does nothing for no cards', async () => {
    await expect(drawCards([], () => {})).resolves.toBeUndefined();
  });
});
