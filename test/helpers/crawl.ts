/** linkinator over a built site: every internal link and fragment, the site's own absolute URLs rewritten to the local server. */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';

export function htmlFiles(dir: string): string[] {
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

/** Crawl from the home page; links to other hosts are skipped (no network in CI). */
export async function crawl(site: string, siteUrl: string): Promise<{ broken: string[]; checked: Set<string> }> {
  const port = await freePort();
  const local = `http://localhost:${port}`;
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
  return {
    broken: result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (in ${l.parent})`),
    checked: new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url, local).pathname)),
  };
}
