/**
 * `npm run test:site`: every embed of the built sample fits the frame its code asks for, 300, 360 and
 * 1280 px wide (test/browser/embed-fit.ts; `npm test` checks a spread of them, test/browser/embed-fit.test.ts).
 * About a minute a width on a busy two-core machine.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { serveStatic, type StaticServer } from '../browser/static-server.ts';
import { embedPages, embedsOf, harness, measure, problems, summary, WIDTHS, type Embed } from '../browser/embed-fit.ts';

let server: StaticServer;
let browser: Browser;
let embeds: Embed[];

beforeAll(async () => {
  const output = sampleSite();
  embeds = embedsOf(output);
  expect(embeds.map((e) => e.path)).toEqual(embedPages(output));
  server = await serveStatic(output);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every embed of the built sample', () => {
  for (const width of WIDTHS) {
    it(`fits its frame ${width} px wide: no scrolling, nothing cut, the source line inside`, async () => {
      const page = await harness(browser, server.url, width);
      const fits = await measure(page, width, embeds);
      await page.close();
      console.log(summary(fits, width));
      expect(fits).toHaveLength(embeds.length);
      expect(problems(fits, width)).toEqual([]);
    });
  }
});
