/**
 * The lower bound: a minimal plain-Node script that writes the same files as a build
 * (same paths, same sizes) and nothing else — no data, no templates. Whatever a build
 * costs beyond this is the price of reading, computing and rendering.
 * Usage: `node bench/plain-writer.mjs <manifest.json> <out folder>`, where the
 * manifest is `[[relative path, bytes], …]` of a finished build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [manifestFile, out] = process.argv.slice(2);
if (!manifestFile || !out) throw new Error('usage: plain-writer.mjs <manifest.json> <out folder>');
/** @type {[string, number][]} */
const files = JSON.parse(readFileSync(manifestFile, 'utf8'));

// Page-like filler, so each file is a fresh string of the right length, as a renderer would produce.
const CHUNK = '<tr><td class="num">1</td><th scope="row"><a href="/wilayah/x/">Nama</a></th></tr>\n';
const largest = files.reduce((max, [, n]) => Math.max(max, n), 1);
const filler = CHUNK.repeat(Math.ceil(largest / CHUNK.length));
const made = new Set();
for (const [path, bytes] of files) {
  const file = join(out, path);
  const dir = dirname(file);
  if (!made.has(dir)) mkdirSync(dir, { recursive: true });
  made.add(dir);
  writeFileSync(file, filler.slice(0, bytes));
}
