/**
 * Every page kind in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
 * loads without console errors or failed requests, draws its charts and passes axe-core's WCAG 2.2
 * AA rules; tables sort by mouse and keyboard, the opinion round and a kind's ranking read as they
 * should. Each kind without JavaScript, at 320 px, and its screenshots for a person to look at:
 * `npm run test:site` (test/site/pages.test.ts).
 *
 * One build, one browser, one server for the whole file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchProblems } from './chromium.ts';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { bundleSizes } from '../../src/bundle.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { DESKTOP, drawAll, PAGES, PHONE, screenshot } from './page-kinds.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let output: string;
let server: StaticServer;
let browser: Browser;
/** One context per way of looking, shared by every page kind. */
let withJs: BrowserContext;
let phone: BrowserContext;
let noJs: BrowserContext;
let forAxe: BrowserContext;
let problems: string[] = [];

/** Problems on a page go to `problems` (whichever list it is by then); the 404 page is served as a 404, as it should be. */
const watch = (page: Page) => watchProblems(page, (problem) => problems.push(problem), /halaman-yang-tidak-ada/);

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  watch(page);
  await page.goto(server.url + path, { waitUntil: 'load' });
  return page;
}

/** Share of a canvas's pixels that are painted, and how many distinct colours they use. */
function paint(page: Page, index: number): Promise<{ painted: number; colours: number }> {
  return page.evaluate((n) => {
    const canvas = document.querySelectorAll<HTMLCanvasElement>('figure[data-chart] canvas')[n]!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0) {
        painted++;
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
    }
    return { painted: painted / (data.length / 4), colours: colours.size };
  }, index);
}

beforeAll(async () => {
  output = sampleSite();
  server = await serveStatic(output);
  browser = await launchChromium();
  withJs = await browser.newContext({ viewport: DESKTOP });
  phone = await browser.newContext({ viewport: PHONE });
  noJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  // Axe is injected as an inline script, which the pages' CSP rightly refuses: bypass it here only.
  forAxe = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bundles', () => {
  it('are small: well under 100 KB gzipped per page, the chart code loaded later', () => {
    const sizes = bundleSizes((['charts', 'sort'] as const).map((name) => ({ name, path: join(output, 'assets', 'js', `${name}.js`), bytes: 0 })));
    const [charts, sort] = sizes.map((b) => b.gzip) as [number, number];
    const chunks = readdirSync(join(output, 'assets', 'js', 'chunks')).map(
      (file) => gzipSync(readFileSync(join(output, 'assets', 'js', 'chunks', file)), { level: 9 }).length,
    );
    console.log(sizes.map((b) => `${b.name}.js ${b.minified} B minified, ${b.gzip} B gzip`).join('; '), `; chunks ${chunks.join(', ')} B gzip`);
    expect(charts + sort + chunks.reduce((a, b) => a + b, 0)).toBeLessThan(80_000);
    // What every page with charts loads at once: the drawing code (Chart.js) waits for a chart to near the screen.
    expect(charts).toBeLessThan(2_000);
    expect(sort).toBeLessThan(3_000);
  });

  it('are loaded only by pages with charts or sortable tables', () => {
    for (const { path, charts } of PAGES.filter((p) => p.kind !== 'not-found')) {
      const html = readFileSync(join(output, path, 'index.html'), 'utf8');
      expect(html.includes('/assets/js/charts.js'), path).toBe(charts > 0);
    }
    expect(readFileSync(join(output, '404.html'), 'utf8')).not.toContain('/assets/js/');
  });
});

