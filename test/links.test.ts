/**
 * The whole built sample site: no internal link is broken (linkinator, crawling from the home
 * page with the output as server root, fragments included), and html-validate reports no
 * error on any page (rules: .htmlvalidate.json, reasons in docs/testing.md).
 *
 * Absolute links to the site's own address (citations, canonical links) are rewritten to the
 * local server, so they are checked too; links to other hosts are skipped (no network in CI).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { check, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/build.ts';
import { loadSite } from '../src/site.ts';
import { validateHtmlFiles } from './helpers/validate-html.ts';

const ROOT = resolve(import.meta.dirname, '..');
let temp: string;
let site: string;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'kepatuhan-links-'));
  site = join(temp, 'site');
  const log: string[] = [];
  expect(await buildSite({ root: ROOT, output: site, log: (l) => log.push(l) }), log.join('\n')).toBe(true);
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the built sample site', () => {
  it('has no broken internal link or fragment', { timeout: 600_000 }, async () => {
    const port = await freePort();
    const local = `http://localhost:${port}`;
    const siteUrl = loadSite(ROOT).site.url;
    const result = await check({
      path: '/',
      serverRoot: site,
      port,
      recurse: true,
      checkFragments: true,
      // A loaded machine can leave the local server slow to accept: retry rather than report a false break.
      concurrency: 10,
      timeout: 60_000,
      retryErrors: true,
      retryErrorsCount: 4,
      retryErrorsJitter: 1000,
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteUrl)}`), replacement: local }],
      linksToSkip: async (link) => !link.startsWith(local),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (in ${l.parent})`);
    expect(broken).toEqual([]);
    // The crawl reached the pages this feature publishes, not only the home page.
    const checked = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url, local).pathname));
    for (const path of ['/wilayah/kabupaten-bogor/2019/', '/wilayah/kabupaten-bogor/riwayat.csv', '/embed/kota-bogor/', '/data/semua.json', '/data/README.md', '/wilayah/']) {
      expect(checked, path).toContain(path);
    }
  });

  it('passes html-validate on every page', { timeout: 600_000 }, async () => {
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(4000); // every page, not a sample: per-round pages included
    const problems = await validateHtmlFiles(files);
    expect(problems.map((p) => `${relative(site, p.file)}:${p.line}: ${p.rule}: ${p.message}`)).toEqual([]);
  });
});
