/**
 * The home page and region pages of the built sample in headless Chromium, at a phone's width
 * (test/browser/home-region.test.ts) and a desktop's (test/site/home-region.test.ts): the province
 * map within two phone screens of the top, a region's score within the first (above its locator
 * map), no sideways scrolling, zone and opinion badges on one line, heading and breadcrumb naming
 * the region alike. Screenshots go to test-output/screenshots/home-region-*.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { launchChromium, watchProblems } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const SCREENSHOTS = join(resolve(import.meta.dirname, '../..'), 'test-output', 'screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Region pages of both kinds of round, the longest labels of each (data/scores/2024.csv, 2025.csv). */
const REGIONS = [
  // 2025, the opinion round: the longest opinion, "Kualitas Tertinggi Tanpa Maladministrasi".
  { path: '/wilayah/provinsi-daerah-istimewa-yogyakarta/', badge: 'Kualitas Tertinggi Tanpa Maladministrasi' },
  // 2025, a long name without a province.
  { path: '/wilayah/kementerian-pemberdayaan-perempuan-dan-perlindungan-anak/', badge: 'Kualitas Tinggi Tanpa Maladministrasi' },
  { path: '/wilayah/kota-metro/', badge: 'Kualitas Tinggi' },
  // Not in the 2025 sample: its latest round, 2024, had zones (95.58: grade A).
  { path: '/wilayah/kabupaten-aceh-tengah/', badge: 'Zona Hijau · A · Kualitas Tertinggi' },
  { path: '/wilayah/kabupaten-kepulauan-siau-tagulandang-biaro/', badge: 'Zona Hijau · B · Kualitas Tinggi' },
];

export interface Session {
  /** Opens a page, collecting its console errors, exceptions and failed requests into `problems`. */
  open(context: BrowserContext, path: string): Promise<Page>;
  context(device: 'phone' | 'desktop'): BrowserContext;
  problems: string[];
  url(): string;
  browser(): Browser;
}

/** One server, one browser and a context per width for the calling test file (its beforeAll and afterAll). */
export function browserSession(): Session {
  let server: StaticServer;
  let browser: Browser;
  const contexts: Record<'phone' | 'desktop', BrowserContext> = {} as never;
  const problems: string[] = [];
  beforeAll(async () => {
    server = await serveStatic(sampleSite());
    browser = await launchChromium();
    contexts.phone = await browser.newContext({ viewport: PHONE });
    contexts.desktop = await browser.newContext({ viewport: DESKTOP });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    problems,
    context: (device) => contexts[device],
    url: () => server.url,
    browser: () => browser,
    async open(context, path) {
      const page = await context.newPage();
      watchProblems(page, (problem) => problems.push(problem));
      await page.goto(server.url + path, { waitUntil: 'load' });
      return page;
    },
  };
}

/** The top of the page, no taller than 4000 px, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: join(SCREENSHOTS, `home-region-${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 4000) } });
}

/**
 * Region landmarks (a named section, role=region) that sit inside another: a table's scrolling
 * region inside a named section was two landmarks for one table.
 */
export function nestedRegions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const REGION = 'section[aria-label], section[aria-labelledby], [role="region"]';
    const name = (e: Element) => e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '?';
    return [...document.querySelectorAll(REGION)]
      .filter((e) => e.parentElement?.closest(REGION))
      .map((e) => `${name(e.parentElement!.closest(REGION)!)} > ${name(e)}`);
  });
}

/** The home page and the region pages at one width: declared by the file that runs them, in its describe. */
export function layoutAt(device: 'phone' | 'desktop', viewport: { width: number; height: number }, session: Session): void {
  const { open } = session;
  it('home: the province map starts within two phone screens, and nothing scrolls sideways', async () => {
    session.problems.length = 0;
    const page = await open(session.context(device), '/');
    const layout = await page.evaluate(() => ({
      mapTop: document.querySelector('.province-map')!.getBoundingClientRect().top + window.scrollY,
      searchTop: document.querySelector('form.find-region')!.getBoundingClientRect().top + window.scrollY,
      width: document.documentElement.scrollWidth,
    }));
    console.log(`home at ${viewport.width} px: search form at ${Math.round(layout.searchTop)} px, map at ${Math.round(layout.mapTop)} px`);
    expect(layout.mapTop).toBeLessThanOrEqual(2 * PHONE.height);
    // "Cari wilayah Anda" is near the top: within the first phone screen.
    expect(layout.searchTop).toBeLessThan(PHONE.height);
    expect(layout.width).toBeLessThanOrEqual(viewport.width);
    expect(await nestedRegions(page)).toEqual([]);
    await screenshot(page, `home-${device}`);
    await page.close();
    expect(session.problems).toEqual([]);
  });

  it.each(REGIONS)('$path: score seen first, badge on one line, heading as breadcrumb, no nested landmark, no sideways scroll', async ({ path, badge }) => {
    session.problems.length = 0;
    const page = await open(session.context(device), path);
    const seen = await page.evaluate(() => {
      const zone = document.querySelector('.summary .result-placement .zone')!;
      const crumbs = document.querySelector('nav.crumbs')!;
      return {
        badge: zone.textContent!.trim(),
        height: zone.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(zone).lineHeight),
        // No word group of any badge on the page is broken across lines.
        brokenGroups: [...document.querySelectorAll('.zone .g')].filter((g) => g.getClientRects().length > 1).map((g) => g.textContent),
        heading: document.querySelector('h1')!.textContent!.trim(),
        lastCrumb: crumbs.lastChild!.textContent!.replace(/^\s*›\s*/, '').trim(),
        width: document.documentElement.scrollWidth,
        // What a link to the page is opened for: above the locator map, and on a phone's first screen.
        scoreTop: document.querySelector('.summary .result-score')!.getBoundingClientRect().top,
        scoreBottom: document.querySelector('.summary .result-score')!.getBoundingClientRect().bottom,
        mapTop: document.querySelector('.locator')?.getBoundingClientRect().top ?? Infinity,
      };
    });
    expect(seen.scoreBottom).toBeLessThanOrEqual(PHONE.height);
    expect(seen.scoreTop).toBeLessThan(seen.mapTop);
    expect(seen.badge).toBe(badge);
    expect(seen.height).toBeLessThan(seen.lineHeight * 1.3);
    expect(seen.brokenGroups).toEqual([]);
    expect(seen.heading).toBe(seen.lastCrumb);
    expect(seen.width).toBeLessThanOrEqual(viewport.width);
    expect(await nestedRegions(page)).toEqual([]);
    if (path.includes('kementerian') || path.includes('yogyakarta')) await screenshot(page, `${path.split('/')[2]}-${device}`);
    await page.close();
    expect(session.problems).toEqual([]);
  });
}
