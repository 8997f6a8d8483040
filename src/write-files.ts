import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Write one file under the output folder at its URL path. A URL ending in `/` is a page,
 * written as its `index.html`, as Eleventy writes permalinks.
 */
export function writeFileAt(outputDir: string, url: string, content: string): void {
  const path = join(outputDir, url.endsWith('/') ? `${url}index.html` : url);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Write generated files (downloads) under the output folder at their URL paths. */
export function writeFiles(outputDir: string, files: readonly { url: string; content: string }[]): void {
  for (const f of files) writeFileAt(outputDir, f.url, f.content);
}