describe.each(PAGES)('$kind page ($path)', ({ path, charts }) => {
  it('loads with no console error or failed request, and draws its charts', async () => {
    problems = [];
    const page = await open(withJs, path);
    await drawAll(page);
    expect(await page.locator('figure[data-chart].chart-drawn').count()).toBe(charts);
    for (let i = 0; i < charts; i++) {
      const { painted, colours } = await paint(page, i);
      expect(painted, `chart ${i} painted share`).toBeGreaterThan(0.05);
      expect(colours, `chart ${i} colours`).toBeGreaterThan(4);
    }
    // Once drawn, each chart's table folds into its disclosure, still in the page.
    expect(await page.locator('details.chart-data[open]').count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('has no axe-core violation (WCAG 2.2 AA)', async () => {
    const page = await forAxe.newPage();
    await page.goto(server.url + path);
    await drawAll(page);
    // Check the folded tables as well: open every disclosure.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    }, WCAG);
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe('sorting', () => {
  let page: Page;
  const table = () => page.locator('table.kind-ranking');
  const header = (name: string) => table().locator('thead th', { has: page.locator('button', { hasText: new RegExp(`^${name}$`) }) });
  const column = (index: number) =>
    table().evaluate((t, i) => [...(t as HTMLTableElement).tBodies[0]!.rows].map((r) => r.cells[i]!.textContent!.trim()), index);
  const score = (text: string) => Number(text.replace(',', '.'));

  beforeAll(async () => {
    problems = [];
    page = await open(withJs, '/peringkat/2024/kabupaten/');
  });
  afterAll(() => page.close());

  it('starts sorted by rank, and says so', async () => {
    expect(await header('Peringkat').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Nilai').getAttribute('aria-sort')).toBeNull();
  });

  it('sorts by a click on the header button, ascending then descending', async () => {
    await header('Nilai').locator('button').click();
    expect(await header('Nilai').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Peringkat').getAttribute('aria-sort')).toBeNull();
    const up = (await column(2)).map(score);
    expect(up).toEqual([...up].sort((a, b) => a - b));

    await header('Nilai').locator('button').click();
    expect(await header('Nilai').getAttribute('aria-sort')).toBe('descending');
    const down = (await column(2)).map(score);
    expect(down).toEqual([...up].sort((a, b) => b - a));
  });

  it('sorts by keyboard: Enter and Space on the focused header button', async () => {
    await header('Nama').locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header('Nama').getAttribute('aria-sort')).toBe('ascending');
    const names = await column(1);
    expect(names).toEqual([...names].sort(new Intl.Collator('id', { numeric: true, sensitivity: 'base' }).compare));

    await page.keyboard.press('Space');
    expect(await header('Nama').getAttribute('aria-sort')).toBe('descending');
    expect(await column(1)).toEqual([...names].reverse());

    await header('Peringkat').locator('button').focus();
    await page.keyboard.press('Enter');
    const ranks = (await column(0)).map((t) => parseInt(t, 10));
    expect(ranks[0]).toBe(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts regions without a previous score last in either direction', async () => {
    const button = header('Perubahan').locator('button');
    await button.click();
    const up = (await column(4)).map((t) => t.split(' ')[0]!);
    await button.click();
    const down = (await column(4)).map((t) => t.split(' ')[0]!);
    for (const list of [up, down]) {
      const firstNew = list.indexOf('baru');
      if (firstNew >= 0) expect(list.slice(firstNew).every((t) => t === 'baru')).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});

describe('the 2025 opinion round: another method, a sample, no zones', () => {
  const csvRows = (file: string) => (parse(readFileSync(join(ROOT, file), 'utf8')) as string[][]).slice(1);
  const text = async (path: string) => {
    const page = await open(withJs, path);
    const main = await page.locator('main').innerText();
    const whole = await page.locator('body').innerText();
    return { page, main, whole };
  };

  it('a region page shows no change across the method break, and every rank with its group size', async () => {
    problems = [];
    const { page, main } = await text('/wilayah/kota-metro/');
    const change = page.locator('.summary .facts div', { hasText: 'Perubahan' });
    expect(await change.innerText()).toContain('metode penilaian berubah pada 2025');
    // No signed number, no "naik/turun" beside it.
    expect(await change.locator('.delta').count()).toBe(0);
    expect(await change.innerText()).not.toMatch(/[+−]\d|naik|turun/);
    // The history table marks 2025 as the first round of a new method and shows no change in its row.
    const row2025 = page.locator('#riwayat-cap').locator('xpath=..').locator('tbody tr', { hasText: '2025' });
    expect(await row2025.innerText()).toContain('metode baru');
    expect(await row2025.locator('.delta').count()).toBe(0);
    // Ranks with "dari": the national rank, and each rank in the history table.
    const kota = csvRows('data/scores/2025.csv').filter(([code]) => /^\d+\.7\d$/.test(code!)).length;
    expect(main).toMatch(new RegExp(`Peringkat nasional\\s+\\d+ dari ${kota} kota`));
    const ranks = await page.locator('#riwayat-cap').locator('xpath=..').locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(ranks.every((r) => /^\d+ dari \d+$/.test(r.trim()))).toBe(true);
    // The opinion leads the result.
    expect(main).toContain('Opini: Kualitas Tinggi');
    // The chart says why its line breaks, and draws it broken.
    expect(await page.locator('#grafik-riwayat-sum').innerText()).toContain('Metode penilaian berubah pada 2025');
    const data = JSON.parse((await page.locator('#grafik-riwayat-data').textContent())!) as { segment: number[]; labels: string[] };
    expect(data.segment[data.labels.indexOf('2025')]).toBeGreaterThan(data.segment[data.labels.indexOf('2024')]!);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('/peringkat/2025/ says it was a sample (how many of each kind), shows opinions, and never says "zona"', async () => {
    problems = [];
    const { page, main, whole } = await text('/peringkat/2025/');
    const registered = csvRows('data/regions.csv');
    const assessed = new Set(csvRows('data/scores/2025.csv').map(([code]) => code));
    const kota = registered.filter((r) => r[2] === 'kota');
    expect(main).toContain('sampel');
    expect(main).toContain(`${kota.filter((r) => assessed.has(r[0])).length} dari ${kota.length} kota`);
    expect(main).toContain('Metode penilaian berubah');
    expect(whole).not.toMatch(/zona/i);
    expect(await page.title()).not.toMatch(/zona/i);
    const predicated = csvRows('data/scores/2025.csv').filter((r) => r[3] === 'tm').length;
    expect(main).toContain(`Tanpa Maladministrasi (${predicated} dari ${assessed.size} instansi)`);
    // Every result is on its kind's ranking page, with its opinion; no change columns: nothing to compare with.
    const kinds = await page.locator('.kinds a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.close();
    const opinions: string[] = [];
    for (const path of kinds) {
      const kind = await text(path);
      expect(kind.whole).not.toMatch(/zona/i);
      opinions.push(...(await kind.page.locator('table.kind-ranking tbody tr td[class^="zone-"]').allInnerTexts()));
      expect(await kind.page.locator('table.kind-ranking th', { hasText: 'Perubahan' }).count()).toBe(0);
      await kind.page.close();
    }
    expect(opinions).toHaveLength(assessed.size);
    expect(opinions.every((o) => /^Kualitas (Tertinggi|Tinggi|Sedang|Rendah|Terendah)( Tanpa Maladministrasi)?$/.test(o.trim()))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a region outside the sample says it was not assessed in 2025 and which round its figures are from', async () => {
    const { page, main } = await text('/wilayah/kabupaten-toba/');
    expect(main).toMatch(/tidak dinilai pada 2025[\s\S]*Angka di bawah berasal dari penilaian 2024/);
    await page.close();
  });
});

describe("a kind's ranking on a phone and a desktop: filters in the address, every row readable", () => {
  const PATH = '/peringkat/2024/kabupaten/';
  const visible = (page: Page) =>
    page
      .locator('table.kind-ranking tbody tr')
      .evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[1]!.textContent!.trim()));

  it('without JavaScript: every row, no filter form', async () => {
    const page = await open(noJs, PATH);
    const rows = await page.locator('table.kind-ranking tbody tr').count();
    const kabupaten = JSON.parse(readFileSync(join(output, 'data', '2024.json'), 'utf8')).results.filter(
      (r: { kind: string }) => r.kind === 'kabupaten',
    ).length;
    expect(rows).toBe(kabupaten);
    expect(await page.locator('.filter').isVisible()).toBe(false);
    await page.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`at ${viewport.width} px: filters by name, province and zone, keeps them in the address, and a reload shows the same rows`, async () => {
      problems = [];
      const context = viewport === PHONE ? phone : withJs;
      const page = await open(context, PATH);
      const all = await visible(page);
      await page.fill('#f-nama', 'bo');
      const byName = await visible(page);
      expect(byName.length).toBeGreaterThan(0);
      expect(byName.length).toBeLessThan(all.length);
      expect(byName.every((n) => /bo/i.test(n))).toBe(true);
      await page.selectOption('#f-provinsi', 'Jawa Barat');
      const both = await visible(page);
      expect(both.length).toBeGreaterThan(0);
      expect(both.every((n) => /bo/i.test(n) && n.endsWith('Jawa Barat'))).toBe(true);
      expect(new URL(page.url()).search).toBe('?nama=bo&provinsi=Jawa+Barat');
      expect(await page.locator('.filter-status').innerText()).toBe(`Menampilkan ${both.length} dari ${all.length}.`);
      await page.reload();
      expect(await page.inputValue('#f-nama')).toBe('bo');
      expect(await visible(page)).toEqual(both);

      await page.fill('#f-nama', '');
      await page.selectOption('#f-provinsi', '');
      await page.selectOption('#f-kategori', 'kuning');
      const kuning = await page.locator('table.kind-ranking tbody tr:not([hidden]) td:nth-child(4)').allInnerTexts();
      expect(kuning.length).toBeGreaterThan(0);
      expect(kuning.every((z) => z.includes('Kuning'))).toBe(true);
      expect(new URL(page.url()).search).toBe('?zona=kuning');

      // No sideways scrolling; each row's rank, name, score and zone inside the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const right = await page
        .locator('table.kind-ranking tbody tr:not([hidden])')
        .first()
        .evaluate((r) => Math.max(...[...(r as HTMLTableRowElement).cells].slice(0, 4).map((c) => c.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(viewport.width);
      const first = await page.locator('table.kind-ranking tbody tr:not([hidden])').first().innerText();
      expect(first).toMatch(/^\d+\sdari\s\d+\s+Kabupaten [\s\S]+\d+,\d\d\s+Kuning/); // 'dari\u00a0416': one line
      await screenshot(page, 'kind-ranking', `filtered-${viewport.width}`);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('keeps its header in view while the ranking scrolls', async () => {
    const page = await open(phone, PATH);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const top = await page.locator('table.kind-ranking thead').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(5);
    await page.close();
  });
});

describe('the province map', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`links every one of the 38 provinces from the home page at ${viewport.width} px, each named, without sideways scrolling`, async () => {
      problems = [];
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      watch(page);
      await page.goto(server.url + '/');
      const links = page.locator('.province-map svg a');
      expect(await links.count()).toBe(38);
      const named = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')] as const));
      expect(new Set(named.map(([href]) => href)).size).toBe(38);
      for (const [href, name] of named) {
        expect(href).toMatch(/^\/(provinsi|wilayah)\/[a-z0-9-]+\/$/);
        expect(name).toMatch(/^(\S+, )?Provinsi .+: (Opini: |Kategori: |Zona )?.+; /);
      }
      // Every tile is big enough to hit, and the page does not scroll sideways.
      const boxes = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
      expect(Math.min(...boxes)).toBeGreaterThan(viewport === PHONE ? 24 : 40);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // A tile leads to its province.
      const lampung = links.filter({ has: page.locator('title', { hasText: /Provinsi Lampung:/ }) });
      await lampung.click();
      await page.waitForURL(/\/provinsi\/lampung\/$/);
      expect(await page.locator('h1').innerText()).toContain('Lampung');
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it("marks a region's province on its page, and names it", async () => {
    const page = await open(withJs, '/wilayah/kota-metro/');
    expect(await page.locator('svg.locator').getAttribute('aria-label')).toBe('Lokasi: Provinsi Lampung, di peta provinsi Indonesia');
    await page.close();
  });
});

describe('printing', () => {
  it('prints a region page without menu or search, with its chart tables open', async () => {
    const page = await open(withJs, '/wilayah/kota-metro/');
    await drawAll(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      nav: document.querySelector('.site-header nav')!.getBoundingClientRect().height,
      search: document.querySelector('.search')!.getBoundingClientRect().height,
      // The chart's table is folded on screen once the chart is drawn; on paper it is there.
      table: document.querySelector('details.chart-data table')!.getBoundingClientRect().height,
      banner: document.querySelector('.sample-banner')?.getBoundingClientRect().height ?? -1,
    }));
    await page.close();
    expect(printed.nav).toBe(0);
    expect(printed.search).toBe(0);
    expect(printed.table).toBeGreaterThan(50);
    expect(printed.banner).toBeGreaterThan(0); // sample data says so on paper too
  });
});

describe('copy buttons', () => {
  it('copy the citation (with the date it was accessed), the embed code and the permanent link', async () => {
    problems = [];
    const context = await browser.newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    watch(page);
    await page.goto(server.url + '/wilayah/kota-metro/');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const citation = (await page.locator('#kutip-teks').innerText()).trim();
    await page.getByRole('button', { name: 'Salin kutipan' }).click();
    const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
    expect(await clipboard()).toBe(`${citation} Diakses ${today}.`);
    expect(await page.locator('#kutip-teks ~ .copy-status, .cite .copy-status').first().innerText()).toBe('Tersalin.');
    await page.getByRole('button', { name: 'Salin kode sematan' }).click();
    expect(await clipboard()).toBe(await page.locator('#kode-sematan').inputValue());
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    expect(await clipboard()).toBe('https://kepatuhan.example.id/wilayah/kota-metro/');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('stay hidden without JavaScript, the text there to select', async () => {
    const page = await noJs.newPage();
    await page.goto(server.url + '/wilayah/kota-metro/');
    expect(await page.locator('button.copy:visible').count()).toBe(0);
    expect(await page.locator('#kutip-teks').isVisible()).toBe(true);
    await page.close();
  });
});
