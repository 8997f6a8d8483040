/**
 * Page weight budget, on the built sample site:
 * - every region page's HTML is under 30 KB, every ranking page's under 120 KB (the real 2024
 *   round's size: a phone on a slow connection), and every result is on one of its round's;
 * - no page loads more than 100 KB of gzipped JavaScript (its scripts and what they import);
 * - no page requests another host (scripts, styles, images, frames, media; CSS url()s), and
 *   every page's Content-Security-Policy keeps it that way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from './helpers/sample-site.ts';
import { loadSite } from '../src/site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REGION_PAGE_BYTES = 30_000;
const RANKING_PAGE_BYTES = 120_000;
const GZIPPED_JS_BYTES = 100_000;

/** Elements whose URL attributes make the browser fetch something while loading the page. */
const FETCHING = /<(script|link|img|iframe|source|video|audio|track|embed|object|input)\b([^>]*)>/gi;
const URL_ATTRIBUTES = ['src', 'href', 'srcset', 'data', 'poster'];
/** `<link>` relations that only describe the page; nothing is fetched for them. */
const DESCRIPTIVE_RELS = new Set(['canonical', 'alternate', 'author', 'help', 'license', 'next', 'prev', 'search', 'bookmark', 'me']);

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    found.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&'));
  }
  return found;
}

/** Every URL a page makes the browser request as it loads. */
function requestedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, tag, attrText] of html.matchAll(FETCHING)) {
    const attrs = attributes(attrText!);
    if (tag!.toLowerCase() === 'link') {
      const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      if (rels.length > 0 && rels.every((r) => DESCRIPTIVE_RELS.has(r))) continue;
    }
    for (const name of URL_ATTRIBUTES) {
      const value = attrs.get(name);
      if (value === undefined) continue;
      if (name === 'srcset')
        urls.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      else urls.push(value);
    }
  }
  return urls;
}

/** Another host: an absolute or protocol-relative URL; data: and relative URLs stay on the page's own host. */
function isOtherHost(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) || (/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !/^data:/i.test(url.trim()));
}

