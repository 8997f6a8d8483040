/**
 * Embeds fit the frame their code asks for (issue 20, item 6): embed pages of the built sample in
 * <iframe>s as tall as the code on their region page says, 300, 360 and 1280 px wide, in headless
 * Chromium: no scrolling either way, no text cut, the source line inside the frame. Here a spread
 * (the longest names, the tallest frames, the 2025 opinions with the longest names, and every
 * sixtieth); every embed in `npm run test:site` (test/site/embed-fit.test.ts). Also axe-core on an
 * embed of each kind of round, and screenshots of the longest name and of a 2025 opinion at each
 * width in test-output/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { embedPages, embedsOf, harness, measure, problems, summary, WIDTHS, type Embed } from './embed-fit.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let output: string;
let server: StaticServer;
let browser: Browser;
let embeds: Embed[];

beforeAll(async () => {
  output = sampleSite();
  embeds = embedsOf(output);
  server = await serveStatic(output);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const longest = (list: readonly Embed[], n: number) => [...list].sort((a, b) => b.name.length - a.name.length || a.path.localeCompare(b.path)).slice(0, n);

const opinions = () => embeds.filter((e) => e.opinion);
const zoned = () => embeds.filter((e) => !e.opinion);
const longestBadge = (list: readonly Embed[]) => list.reduce((a, b) => (b.badge.length + b.name.length / 1000 > a.badge.length + a.name.length / 1000 ? b : a));

/** The embeds most likely not to fit, and a sample of the rest. */
function spread(): Embed[] {
  const tallest = [...embeds].sort((a, b) => b.height - a.height).slice(0, 5);
  const chosen = [...longest(embeds, 5), ...tallest, ...longest(opinions(), 5), longestBadge(embeds), ...embeds.filter((_, i) => i % 60 === 0)];
  return [...new Map(chosen.map((e) => [e.path, e])).values()];
}

describe('embeds', () => {
  it('are offered on the region page of every embed, each frame 360 px wide and taller for a longer name', () => {
    expect(embeds.map((e) => e.path)).toEqual(embedPages(output));
    expect(new Set(embeds.map((e) => e.width))).toEqual(new Set([360]));
    const [first] = longest(embeds, 1);
    const shortest = embeds.reduce((a, b) => (b.name.length < a.name.length ? b : a));
    expect(first!.height).toBeGreaterThan(shortest.height);
    expect(embeds.filter((e) => e.opinion).length).toBeGreaterThan(100); // the 2025 sample
  });

  for (const width of WIDTHS) {
    it(`fit their frames ${width} px wide: no scrolling, nothing cut, the source line inside`, async () => {
      const page = await harness(browser, server.url, width);
      const fits = await measure(page, width, spread());
      console.log(summary(fits, width));
      expect(problems(fits, width)).toEqual([]);

      // As they look: the longest name, the longest 2025 opinion and the longest name with a zone.
      const shown = [longest(embeds, 1)[0]!, longestBadge(opinions()), longest(zoned(), 1)[0]!];
      await measure(page, width, shown);
      for (const [i, e] of shown.entries()) {
        await page
          .locator('iframe')
          .nth(i)
          .screenshot({ path: join(SCREENSHOTS, `embed-${e.path.split('/')[2]}-${width}.png`) });
      }
      await page.close();
    });
  }

  it('have no axe-core violation (WCAG 2.2 AA), with a zone and with an opinion', async () => {
    // Axe is injected as an inline script, which the embeds' CSP rightly refuses: bypass it here only.
    const context = await browser.newContext({ viewport: { width: 360, height: 400 }, bypassCSP: true });
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const e of [embeds.find((x) => !x.opinion)!, longestBadge(opinions())]) {
      const page = await context.newPage();
      await page.goto(server.url + e.path);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}×)`);
      }, WCAG);
      await page.close();
      expect(violations, e.path).toEqual([]);
    }
    await context.close();
  });
});
