/**
 * What a benchmarked build must have produced, so that a fast but wrong build cannot pass:
 * every round's `data/YYYY.json` with as many results as the input has scores, a page for
 * every region, one region's page showing its latest score (Indonesian decimals) and rank,
 * and as many HTML pages as the first build of the same input (bench/run.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expectation {
  /** Results per round: the number of score rows in each year's input. */
  resultsPerYear: Record<string, number>;
  /** Each region's page, relative to the site (`wilayah/<slug>/index.html`). */
  regionPages: string[];
  /** One region's page and what it must say of its latest round; null when the input does not say (the shipped sample). */
  region: { page: string; score: string; rank: number; rankOf: number } | null;
}

/** HTML files under a built site. */
export function countPages(site: string): number {
  return (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}

/** Every way the built site falls short of what its input implies; empty when it does not. */
export function validateSite(site: string, expected: Expectation, pages: number | null = null): string[] {
  const problems: string[] = [];
  for (const [year, count] of Object.entries(expected.resultsPerYear)) {
    const file = join(site, 'data', `${year}.json`);
    if (!existsSync(file)) {
      problems.push(`data/${year}.json is missing`);
      continue;
    }
    let results: unknown;
    try {
      results = (JSON.parse(readFileSync(file, 'utf8')) as { results?: unknown }).results;
    } catch (e) {
      problems.push(`data/${year}.json is not JSON: ${(e as Error).message}`);
      continue;
    }
    const got = Array.isArray(results) ? results.length : 'no';
    if (got !== count) problems.push(`data/${year}.json has ${got} results, the input ${count}`);
  }
  const missing = expected.regionPages.filter((p) => !existsSync(join(site, p)));
  if (missing.length > 0) problems.push(`${missing.length} of ${expected.regionPages.length} region pages are missing, e.g. ${missing[0]}`);
  if (expected.region) {
    const { page, score, rank, rankOf } = expected.region;
    const html = existsSync(join(site, page)) ? readFileSync(join(site, page), 'utf8') : '';
    for (const text of [`nilai ${score}`, `peringkat ${rank} dari ${rankOf}`]) if (!html.includes(text)) problems.push(`${page} does not say "${text}"`);
  }
  if (pages !== null) {
    const got = countPages(site);
    if (got !== pages) problems.push(`${got} HTML pages, the first build of the same input ${pages}`);
  }
  return problems;
}
