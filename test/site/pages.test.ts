/**
 * `npm run test:site`: every page kind of the sample (test/browser/page-kinds.ts) without JavaScript
 * and at 320 px, in headless Chromium. Screenshots at desktop width and at phone width, with and without JavaScript, go to
 * test-output/screenshots/ for a person to look at. `npm test` loads each kind with its charts and
 * runs axe on it (test/browser/pages.test.ts).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { launchChromium } from '../browser/chromium.ts';
import { DESKTOP, drawAll, PAGES, PHONE, screenshot } from '../browser/page-kinds.ts';
import { serveStatic, type StaticServer } from '../browser/static-server.ts';

let server: StaticServer;
let browser: Browser;
let phone: BrowserContext;
let narrow: BrowserContext;
let noJs: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(sampleSite());
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: PHONE });
  narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
  noJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  desktop = await browser.newContext({ viewport: DESKTOP });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PAGES)('$kind page ($path)', ({ kind, path, charts }) => {
  it('at desktop width, charts drawn: a screenshot for a person to look at', async () => {
    const page = await desktop.newPage();
    await page.goto(server.url + path);
    await drawAll(page);
    await screenshot(page, kind, 'desktop');
    await page.close();
  });

  it('works without JavaScript: every table and summary is there, no empty chart box', async () => {
    const page = await noJs.newPage();
    await page.goto(server.url + path);
    const without = await page.evaluate(() => ({
      tables: [...document.querySelectorAll('main table')].map((t) => `${t.querySelector('caption')?.textContent}: ${t.querySelectorAll('tbody tr').length}`),
      visibleTables: [...document.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().height > 0).length,
      shownBoxes: [...document.querySelectorAll('.chart-box')].filter((b) => b.getBoundingClientRect().height > 0).length,
      summaries: [...document.querySelectorAll('.chart-summary')].filter((p) => p.getBoundingClientRect().height > 0).length,
    }));
    await screenshot(page, kind, 'phone-nojs');
    await page.close();

    const withScript = await phone.newPage();
    await withScript.goto(server.url + path);
    await drawAll(withScript);
    const tables = await withScript.evaluate(() =>
      [...document.querySelectorAll('main table')].map((t) => `${t.querySelector('caption')?.textContent}: ${t.querySelectorAll('tbody tr').length}`),
    );
    await screenshot(withScript, kind, 'phone');
    await withScript.close();
    expect(without.tables).toEqual(tables);
    expect(without.visibleTables).toBe(tables.length);
    expect(without.shownBoxes).toBe(0);
    expect(without.summaries).toBe(charts);
  });

  it('does not scroll sideways at 320 px; wide tables scroll in a focusable, labelled region', async () => {
    const page = await narrow.newPage();
    await page.goto(server.url + path);
    await drawAll(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const result = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      badScrollers: [...document.querySelectorAll('main table')]
        .filter((t) => t.getBoundingClientRect().width > 320)
        .filter((t) => {
          const box = t.closest('.table-scroll');
          return (
            !box ||
            box.getAttribute('tabindex') !== '0' ||
            box.getAttribute('role') !== 'region' ||
            !(box.getAttribute('aria-labelledby') || box.getAttribute('aria-label'))
          );
        }).length,
    }));
    await page.close();
    expect(result.pageWidth).toBeLessThanOrEqual(320);
    expect(result.badScrollers).toBe(0);
  });
});
