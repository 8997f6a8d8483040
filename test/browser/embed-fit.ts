/**
 * Embeds in frames of the size their code asks for, measured in headless Chromium (whose system-ui
 * font here is DejaVu Sans, the widest common one, which src/view/text-lines.ts counts with): for
 * test/browser/embed-fit.test.ts (a spread of them) and test/site/embed-fit.test.ts (every one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tags } from '../helpers/html.ts';

export const WIDTHS = [300, 360, 1280] as const;
const HARNESS = '/__embed-fit__.html';
/** Frames loaded at once. */
const BATCH = 100;

export interface Embed {
  path: string;
  width: number;
  height: number;
  name: string;
  /** The words of its score's badge: "Zona Hijau · B · Kualitas Tinggi", "Opini: Kualitas Tinggi". */
  badge: string;
  /** Its latest round gives an opinion (2025) rather than a zone. */
  opinion: boolean;
}

export interface Fit {
  path: string;
  frame: number;
  /** The document's scroll size in the frame. */
  scrollHeight: number;
  scrollWidth: number;
  /** How tall the content is when not stretched to the frame. */
  content: number;
  source: { top: number; bottom: number; right: number; visible: boolean };
  /** Elements whose content is wider than their box (cut or overflowing text). */
  cut: string[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every embed offered on a region page of the built site, with the frame its code asks for. */
export function embedsOf(site: string): Embed[] {
  const out: Embed[] = [];
  for (const slug of readdirSync(join(site, 'wilayah'))) {
    let html: string;
    try {
      html = readFileSync(join(site, 'wilayah', slug, 'index.html'), 'utf8');
    } catch {
      continue; // not a folder with a page
    }
    const area = tags(html).find((t) => t.name === 'textarea' && t.attrs.id === 'kode-sematan');
    if (!area) continue;
    const code = tags(decode(area.text!)).find((t) => t.name === 'iframe')!;
    const path = new URL(decode(code.attrs.src!)).pathname;
    const embed = readFileSync(join(site, path, 'index.html'), 'utf8');
    out.push({
      path,
      width: Number(code.attrs.width),
      height: Number(code.attrs.height),
      name: decode(/<h1><a [^>]*>([^<]*)<\/a><\/h1>/.exec(embed)![1]!),
      badge: decode(/<p class="placement">(.*?)<\/p>/.exec(embed)![1]!.replace(/<[^>]*>/g, '')),
      opinion: embed.includes('>Opini: '),
    });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The embed pages of the built site (redirects from former slugs left out). */
export function embedPages(site: string): string[] {
  return readdirSync(join(site, 'embed'))
    .filter((slug) => !readFileSync(join(site, 'embed', slug, 'index.html'), 'utf8').includes('http-equiv="refresh"'))
    .map((slug) => `/embed/${slug}/`)
    .sort((a, b) => a.localeCompare(b));
}

/** A page of the site's origin, so that the frames' documents can be read, with room for frames `width` px wide. */
export async function harness(browser: Browser, serverUrl: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: width + 20, height: 900 } });
  await page.route(serverUrl + HARNESS, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body style="margin:0"><div id="frames"></div></body></html>' }),
  );
  await page.goto(serverUrl + HARNESS);
  return page;
}

/** Loads the embeds into frames `width` px wide, each as tall as its code says, and measures each; the frames stay for screenshots. */
export async function measure(page: Page, width: number, embeds: readonly Embed[]): Promise<Fit[]> {
  const fits: Fit[] = [];
  for (let i = 0; i < embeds.length; i += BATCH) fits.push(...(await measureBatch(page, width, embeds.slice(i, i + BATCH))));
  return fits;
}

function measureBatch(page: Page, width: number, batch: readonly Embed[]): Promise<Fit[]> {
  return page.evaluate(
    async ({ width, batch }) => {
      const box = document.getElementById('frames')!;
      box.replaceChildren();
      const frames = batch.map((e) => {
        const f = document.createElement('iframe');
        f.width = String(width);
        f.height = String(e.height);
        f.title = e.name;
        f.style.cssText = 'display:block;border:0';
        return f;
      });
      await Promise.all(
        frames.map((f, i) => {
          const loaded = new Promise((done) => f.addEventListener('load', done, { once: true }));
          f.src = batch[i]!.path;
          box.append(f);
          return loaded;
        }),
      );
      return frames.map((f, i) => {
        const d = f.contentDocument!;
        const win = f.contentWindow!;
        const main = d.querySelector<HTMLElement>('main.embed')!;
        const s = d.querySelector('.source')!.getBoundingClientRect();
        const cut = [...main.querySelectorAll<HTMLElement>('h1, p, a, span:not(.visually-hidden)')]
          .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth} px`);
        const fit = {
          path: batch[i]!.path,
          frame: batch[i]!.height,
          scrollHeight: d.documentElement.scrollHeight,
          scrollWidth: d.documentElement.scrollWidth,
          content: 0,
          source: {
            top: s.top,
            bottom: s.bottom,
            right: s.right,
            visible: s.height > 0 && s.top >= 0 && s.bottom <= win.innerHeight && s.right <= win.innerWidth,
          },
          cut,
        };
        // The content's own height, without the stretch to the frame (CSSOM, which the page's CSP allows).
        main.style.minHeight = '0';
        fit.content = main.getBoundingClientRect().height;
        main.style.minHeight = '';
        return fit;
      });
    },
    { width, batch },
  );
}

/** What does not fit, one line each. */
export function problems(fits: readonly Fit[], width: number): string[] {
  return fits.flatMap((f) => [
    ...(f.scrollHeight > f.frame ? [`${f.path}: ${f.scrollHeight} px tall in a frame of ${f.frame}`] : []),
    ...(f.scrollWidth > width ? [`${f.path}: ${f.scrollWidth} px wide in a frame of ${width}`] : []),
    ...(f.source.visible ? [] : [`${f.path}: source line at ${f.source.top}–${f.source.bottom} px, right edge ${f.source.right}`]),
    ...f.cut.map((c) => `${f.path}: ${c}`),
  ]);
}

/** "300 px: 604 embeds, content 232–308 px in frames of 286–344; closest: /embed/x/ 286 of 304 px" */
export function summary(fits: readonly Fit[], width: number): string {
  const closest = fits.reduce((a, b) => (b.frame - b.content < a.frame - a.content ? b : a));
  const range = (ns: number[]) => `${Math.min(...ns)}–${Math.max(...ns)}`;
  return (
    `${width} px: ${fits.length} embeds, content ${range(fits.map((f) => f.content))} px in frames of ${range(fits.map((f) => f.frame))}; ` +
    `closest to its frame: ${closest.path} ${closest.content} of ${closest.frame} px`
  );
}
