/**
 * Golden output trees (after observablehq/framework's test/output): a built site as files to
 * compare with a checked-in expected tree. Text files are kept whole; cards as their hash; the
 * files that come from dependencies (the chart bundles, Pagefind's UI and index) by name only,
 * so upgrading a tool does not rewrite the expected site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TEXT = /\.(html|json|csv|xml|md|css|txt|svg)$/;
/** Produced by tools, not by this project: listed, never compared byte for byte. */
const BY_NAME = [/^assets\/js\//, /^pagefind\//];
/** Holds what is not kept whole: `sha256 path` per card, `path` per tool file. */
export const MANIFEST = '_files.txt';

export type Snapshot = Map<string, string>;

function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** A built site as the expected tree holds it: path → content, plus the manifest. */
export function snapshotOf(site: string): Snapshot {
  const out: Snapshot = new Map();
  const manifest: string[] = [];
  for (const path of filesOf(site)) {
    if (BY_NAME.some((p) => p.test(path))) manifest.push(path);
    else if (TEXT.test(path)) out.set(path, readFileSync(join(site, path), 'utf8'));
    else
      manifest.push(
        `${createHash('sha256')
          .update(readFileSync(join(site, path)))
          .digest('hex')}  ${path}`,
      );
  }
  out.set(MANIFEST, `${manifest.join('\n')}\n`);
  return out;
}

export function readTree(dir: string): Snapshot {
  return new Map(filesOf(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

export function writeTree(dir: string, snapshot: Snapshot): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of snapshot) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** What differs, in words: files added, removed, and the first differing lines of each changed file. */
export function describeDifferences(expected: Snapshot, actual: Snapshot, shown = 5): string[] {
  const lines: string[] = [];
  for (const path of expected.keys()) if (!actual.has(path)) lines.push(`- ${path} (hilang)`);
  for (const path of actual.keys()) if (!expected.has(path)) lines.push(`+ ${path} (baru)`);
  let detailed = 0;
  for (const [path, text] of actual) {
    const before = expected.get(path);
    if (before === undefined || before === text) continue;
    lines.push(`~ ${path}`);
    if (detailed++ >= shown) continue;
    const [a, b] = [before.split('\n'), text.split('\n')];
    const at = a.findIndex((line, i) => line !== b[i]);
    const from = at === -1 ? Math.min(a.length, b.length) : at;
    for (const line of a.slice(from, from + 3)) lines.push(`    - ${line.slice(0, 200)}`);
    for (const line of b.slice(from, from + 3)) lines.push(`    + ${line.slice(0, 200)}`);
  }
  return lines;
}

export const existsTree = (dir: string) => existsSync(dir);
