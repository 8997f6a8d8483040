import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { drawCards } from './draw-pool.ts';
import { FULL_FONTS, SUBSET_FONTS } from './fonts.ts';
import { inProject } from '../project.ts';

/** A card to publish: its URL path under the site, and its SVG (made when needed, not held for the whole build). */
export interface CardSpec {
  url: string;
  svg: () => string;
}

/** Default cache folder (git-ignored); CARD_CACHE overrides it. */
export const DEFAULT_CACHE = inProject('.cache/cards');

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
  /** Distinct cards drawn. */
  rendered: number;
  /** Cards published from the cache. */
  cached: number;
}

/**
 * Write each card as PNG under outputDir at its URL path. A card whose content hash is in
 * the cache is taken from it; only new or changed cards are drawn (src/cards/draw-pool.ts),
 * then stored in the cache for the next build.
 */
export async function writeCards(outputDir: string, cards: readonly CardSpec[], cacheDir = process.env.CARD_CACHE ?? DEFAULT_CACHE): Promise<CardStats> {
  mkdirSync(cacheDir, { recursive: true });
  // By cache file: a region with former slugs publishes one card at several URLs.
  const toDraw = new Map<string, { svg: string; urls: string[] }>();
  let cached = 0;
  for (const card of cards) {
    const svg = card.svg();
    const file = join(cacheDir, `${cardKey(svg)}.png`);
    if (toDraw.has(file)) toDraw.get(file)!.urls.push(card.url);
    else if (existsSync(file)) {
      publish(file, join(outputDir, card.url));
      cached++;
    } else toDraw.set(file, { svg, urls: [card.url] });
  }
  await drawCards([...toDraw].map(([file, { svg, urls }]) => ({ file, svg, urls })), ({ file, urls }, png) => {
    // Write then rename: a build killed mid-write never leaves a truncated card in the cache.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, file);
    for (const url of urls) publish(file, join(outputDir, url));
  });
  return { rendered: toDraw.size, cached };
}