/** Scripts a page references with `<script src>`. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => attributes(m[1]!).get('src')).filter((s): s is string => !!s);
}

/** Relative specifiers a module imports, statically or with a literal dynamic import(). */
function importedSpecifiers(js: string): string[] {
  const found = [
    ...js.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...js.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return found.filter((s) => s.startsWith('.') || s.startsWith('/'));
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/'));
}

describe('budget helpers', () => {
  it('finds fetched URLs, skipping descriptive links and plain anchors', () => {
    const html = `<link rel="canonical" href="https://a.example/x"><link rel="stylesheet" href="/s.css"><a href="https://b.example/">b</a>
<img src="/i.png" srcset="/i2.png 2x, https://c.example/i3.png 3x"><script src='//cdn.example/x.js'></script><iframe src=https://d.example/></iframe>`;
    expect(requestedUrls(html)).toEqual(['/s.css', '/i.png', '/i2.png', 'https://c.example/i3.png', '//cdn.example/x.js', 'https://d.example/']);
  });

  it('tells other hosts from the own host', () => {
    expect(['https://x.example/a.js', '//x.example/a.js', 'http://x', 'javascript:alert(1)'].map(isOtherHost)).toEqual([true, true, true, true]);
    expect(['/assets/a.js', 'assets/a.js', '../a.js', 'data:image/png;base64,AA', '#top'].map(isOtherHost)).toEqual([false, false, false, false, false]);
  });

  it('follows static and literal dynamic imports only when relative', () => {
    const js = `import a from "./a.js";import {b as c} from '../b.js';import "./side.js";export * from "./d.js";import x from "chart.js";const m = import("./lazy.js");`;
    expect(importedSpecifiers(js).sort()).toEqual(['../b.js', './a.js', './d.js', './lazy.js', './side.js']);
  });
});

describe('page weight budget (sample site)', () => {
  let out = '';
  let pages: string[] = [];
  const view = loadSite(ROOT);
  const prefix = view.site.pathPrefix;

  beforeAll(() => {
    out = sampleSite();
    pages = htmlFiles(out);
  });

  /** A site URL (absolute path, or relative to the page at `from`) as a file in the output. */
  const fileOf = (url: string, from: string) => {
    const path = url.split(/[?#]/)[0]!;
    const absolute = path.startsWith('/') ? path : posix.join(posix.dirname(`/${from}`), path);
    const local = absolute.startsWith(prefix) ? absolute.slice(prefix.length - 1) : absolute;
    return join(out, local.endsWith('/') ? `${local}index.html` : local);
  };

  it('builds every region page', () => {
    expect(view.regionPages.length).toBeGreaterThan(500);
    for (const p of view.regionPages) expect(existsSync(fileOf(p.url, '')), p.url).toBe(true);
  });

  it(`keeps every region page's HTML under ${REGION_PAGE_BYTES / 1000} KB`, () => {
    const tooBig = view.regionPages.map((p) => ({ url: p.url, bytes: readFileSync(fileOf(p.url, '')).length })).filter((p) => p.bytes >= REGION_PAGE_BYTES);
    expect(tooBig).toEqual([]);
  });

  it(`keeps every ranking page's HTML under ${RANKING_PAGE_BYTES / 1000} KB, and every result of a round on one of its kind pages`, () => {
    for (const round of view.roundPages) {
      const pagesOfRound = [round.url, ...round.sections.map((s) => s.url)];
      for (const url of pagesOfRound) expect(readFileSync(fileOf(url, '')).length, url).toBeLessThan(RANKING_PAGE_BYTES);
      const linked = round.sections.flatMap((s) =>
        [...readFileSync(fileOf(s.url, ''), 'utf8').matchAll(/<tr><td>[^<]*<\/td><th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]),
      );
      const results = JSON.parse(readFileSync(fileOf(`/data/${round.year}.json`, ''), 'utf8')).results as { slug: string }[];
      expect(linked.sort()).toEqual(results.map((r) => `${prefix}wilayah/${r.slug}/`).sort());
    }
  });

  it(`loads at most ${GZIPPED_JS_BYTES / 1000} KB of gzipped JavaScript on any page`, () => {
    const gzipped = new Map<string, number>();
    const sizeOf = (file: string): number => {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
      return gzipped.get(file)!;
    };
    const heavy: { page: string; bytes: number }[] = [];
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      const seen = new Set<string>();
      const queue = scriptSources(html).map((src) => {
        expect(isOtherHost(src), `${page}: ${src}`).toBe(false);
        return fileOf(src, page);
      });
      while (queue.length > 0) {
        const file = queue.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        expect(existsSync(file), `${page} loads a missing script ${file}`).toBe(true);
        const relative = file.slice(out.length + 1);
        queue.push(...importedSpecifiers(readFileSync(file, 'utf8')).map((s) => fileOf(s, relative)));
      }
      const bytes = [...seen].reduce((sum, f) => sum + sizeOf(f), 0);
      if (bytes > GZIPPED_JS_BYTES) heavy.push({ page, bytes });
    }
    expect(heavy).toEqual([]);
  });

  it('requests nothing from another host', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      for (const url of requestedUrls(html).filter(isOtherHost)) offenders.push(`${page}: ${url}`);
    }
    const css = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.css'));
    for (const file of css) {
      const text = readFileSync(join(out, file), 'utf8');
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) {
        const url = m[1] ?? m[2]!;
        if (isOtherHost(url)) offenders.push(`${file}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("gives every page a Content-Security-Policy that allows only the site's own host", () => {
    const missing: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
      const policy = meta?.[1] ?? '';
      const sources = policy.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
      const ok = /(^|;)\s*default-src 'self'/.test(policy) && sources.every((s) => /^'[a-z-]+'$/.test(s) || s === 'data:');
      if (!ok) missing.push(`${page}: ${policy || 'no CSP'}`);
    }
    expect(missing).toEqual([]);
  });
});
