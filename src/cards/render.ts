import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { FULL_FONTS, SUBSET_FONTS, fontsFor } from './fonts.ts';

/** A card to publish: its URL path under the site, and its SVG. */
export interface CardSpec {
  url: string;
  svg: string;
}

/** Default cache folder (git-ignored); CARD_CACHE overrides it. */
export const DEFAULT_CACHE = resolve(import.meta.dirname, '../../.cache/cards');

/**
 * The cache key covers everything that changes the pixels: the SVG, the fonts and the
 * renderer's version. Computed once per process.
 */
let rendererKey: string | undefined;
function rendererFingerprint(): string {
  if (rendererKey === undefined) {
    const h = createHash('sha256');
    h.update(createRequire(import.meta.url)('@resvg/resvg-js/package.json').version);
    for (const f of [...FULL_FONTS, ...SUBSET_FONTS]) h.update(readFileSync(f));
    rendererKey = h.digest('hex');
  }
  return rendererKey;
}

export function cardKey(svg: string): string {
  return createHash('sha256').update(rendererFingerprint()).update(svg).digest('hex');
}

export async function renderPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: { fontFiles: fontsFor(svg), loadSystemFonts: false, defaultFontFamily: 'Inter' } });
  return image.asPng();
}

/**
 * A hard link to the cached PNG when the cache and the output share a file system (no
 * bytes copied: at 55,000 regions that is gigabytes), else a copy. Output is replaced
 * whole by each build, never edited in place, so the cache stays intact.
 */
function publish(cached: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true }); // never write through an old link into the cache
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

export interface CardStats {
  rendered: number;
  cached: number;
}

/**
 * Write each card as PNG under outputDir at its URL path. A card whose content hash is in
 * the cache is taken from it; only new or changed cards are rendered (on the thread
 * pool, a few at a time), then stored in the cache for the next build.
 */
export async function writeCards(outputDir: string, cards: readonly CardSpec[], cacheDir = process.env.CARD_CACHE ?? DEFAULT_CACHE): Promise<CardStats> {
  mkdirSync(cacheDir, { recursive: true });
  const stats: CardStats = { rendered: 0, cached: 0 };
  const queue = [...cards];
  const worker = async () => {
    for (let card = queue.shift(); card; card = queue.shift()) {
      const cached = join(cacheDir, `${cardKey(card.svg)}.png`);
      if (existsSync(cached)) stats.cached++;
      else {
        const png = await renderPng(card.svg);
        // Write then rename: a build killed mid-write never leaves a truncated card in the cache.
        const temp = `${cached}.${process.pid}.tmp`;
        writeFileSync(temp, png);
        renameSync(temp, cached);
        stats.rendered++;
      }
      publish(cached, join(outputDir, card.url));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, worker));
  return stats;
}
