/**
 * The home page and region pages in headless Chromium (issue 20, items 3, 6 and 7): at a phone's
 * width the province map within two phone screens of the top, zone and opinion badges on one line
 * and no sideways scrolling (test/browser/home-region-layout.ts; the desktop's width in
 * `npm run test:site`); the "Cari wilayah Anda" form with and without JavaScript, one landmark per
 * table region, and one permanent link. Screenshots go to test-output/screenshots/home-region-*.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { browserSession, layoutAt, PHONE, screenshot } from './home-region-layout.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE_URL = 'https://kepatuhan.example.id';
const session = browserSession();

describe('at phone width', () => layoutAt('phone', PHONE, session));

describe('a region page', () => {
  it('lists its landmarks once each: every table scrolls in one labelled region', async () => {
    const page = await session.open(session.context('phone'), '/wilayah/kota-metro/');
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
    const page = await session.open(session.context('desktop'), '/wilayah/kota-metro/');
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
    const page = await session.open(session.context('phone'), '/wilayah/kota-metro/2024/');
    const crumbs = (await page.locator('nav.crumbs').innerText()).split('›').map((c) => c.trim());
    expect(crumbs.slice(-2)).toEqual(['Kota Metro', 'Penilaian 2024']);
    expect(await page.locator('h1').innerText()).toBe('Kota Metro: penilaian 2024');
    await page.close();
  });
});

describe('"Cari wilayah Anda" on the home page', () => {
  it('without JavaScript, sends the query to the A–Z list of every region', async () => {
    const context = await session.browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.url()}/`);
    await page.getByRole('searchbox', { name: 'Cari wilayah Anda' }).fill('bogor');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/\/wilayah\/\?q=bogor$/);
    expect(await page.locator('h1').innerText()).toBe('Semua wilayah A–Z');
    expect(await page.locator('main a', { hasText: /^Kabupaten Bogor$/ }).getAttribute('href')).toBe('/wilayah/kabupaten-bogor/');
    await context.close();
  });

  it('with JavaScript, finds a region in place, by its name or another name', async () => {
    session.problems.length = 0;
    const page = await session.open(session.context('phone'), '/');
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
    expect(session.problems).toEqual([]);
  });

  it('with its results open, passes axe-core (WCAG 2.2 AA), every field named', async () => {
    // Axe is injected as an inline script, which the pages' CSP rightly refuses: bypass it here only.
    const context = await session.browser().newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${session.url()}/`);
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
    session.problems.length = 0;
    const page = await session.open(session.context('desktop'), '/');
    // Sent at once, as by Enter before the field's focus has loaded anything.
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('form.find-region')!;
      form.querySelector('input')!.value = 'bogor';
      form.requestSubmit();
    });
    await page.waitForFunction(() => document.querySelectorAll('.find-region .pagefind-ui__result-link').length >= 2, null, { timeout: 20_000 });
    expect(page.url()).toBe(`${session.url()}/`);
    const titles = await page.locator('.find-region .pagefind-ui__result-link').allInnerTexts();
    expect(titles.map((t) => t.trim()).sort()).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
    await page.close();
    expect(session.problems).toEqual([]);
  });

  it('arriving at /wilayah/?q= with JavaScript, the header search runs the query', async () => {
    const page = await session.open(session.context('desktop'), '/wilayah/?q=kemenkes');
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
