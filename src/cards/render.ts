import { createHash } from 'node:crypto';
import { constants, copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { drawCards, RENDERER } from './draw-pool.ts';
import { CARD_FONTS } from './fonts.ts';
import { inProject } from '../project.ts';

/** A card to publish: its URL path under the site, and its SVG (made when needed, not held for the whole build). */
export interface CardSpec {
  url: string;
  svg: () => string;
}

/** Default cache folder (git-ignored); CARD_CACHE overrides it. */
export const DEFAULT_CACHE = inProject('.cache/cards');

/**
 * How long a cached card that no build has used is kept. Each new round changes every card,
 * so without pruning the cache grows by a whole site's cards a round; a week keeps the cards
 * of data sets switched between (a preview and the published data, the tests) cached.
 */
export const CARD_CACHE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How a card is drawn and encoded: every module the card workers run (src/cards/*.mjs), part of
 * the cache key. Read from the folder, so a module added to them cannot be left out.
 */
const DRAWING_CODE = readdirSync(inProject('src/cards'))
  .filter((f) => f.endsWith('.mjs'))
  .sort()
  .map((f) => inProject('src/cards', f));

/** HarfBuzz, which lays out the cards' text: its bytes are its version. */
const SHAPER = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz.wasm');

/**
 * The cache key covers everything that changes the PNG's bytes: the SVG, the fonts, the
 * renderer and shaper, the drawing and encoding code and zlib's version. Computed once per process.
 */
let rendererKey: string | undefined;
function rendererFingerprint(): string {
  if (rendererKey === undefined) {
    const h = createHash('sha256');
    h.update(process.versions.zlib ?? '');
    for (const f of [RENDERER, SHAPER, ...CARD_FONTS, ...DRAWING_CODE]) h.update(readFileSync(f));
    rendererKey = h.digest('hex');
  }
  return rendererKey;
}

export function cardKey(svg: string): string {
  return createHash('sha256').update(rendererFingerprint()).update(svg).digest('hex');
}

/** Where a card with this SVG is (or goes) in the cache. */
const cachedCard = (cacheDir: string, svg: string) => join(cacheDir, `${cardKey(svg)}.png`);

/**
 * A hard link to the cached PNG when the cache and the output share a file system (no
 * bytes copied: at 55,000 regions that is gigabytes), else a copy. Output is replaced
 * whole by each build, never edited in place, so the cache stays intact.
 */
function publish(cached: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(cached, target);
  } catch (e) {
    // A file already there is replaced, never written through: it may be a link into the cache.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return copyFileSync(cached, target, constants.COPYFILE_EXCL);
    rmSync(target);
    publish(cached, target);
  }
}

/**
 * Publish a cached card and mark it used (its time is what pruning goes by). False when the
 * cache has no such card: never drawn, or pruned meanwhile by another build's writeCards.
 */
function publishCached(cached: string, target: string, now: Date): boolean {
  try {
    utimesSync(cached, now, now);
    publish(cached, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Remove what this build did not use and no build has used for CARD_CACHE_DAYS (cards, and temporary files of killed builds). */
function pruneCache(cacheDir: string, used: ReadonlySet<string>, now: Date): number {
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (used.has(file)) continue;
    try {
      if (now.getTime() - statSync(file).mtimeMs < CARD_CACHE_DAYS * DAY_MS) continue;
      rmSync(file, { force: true });
      removed++;
    } catch {
      // gone already: another build pruned it
    }
  }
  return removed;
}

export interface CardStats {
  /** Distinct cards drawn. */
  rendered: number;
  /** Cards published from the cache. */
  cached: number;
  /** Cards (and leftover temporary files) removed from the cache: unused for CARD_CACHE_DAYS. */
  pruned: number;
}

/**
 * Write each card as PNG under outputDir at its URL path. A card whose content hash is in
 * the cache is taken from it; only new or changed cards are drawn (src/cards/draw-pool.ts),
 * then stored in the cache for the next build. Cards unused for CARD_CACHE_DAYS are removed.
 */
export async function writeCards(
  outputDir: string,
  cards: readonly CardSpec[],
  cacheDir = process.env.CARD_CACHE ?? DEFAULT_CACHE,
  now = new Date(),
): Promise<CardStats> {
  mkdirSync(cacheDir, { recursive: true });
  // By cache file: a region with former slugs publishes one card at several URLs.
  const toDraw = new Map<string, { svg: string; urls: string[] }>();
  const used = new Set<string>();
  let cached = 0;
  for (const card of cards) {
    const svg = card.svg();
    const file = cachedCard(cacheDir, svg);
    if (toDraw.has(file)) toDraw.get(file)!.urls.push(card.url);
    else if (publishCached(file, join(outputDir, card.url), now)) cached++;
    else toDraw.set(file, { svg, urls: [card.url] });
    used.add(file);
  }
  await drawCards(
    [...toDraw].map(([file, { svg, urls }]) => ({ file, svg, urls })),
    ({ file, urls }, png) => {
      cache(file, png);
      for (const url of urls) publish(file, join(outputDir, url));
    },
  );
  return { rendered: toDraw.size, cached, pruned: pruneCache(cacheDir, used, now) };
}

/** Write then rename: a build killed mid-write never leaves a truncated card in the cache. */
function cache(file: string, png: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
}

/** One card's PNG, from the cache or drawn (and cached): for a preview, which draws a card only when it is asked for. */
export async function cardPng(card: CardSpec, cacheDir = process.env.CARD_CACHE ?? DEFAULT_CACHE): Promise<Buffer> {
  const svg = card.svg();
  const file = cachedCard(cacheDir, svg);
  try {
    return readFileSync(file);
  } catch {
    mkdirSync(cacheDir, { recursive: true });
    let drawn: Buffer | undefined;
    await drawCards([{ svg }], (_, png) => cache(file, (drawn = png)));
    return drawn!;
  }
}
