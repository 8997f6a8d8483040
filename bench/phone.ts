/**
 * `npm run bench:phone [-- --site <built folder> --loads 3]`
 *
 * What a reader on a phone feels (issue 21): each page kind of the sample site loaded in
 * headless Chromium at 390×844 (mobile, device scale 3) with the CPU slowed 4× (as Lighthouse's
 * mobile run does), each load in a fresh context (empty cache), and reported as
 * - Total Blocking Time: the sum, over long tasks after First Contentful Paint up to the end of
 *   the load and a quiet spell, of each task's time beyond 50 ms;
 * - Cumulative Layout Shift: the largest session window (shifts less than 1 s apart, 5 s at most)
 *   of layout shifts without recent input, with the elements that moved most;
 * the lowest of the loads, as a table on stdout and in bench/results/. Exits non-zero when a
 * page exceeds the targets (TBT 200 ms, CLS 0.01). Without --site it builds the sample.
 *
 * Network is not throttled: the pages and their scripts come from a local server, so what is
 * measured is the main thread, which is what the targets are about.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildSite } from '../src/build.ts';
import { serveStatic } from '../test/browser/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results');
const TARGETS = { tbtMs: 200, cls: 0.01 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
/** The load has settled when no long task has ended for this long (throttled time), or after SETTLE_MAX_MS. */
const QUIET_MS = 2_000;
const SETTLE_MAX_MS = 15_000;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/**
 * Runs in the page before its own scripts: records FCP, long tasks and layout shifts in
 * `window.__phone`. Plain JavaScript in a string: tsx would wrap a TypeScript function in
 * helpers that do not exist in the page.
 */
