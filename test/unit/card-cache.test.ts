import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_CACHE_DAYS, cardKey, writeCards } from '../../src/cards/render.ts';

// The cache is seeded with files named by their SVG's key, so no card is drawn here:
// what is tested is which cached files a build uses, keeps and removes.
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

let dir: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  cache = join(dir, 'cache');
  mkdirSync(cache);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A cache entry for `svg`, last used `age` days before NOW. */
function seed(svg: string, age: number): string {
  const file = join(cache, `${cardKey(svg)}.png`);
  writeFileSync(file, `png of ${svg}`);
  utimesSync(file, daysAgo(age), daysAgo(age));
  return file;
}

describe('the social card cache', () => {
  it('publishes cached cards, marks them used and removes only what is unused for the whole keep time', async () => {
    const used = seed('<svg>used</svg>', 30);
    const recent = seed('<svg>recent</svg>', CARD_CACHE_DAYS - 1);
    const stale = seed('<svg>stale</svg>', CARD_CACHE_DAYS + 1);
    const leftover = join(cache, 'abc.png.123.tmp'); // a killed build's temporary file
    writeFileSync(leftover, '');
    utimesSync(leftover, daysAgo(CARD_CACHE_DAYS + 1), daysAgo(CARD_CACHE_DAYS + 1));

    const cards = [
      { url: '/wilayah/a/kartu.png', svg: () => '<svg>used</svg>' },
      { url: '/wilayah/nama-lama/kartu.png', svg: () => '<svg>used</svg>' }, // a former slug: the same card again
    ];
    const stats = await writeCards(join(dir, 'out'), cards, cache, NOW);

    expect(stats).toEqual({ rendered: 0, cached: 2, pruned: 2 });
    for (const url of ['wilayah/a/kartu.png', 'wilayah/nama-lama/kartu.png'])
      expect(readFileSync(join(dir, 'out', url), 'utf8')).toBe('png of <svg>used</svg>');
    expect(statSync(used).mtimeMs).toBe(NOW.getTime());
    expect([existsSync(used), existsSync(recent), existsSync(stale), existsSync(leftover)]).toEqual([true, true, false, false]);
  });

  it('replaces a card already in the output without writing through it into the cache', async () => {
    const first = seed('<svg>1</svg>', 0);
    seed('<svg>2</svg>', 0);
    const out = join(dir, 'out');
    await writeCards(out, [{ url: '/k.png', svg: () => '<svg>1</svg>' }], cache, NOW); // out/k.png: a link to `first`
    await writeCards(out, [{ url: '/k.png', svg: () => '<svg>2</svg>' }], cache, NOW);
    expect(readFileSync(join(out, 'k.png'), 'utf8')).toBe('png of <svg>2</svg>');
    expect(readFileSync(first, 'utf8')).toBe('png of <svg>1</svg>');
  });

  it('keeps a card it used even when it was older than the keep time', async () => {
    const old = seed('<svg>old</svg>', 365);
    await writeCards(join(dir, 'out'), [{ url: '/k.png', svg: () => '<svg>old</svg>' }], cache, NOW);
    const later = new Date(NOW.getTime() + (CARD_CACHE_DAYS - 1) * DAY);
    expect((await writeCards(join(dir, 'out2'), [], cache, later)).pruned).toBe(0);
    expect(existsSync(old)).toBe(true);
  });
});
