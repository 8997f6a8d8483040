/**
 * A preview renders the data pages, downloads and social cards when they are asked for
 * (src/render/on-request.ts): each answer is byte for byte the file a build writes, at the
 * root and under a path, and every data page of the site is answered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPages } from '../src/render/data-pages.ts';
import { onRequest } from '../src/render/on-request.ts';
import { loadSite } from '../src/site.ts';
import { builtWithSettings } from './helpers/build-fixture.ts';

/** The output file of a URL, as the build names it. */
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

describe.each([
  ['at the root', 'https://uji.example.id', '/'],
  ['under a path', 'https://uji.example.id/kepatuhan', '/kepatuhan/'],
])('a preview of site-small %s', (_, siteUrl, prefix) => {
  const built = builtWithSettings((s) => s.replace('url: https://uji.example.id', `url: ${siteUrl}`));

  it('answers every data page, download and card with the bytes the build writes, and nothing else', async () => {
    expect(built.site.ok, built.site.log.join('\n')).toBe(true);
    const view = loadSite(built.root);
    const answer = onRequest(view);
    const expected = new Set(
      [...dataPages(view)]
        .map(([, item]) => item.url)
        .concat(
          view.files.map((f) => f.url),
          view.reuse.cards.map((c) => c.url),
        ),
    );
    expect(view.reuse.cards.length).toBeGreaterThan(0);
    const answered: string[] = [];
    for (const file of built.site.files()) {
      const url = `/${file}`.replace(/\/index\.html$/, '/');
      const reply = await answer(`${prefix}${url.slice(1)}`);
      if (!reply) continue;
      answered.push(url);
      expect(reply.status).toBe(200);
      expect(Buffer.from(reply.body).equals(readFileSync(join(built.site.output, fileOf(url)))), url).toBe(true);
    }
    expect(answered.sort()).toEqual([...expected].sort());
    // Eleventy's own pages and the assets are served from disk.
    expect(await answer(prefix)).toBeUndefined();
    expect(await answer(`${prefix}assets/site.css`)).toBeUndefined();
    expect(await answer(`${prefix}wilayah/tidak-ada/`)).toBeUndefined();
  });

  it('answers a page asked for by its index.html, with its type', async () => {
    const answer = onRequest(loadSite(built.root));
    const region = built.site.files().find((f) => /^wilayah\/[^/]+\/index\.html$/.test(f))!;
    const reply = (await answer(`${prefix}${region}`))!;
    expect(reply.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect((await answer(`${prefix}data/semua.csv`))!.headers['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(await answer(`${prefix}%E0%A4%A`)).toBeUndefined(); // malformed: left to the dev server
    // A page asked for without its slash is sent to it, as a static host does.
    const folder = `${prefix}${region.replace(/\/index\.html$/, '')}`;
    expect(await answer(folder)).toEqual({ status: 301, headers: { Location: `${folder}/` }, body: '' });
  });
});