const OBSERVE = `(() => {
  const record = { fcp: 0, tasks: [], shifts: [] };
  window.__phone = record;
  const describe = (node) => {
    if (!node || !(node instanceof Element)) return node ? node.nodeName.toLowerCase() : '?';
    const cls = [...node.classList].slice(0, 2).join('.');
    return node.localName + (node.id ? '#' + node.id : '') + (cls ? '.' + cls : '');
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') record.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) record.shifts.push({ at: e.startTime, value: e.value, nodes: (e.sources || []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

interface Recorded {
  fcp: number;
  tasks: [number, number][];
  shifts: { at: number; value: number; nodes: string[] }[];
}

interface Load {
  tbtMs: number;
  cls: number;
  fcpMs: number;
  longTasks: number;
  /** CDP Performance metrics at the end: main-thread script and layout time, ms. */
  scriptMs: number;
  layoutMs: number;
  shifted: string[];
}

/** The largest session window of shifts: gaps under 1 s, at most 5 s long. */
function sessionCls(shifts: readonly { at: number; value: number }[]): number {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.at - b.at)) {
    if (s.at - last > 1_000 || s.at - start > 5_000) {
      sum = 0;
      start = s.at;
    }
    sum += s.value;
    last = s.at;
    best = Math.max(best, sum);
  }
  return best;
}

/** Blocking time after FCP: a task that straddles FCP counts only its part after it. */
function totalBlocking(tasks: readonly [number, number][], fcp: number): number {
  let total = 0;
  for (const [start, duration] of tasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    const counted = end - Math.max(start, fcp);
    if (start >= fcp) total += Math.max(0, duration - 50);
    else total += Math.max(0, counted - Math.max(0, 50 - (fcp - start)));
  }
  return total;
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext(PHONE);
  await context.addInitScript({ content: OBSERVE });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const started = Date.now();
  let lastCount = -1;
  let quietSince = Date.now();
  while (Date.now() - started < SETTLE_MAX_MS) {
    const count = await page.evaluate(() => (window as unknown as { __phone: Recorded }).__phone.tasks.length);
    if (count !== lastCount) {
      lastCount = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) break;
    await page.waitForTimeout(250);
  }
  const record = await page.evaluate(() => (window as unknown as { __phone: Recorded }).__phone);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  await context.close();
  if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
  const shifted = [...record.shifts]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((s) => `${s.value.toFixed(4)} ${[...new Set(s.nodes)].join(' ')}`);
  return {
    tbtMs: totalBlocking(record.tasks, record.fcp),
    cls: sessionCls(record.shifts),
    fcpMs: record.fcp,
    longTasks: record.tasks.length,
    scriptMs: metric('ScriptDuration'),
    layoutMs: metric('LayoutDuration') + metric('RecalcStyleDuration'),
    shifted,
  };
}

/** The ranking pages of the latest full round: /peringkat/2024/ and whatever pages of it it links to. */
async function rankingPages(browser: Browser, base: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${base}/peringkat/2024/`);
  const links = await page.$$eval('main a[href^="/peringkat/2024/"]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.close();
  return ['/peringkat/2024/', ...new Set(links.filter((l) => /^\/peringkat\/2024\/[^/#]+\/$/.test(l)))];
}

const ms = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<number> {
  const loads = Number(option('loads', '3'));
  let site = option('site', '');
  let temp: string | null = null;
  if (!site) {
    temp = mkdtempSync(join(tmpdir(), 'kepatuhan-phone-'));
    site = join(temp, 'site');
    console.error('Membangun situs contoh…');
    if (!(await buildSite({ root: ROOT, output: site, log: () => undefined }))) throw new Error('the sample site did not build');
  }
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const pages = [
      { kind: 'home', path: '/' },
      ...(await rankingPages(browser, server.url)).map((path) => ({ kind: 'ranking', path })),
      // Assessed in every round 2018–2024: the longest history chart.
      { kind: 'region', path: '/wilayah/kabupaten-bogor/' },
      { kind: 'province', path: '/provinsi/jawa-barat/' },
      { kind: 'provinces', path: '/provinsi/' },
    ];
    const rows: { kind: string; path: string; best: Load; all: Load[] }[] = [];
    for (const { kind, path } of pages) {
      const all: Load[] = [];
      for (let i = 0; i < loads; i++) all.push(await loadOnce(browser, server.url + path));
      const best: Load = {
        ...all.reduce((a, b) => (b.tbtMs < a.tbtMs ? b : a)),
        cls: Math.min(...all.map((l) => l.cls)),
      };
      rows.push({ kind, path, best, all });
      console.error(`${path}: TBT ${all.map((l) => ms(l.tbtMs)).join(', ')} ms; CLS ${all.map((l) => l.cls.toFixed(3)).join(', ')}`);
    }
    const over = rows.filter((r) => r.best.tbtMs > TARGETS.tbtMs || r.best.cls > TARGETS.cls);
    const table = [
      `Phones: 390×844, device scale 3, CPU 4× slower, lowest of ${loads} loads (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; ${new Date().toISOString()})`,
      '',
      '| page | TBT ms (each load) | CLS (each load) | FCP ms | long tasks | script ms | style+layout ms | largest shifts |',
      '|---|--:|--:|--:|--:|--:|--:|---|',
      ...rows.map(
        ({ path, best, all }) =>
          `| \`${path}\` | **${ms(best.tbtMs)}** (${all.map((l) => ms(l.tbtMs)).join(', ')}) | **${best.cls.toFixed(3)}** (${all.map((l) => l.cls.toFixed(3)).join(', ')}) | ${ms(best.fcpMs)} | ${best.longTasks} | ${ms(best.scriptMs)} | ${ms(best.layoutMs)} | ${best.shifted.join('; ') || '–'} |`,
      ),
      '',
      over.length === 0
        ? `Every page within the targets (TBT ≤ ${TARGETS.tbtMs} ms, CLS ≤ ${TARGETS.cls}).`
        : `Over the targets (TBT ≤ ${TARGETS.tbtMs} ms, CLS ≤ ${TARGETS.cls}): ${over.map((r) => r.path).join(', ')}.`,
    ].join('\n');
    console.log(table);
    mkdirSync(RESULTS, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    writeFileSync(join(RESULTS, `phone-${stamp}.md`), `${table}\n`);
    writeFileSync(join(RESULTS, `phone-${stamp}.json`), `${JSON.stringify(rows, null, 2)}\n`);
    return over.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

process.exitCode = await main();
