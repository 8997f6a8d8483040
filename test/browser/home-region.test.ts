/**
 * The home page and region pages on a phone (390 × 844) and a desktop (1280 px), in headless
 * Chromium (issue 20, items 3, 6 and 7): the province map within two phone screens of the top,
 * the "Cari wilayah Anda" form with and without JavaScript, no sideways scrolling, zone and
 * opinion badges on one line, heading and breadcrumb naming the region alike, one landmark per
 * table region, and one permanent link. Screenshots go to test-output/screenshots/home-region-*.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SITE_URL = 'https://kepatuhan.example.id';

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

let server: StaticServer;
let browser: Browser;
const contexts: Record<'phone' | 'desktop', BrowserContext> = {} as never;
let problems: string[] = [];

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.goto(server.url + path, { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  server = await serveStatic(sampleSite());
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  contexts.phone = await browser.newContext({ viewport: PHONE });
  contexts.desktop = await browser.newContext({ viewport: DESKTOP });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The top of the page, no taller than 4000 px, for a person to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: join(SCREENSHOTS, `home-region-${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 4000) } });
}

/**
 * Region landmarks (a named section, role=region) that sit inside another: a table's scrolling
 * region inside a named section was two landmarks for one table.
 */
function nestedRegions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const REGION = 'section[aria-label], section[aria-labelledby], [role="region"]';
    const name = (e: Element) => e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '?';
    return [...document.querySelectorAll(REGION)]
      .filter((e) => e.parentElement?.closest(REGION))
      .map((e) => `${name(e.parentElement!.closest(REGION)!)} > ${name(e)}`);
  });
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('at %s width', (device, viewport) => {
  it('home: the province map starts within two phone screens, and nothing scrolls sideways', async () => {
    problems = [];
    const page = await open(contexts[device], '/');
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
    expect(problems).toEqual([]);
  });

  it.each(REGIONS)('$path: the badge on one line, heading as the breadcrumb, no nested landmark, no sideways scroll', async ({ path, badge }) => {
    problems = [];
    const page = await open(contexts[device], path);
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
      };
    });
    expect(seen.badge).toBe(badge);
    expect(seen.height).toBeLessThan(seen.lineHeight * 1.3);
    expect(seen.brokenGroups).toEqual([]);
    expect(seen.heading).toBe(seen.lastCrumb);
    expect(seen.width).toBeLessThanOrEqual(viewport.width);
    expect(await nestedRegions(page)).toEqual([]);
    if (path.includes('kementerian') || path.includes('yogyakarta')) await screenshot(page, `${path.split('/')[2]}-${device}`);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('a region page', () => {
  it('lists its landmarks once each: every table scrolls in one labelled region', async () => {
    const page = await open(contexts.phone, '/wilayah/kota-metro/');
    const landmarks = await page.evaluate(() =>
      [...document.querySelectorAll('main section[aria-labelledby], main section[aria-label], main [role="region"], main nav')].map(
        (e) =>
          `${e.getAttribute('role') ?? e.tagName.toLowerCase()}: ${e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby')!)!.textContent!.trim()}`,
      ),
    );
    const tables = await page.locator('main table').count();
    expect(landmarks.filter((l) => l.startsWith('region:'))).toHaveLength(tables);
    expect(landmarks.filter((l) => /Dibandingkan|Riwayat penilaian/.test(l))).toEqual([]);
    expect(landmarks[0]).toBe('nav: Remah roti');
    await page.close();
  });

  it('offers one permanent link, its canonical address, and names the pages of each round as such', async () => {
    const page = await open(contexts.desktop, '/wilayah/kota-metro/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${SITE_URL}/wilayah/kota-metro/`);
    const main = await page.locator('main').innerText();
    expect(main.match(/Tautan permanen/g)).toHaveLength(1);
    expect(main).not.toMatch(/tautan tetap|alamat tetap/i);
    expect(await page.locator('#tautan-permanen').innerText()).toBe(canonical);
    expect(await page.locator('#tautan-permanen').getAttribute('href')).toBe('/wilayah/kota-metro/');
    // The rounds' own pages, by what they are (data/scores: Kota Metro in 2021–2025).
    const rounds = await page.locator('.reuse .inline-list a').allInnerTexts();
    expect(rounds).toEqual(['Halaman hasil 2025', 'Halaman hasil 2024', 'Halaman hasil 2023', 'Halaman hasil 2022', 'Halaman hasil 2021']);
    expect(await page.locator('.cite-fields dt', { hasText: 'Halaman hasil 2025' }).count()).toBe(1);
    await page.close();
  });

  it('per round: the breadcrumb ends in the round, and the heading names the region as the breadcrumb does', async () => {
    const page = await open(contexts.phone, '/wilayah/kota-metro/2024/');
    const crumbs = (await page.locator('nav.crumbs').innerText()).split('›').map((c) => c.trim());
    expect(crumbs.slice(-2)).toEqual(['Kota Metro', 'Penilaian 2024']);
    expect(await page.locator('h1').innerText()).toBe('Kota Metro: penilaian 2024');
    await page.close();
  });
});

describe('"Cari wilayah Anda" on the home page', () => {
  it('without JavaScript, sends the query to the A–Z list of every region', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Cari wilayah Anda' }).fill('bogor');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/\/wilayah\/\?q=bogor$/);
    expect(await page.locator('h1').innerText()).toBe('Semua wilayah A–Z');
    expect(await page.locator('main a', { hasText: /^Kabupaten Bogor$/ }).getAttribute('href')).toBe('/wilayah/kabupaten-bogor/');
    await context.close();
  });

  it('with JavaScript, finds a region in place, by its name or another name', async () => {
    problems = [];
    const page = await open(contexts.phone, '/');
    await page.getByRole('searchbox', { name: 'Cari wilayah Anda' }).fill('jabar');
    const results = page.locator('.find-region[data-ready] .pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 20_000 });
    expect(await results.first().innerText()).toBe('Provinsi Jawa Barat');
    // Pagefind took the form's place under the same visible name; the page still has one way to search per box.
    expect(await page.locator('.find-region .find-label').innerText()).toBe('Cari wilayah Anda');
    expect(await page.locator('form.find-region').count()).toBe(0);
    await screenshot(page, 'home-search-phone');
    await results.first().click();
    await page.waitForURL(/\/wilayah\/provinsi-jawa-barat\/$/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('with its results open, passes axe-core (WCAG 2.2 AA), every field named', async () => {
    // Axe is injected as an inline script, which the pages' CSP rightly refuses: bypass it here only.
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Cari wilayah Anda' }).fill('bogor');
    await page.locator('.find-region .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.find-region .pagefind-ui__search-input').getAttribute('aria-label')).toBe('Cari wilayah Anda');
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
      ).axe;
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    });
    await context.close();
    expect(violations).toEqual([]);
  });

  it('sent before the search has loaded, searches in place as well', async () => {
    problems = [];
    const page = await open(contexts.desktop, '/');
    // Sent at once, as by Enter before the field's focus has loaded anything.
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('form.find-region')!;
      form.querySelector('input')!.value = 'bogor';
      form.requestSubmit();
    });
    await page.waitForFunction(() => document.querySelectorAll('.find-region .pagefind-ui__result-link').length >= 2, null, { timeout: 20_000 });
    expect(page.url()).toBe(`${server.url}/`);
    const titles = await page.locator('.find-region .pagefind-ui__result-link').allInnerTexts();
    expect(titles.map((t) => t.trim()).sort()).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('arriving at /wilayah/?q= with JavaScript, the header search runs the query', async () => {
    const page = await open(contexts.desktop, '/wilayah/?q=kemenkes');
    const first = page.locator('#cari .pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.innerText()).toBe('Kementerian Kesehatan');
    await page.close();
  });
});

describe('the home page lists', () => {
  it('name no region twice among the highest and lowest of a kind', () => {
    const html = readFileSync(join(sampleSite(), 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('id="ekstrem"'), html.indexOf('</section>', html.indexOf('id="ekstrem"')));
    const cards = section.split('<article class="card">').slice(1);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const links = [...card.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(links).size, card.slice(0, 80)).toBe(links.length);
    }
    // The sample's 2025 round assessed 8 lembaga: listed once, all of them.
    const lembaga = cards.find((c) => c.includes('<h3>Lembaga'))!;
    expect(lembaga).toContain('<h4>Semua 8, dari nilai tertinggi</h4>');
    expect(lembaga).not.toContain('Terendah');
  });
});
