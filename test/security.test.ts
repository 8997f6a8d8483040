/**
 * Hostile text in every field staff control (test/fixtures/site-xss): names, band labels and
 * grades, dimension labels, titles, descriptions and narratives hold `<script>`, an attribute
 * breakout, template syntax (Nunjucks' {{ 7*7 }} and {% raw %}, JavaScript's ${…}) and raw HTML. It must all reach readers as
 * text, and every page must keep to the Content-Security-Policy.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';
import { tags } from './helpers/html.ts';

const SITE_URL = 'https://uji.example.id';
const SCRIPT = '<script>alert(1)</script>';
const SCRIPT_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';

let site: BuiltFixture;
let pages: string[];
beforeAll(async () => {
  site = await buildFixture(fixturePath('site-xss'));
  pages = site.files().filter((f) => f.endsWith('.html'));
});
afterAll(() => site?.cleanup());

const page = (slug: string) => site.read(`wilayah/${slug}/index.html`);

describe('hostile text is shown as text', () => {
  it('builds, and has pages to check', () => {
    expect(site.ok).toBe(true);
    expect(pages.length).toBeGreaterThan(10);
  });

  it('region names are escaped in headings, titles and meta tags, once', () => {
    const html = page('kabupaten-script-alert-1-script');
    expect(html).toContain(`<h1>Kabupaten ${SCRIPT_ESCAPED}</h1>`);
    expect(html).toContain(`<title>Kabupaten ${SCRIPT_ESCAPED} &mdash; `);
    expect(html).toContain(`<meta name="description" content="Kabupaten ${SCRIPT_ESCAPED}:`);
    const breakout = page('kabupaten-img-src-x-onerror-alert-1');
    expect(breakout).toContain('<h1>Kabupaten &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(breakout).toContain('<title>Kabupaten &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &mdash; ');
    expect(page('lembaga-svg-onload-alert-1')).toContain('<h1>&#39;&gt;&lt;svg onload=alert(1)&gt;</h1>');
  });

  it('escapes text only once in titles and meta tags (no &amp;lt;)', () => {
    for (const file of pages) {
      for (const tag of tags(site.read(file)).filter((t) => t.name === 'meta' || t.name === 'title')) {
        expect(`${tag.attrs.content ?? ''}`, file).not.toMatch(/&amp;(lt|gt|quot|#39|amp);/);
      }
      expect(site.read(file).match(/<title>[^<]*<\/title>/)?.[0] ?? '', file).not.toMatch(/&amp;(lt|gt|quot|#39|amp);/);
    }
  });

  it('template syntax in data is never evaluated', () => {
    expect(page('kota-7-7')).toContain('<h1>Kota {{ 7*7 }}</h1>');
    expect(page('kota-raw')).toContain('<h1>Kota {% raw %}</h1>');
    expect(page('kota-a-repeat-9')).toContain('<h1>Kota ${&quot;a&quot;.repeat(9)}</h1>');
    for (const file of pages) expect(site.read(file), file).not.toContain('49');
    for (const file of pages) expect(site.read(file), file).not.toContain('aaaaaaaaa');
  });

  it('band labels, grades and dimension labels are escaped', () => {
    const round = site.read('peringkat/2022/index.html');
    expect(round).toContain(SCRIPT_ESCAPED);
    expect(round).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(round).toContain('&lt;b&gt;A&lt;/b&gt;');
    expect(round).toContain('{{ 7*7 }}');
    expect(round).toContain('{% raw %}');
    expect(page('kota-7-7')).toContain(`${SCRIPT_ESCAPED} {{ 7*7 }}`); // the dimension's label
  });

  it('markdown raw HTML is shown as text, never rendered', () => {
    const html = page('kabupaten-script-alert-1-script');
    // (linkify may still turn the bare address inside into an ordinary link)
    expect(html).toContain('&lt;iframe src=&quot;');
    expect(html).toContain('onclick=&quot;alert(1)&quot;&gt;a mentah&lt;/a&gt;');
    expect(html).not.toMatch(/<iframe|<a [^>]*onclick/);
    // A javascript: link stays text.
    expect(html).toContain('[tautan berbahaya](javascript:alert(1))');
    expect(tags(html).filter((t) => /^\s*javascript:/i.test(t.attrs.href ?? ''))).toEqual([]);
    const round = site.read('peringkat/2022/index.html');
    expect(round).toContain('&lt;div style=&quot;color:red&quot; onclick=&quot;alert(1)&quot;&gt;div mentah&lt;/div&gt;');
    expect(site.read('tentang/index.html')).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
  });

  it('feed.xml and sitemap.xml carry the text escaped', () => {
    const feed = site.read('feed.xml');
    expect(feed).not.toContain(SCRIPT);
    expect(feed).toContain(`Putaran ${SCRIPT_ESCAPED} {{ 7*7 }}`);
    expect(site.read('sitemap.xml')).not.toMatch(/<(script|img|svg)\b/);
  });
});

describe('every HTML page keeps to the Content-Security-Policy', () => {
  it('has the CSP meta tag, with no unsafe-inline or unsafe-eval', () => {
    for (const file of pages) {
      const csp = tags(site.read(file)).find((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(csp, file).toBeDefined();
      expect(csp!.attrs.content, file).toMatch(/default-src 'self'/);
      expect(csp!.attrs.content, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('has no inline script (only JSON data blocks that cannot close their element), no inline style, no on* attribute', () => {
    for (const file of pages) {
      for (const tag of tags(site.read(file))) {
        const where = `${file}: <${tag.name}>`;
        expect(
          Object.keys(tag.attrs).filter((a) => a.startsWith('on')),
          where,
        ).toEqual([]);
        expect(tag.attrs, where).not.toHaveProperty('style');
        expect(tag.name, where).not.toBe('style');
        expect(['iframe', 'object', 'embed', 'base'], where).not.toContain(tag.name);
        if (tag.name === 'script' && tag.attrs.src === undefined) {
          expect(tag.attrs.type, `${where} without src`).toBe('application/json');
          expect(tag.text, `${where} data`).not.toContain('<');
        }
      }
    }
  });

  it('loads stylesheets, scripts and images from this site only', () => {
    const local = (url: string) =>
      (url.startsWith('/') && !url.startsWith('//')) || url.startsWith(`${SITE_URL}/`) || url.startsWith('data:') || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
    for (const file of pages) {
      for (const tag of tags(site.read(file))) {
        const urls: string[] = [];
        if (tag.name === 'script' && tag.attrs.src !== undefined) urls.push(tag.attrs.src);
        if (tag.name === 'link' && /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/.test(tag.attrs.rel ?? ''))
          urls.push(tag.attrs.href ?? '');
        if (['img', 'source', 'video', 'audio', 'track', 'input'].includes(tag.name)) {
          if (tag.attrs.src !== undefined) urls.push(tag.attrs.src);
          if (tag.attrs.srcset !== undefined) urls.push(...tag.attrs.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
        }
        for (const url of urls) expect(local(url), `${file}: <${tag.name}> ${url}`).toBe(true);
      }
    }
  });

  it('links only to http(s), relative or mailto addresses', () => {
    for (const file of pages) {
      for (const tag of tags(site.read(file)).filter((t) => t.attrs.href !== undefined)) {
        expect(tag.attrs.href, file).toMatch(/^(https?:\/\/|\/|#|mailto:|[a-z0-9.-]+(\/|$)|\?)/i);
      }
    }
  });
});

describe('---js front matter', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

  it('cannot execute code during a build: the side effect never happens and the build fails', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepatuhan-js-'));
    temps.push(root);
    cpSync(fixturePath('site-small'), root, { recursive: true });
    const marker = join(root, 'front-matter-js-ran');
    const evil = `---js\n{ code: (require("fs").writeFileSync(${JSON.stringify(marker)}, "ya"), "32.01"), title: "x" }\n---\n\nIsi.\n`;
    writeFileSync(join(root, 'content/regions/jahat.md'), evil);
    for (const page of ['content/pages/jahat.md', 'content/rounds/2022.md']) {
      writeFileSync(join(root, page), evil);
    }
    appendFileSync(join(root, 'content/site.md'), ''); // site.md stays valid YAML
    const built = await buildFixture(root);
    temps.push(built.output);
    expect(built.ok).toBe(false);
    expect(existsSync(marker)).toBe(false);
    const refused =
      'front matter "---js" tidak diizinkan; diharapkan front matter YAML yang diawali baris --- saja (bahasa lain, seperti ---js, dapat menjalankan kode)';
    expect(built.log.slice(0, 3)).toEqual([
      `content/pages/jahat.md:1: ${refused}`,
      `content/regions/jahat.md:1: ${refused}`,
      `content/rounds/2022.md:1: ${refused}`,
    ]);
    built.cleanup();
  });
});
