/**
 * Charts on a phone (issue 21) and their downloads (issue 20): the drawing code with Chart.js is
 * requested only when a chart nears the screen, nothing shifts while the page loads, and each
 * chart downloads as a PNG of its canvas and as an SVG of its data. Headless Chromium, as
 * pages.test.ts; TBT and CLS under a slowed CPU are measured by `npm run bench:phone`, not here.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchProblems } from './chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Records layout shifts without recent input from the very start of the page. */
const SHIFTS = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
}).observe({ type: 'layout-shift', buffered: true });`;

let server: StaticServer;
let browser: Browser;
let phone: BrowserContext;
let problems: string[] = [];

async function open(path: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await phone.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  watchProblems(page, (problem) => problems.push(problem));
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, scripts };
}

const chartCode = (scripts: readonly string[]) => scripts.filter((s) => /\/assets\/js\/chunks\/draw-[\w-]+\.js$/.test(s));

beforeAll(async () => {
  server = await serveStatic(sampleSite());
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await phone.addInitScript({ content: SHIFTS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('chart code loads only when a chart nears the screen', () => {
  it('a region page, whose chart is below the first screen, loads Chart.js when scrolled to it and draws', async () => {
    problems = [];
    const { page, scripts } = await open('/wilayah/kabupaten-bogor/');
    const figure = page.locator('figure[data-chart]').first();
    expect(await figure.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(844 + 200);
    // Time for anything the page would load by itself.
    await page.waitForTimeout(1_000);
    expect(scripts).toContain('/assets/js/charts.js');
    expect(chartCode(scripts)).toEqual([]);
    expect(await page.locator('figure.chart-drawn').count()).toBe(0);

    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('figure[data-chart]')?.classList.contains('chart-drawn'));
    expect(chartCode(scripts)).toHaveLength(1);
    const painted = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n / (data.length / 4);
    });
    expect(painted).toBeGreaterThan(0.05);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('nothing on the first screen moves while a page loads (the search box and chart boxes have their room)', async () => {
    problems = [];
    for (const path of ['/', '/wilayah/kabupaten-bogor/', '/provinsi/lampung/', '/peringkat/2024/']) {
      const { page } = await open(path);
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(
        shifts.reduce((a, b) => a + b, 0),
        path,
      ).toBeLessThan(0.01);
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('chart downloads', () => {
  let page: Page;
  const figure = () => page.locator('figure[data-chart]').first();
  const download = async (kind: 'png' | 'svg') => {
    const [file] = await Promise.all([page.waitForEvent('download'), figure().locator(`button[data-chart-download="${kind}"]`).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };

  beforeAll(async () => {
    problems = [];
    page = (await open('/provinsi/lampung/')).page;
  });
  afterAll(() => page.close());

  it('offers PNG and SVG under each chart, named by the chart', async () => {
    const charts = await page.locator('figure[data-chart]').count();
    expect(charts).toBeGreaterThan(0);
    expect(await page.locator('figure[data-chart] .chart-download button').allInnerTexts()).toEqual(
      Array.from({ length: charts }, () => ['PNG', 'SVG']).flat(),
    );
  });

  it('PNG: the drawn canvas on white, with room for the title and source', async () => {
    const { name, bytes } = await download('png');
    expect(name).toMatch(/^grafik-[\w-]+-provinsi-lampung\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const canvas = await figure()
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(width).toBeGreaterThan(canvas[0]!);
    expect(height).toBeGreaterThan(canvas[1]!);
  });

  it("SVG: well-formed, titled with the chart's caption, every value written, the sample note in its source line", async () => {
    const { name, bytes } = await download('svg');
    expect(name).toMatch(/\.svg$/);
    const caption = (await figure().locator('figcaption').innerText()).trim();
    const data = JSON.parse((await page.locator(`#${await figure().getAttribute('data-chart')}`).textContent())!) as { labels: string[] };
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        title: doc.querySelector('svg > title')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe(caption);
    for (const label of data.labels) expect(parsed.texts).toContain(label);
    expect(parsed.texts.join(' ')).toContain('Data contoh, bukan hasil resmi.');
    expect(problems).toEqual([]);
  });
});
