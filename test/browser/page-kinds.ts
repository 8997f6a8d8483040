/** The page kinds of the sample site that the browser tests open (test/browser/pages.test.ts, test/site/pages.test.ts), and what they share. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const SCREENSHOTS = join(resolve(import.meta.dirname, '../..'), 'test-output', 'screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** One page of each kind in the sample site, and how many charts it has. */
export const PAGES = [
  { kind: 'home', path: '/', charts: 1 },
  { kind: 'ranking', path: '/peringkat/2024/', charts: 5 },
  // The 2025 "Opini Ombudsman": a sample, another method, bands without zones.
  { kind: 'ranking-opinion', path: '/peringkat/2025/', charts: 5 },
  // One kind's ranking: every row, with its filter (the 2025 kind pages are read by the opinion round's test).
  { kind: 'kind-ranking', path: '/peringkat/2024/kabupaten/', charts: 0 },
  // Assessed 2021–2024 and in 2025: its method changes in its history.
  { kind: 'region', path: '/wilayah/kota-metro/', charts: 1 },
  // Not in the 2025 sample.
  { kind: 'region-not-assessed', path: '/wilayah/kabupaten-toba/', charts: 1 },
  { kind: 'province', path: '/provinsi/lampung/', charts: 2 },
  { kind: 'provinces', path: '/provinsi/', charts: 0 },
  { kind: 'rounds', path: '/peringkat/', charts: 0 },
  { kind: 'methodology', path: '/metodologi/', charts: 0 },
  { kind: 'not-found', path: '/halaman-yang-tidak-ada/', charts: 0 },
] as const;

/** Charts draw when they near the screen: bring each into view and wait until it is drawn. */
export async function drawAll(page: Page): Promise<void> {
  const figures = page.locator('figure[data-chart]');
  for (let i = 0; i < (await figures.count()); i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('figure[data-chart]')[n]?.classList.contains('chart-drawn'), i);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Full page, but no taller than 5000 px (the ranking page has hundreds of rows). */
export async function screenshot(page: Page, kind: string, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: join(SCREENSHOTS, `${kind}-${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 5000) } });
}
