/**
 * Build a fixture site (a folder with data/ and content/) with the real pipeline, into a
 * fresh temporary folder. Reuse it from any test:
 *
 *   const site = await buildFixture(fixturePath('site-small'));
 *   expect(site.ok).toBe(true);
 *   site.read('peringkat/2022/index.html');
 *   site.cleanup(); // in afterAll
 *
 * Builds take about a second: build once per file in `beforeAll` and share the result.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildSite } from '../../src/build.ts';
import { listFiles } from './tree.ts';

/** Absolute path of `test/fixtures/<name>`. */
export function fixturePath(name: string): string {
  return resolve(import.meta.dirname, '..', 'fixtures', name);
}

export interface BuiltFixture {
  /** Whether buildSite succeeded. */
  ok: boolean;
  /** The output folder (`<temp>/site`); it does not exist when the build failed. */
  output: string;
  /** Everything the build printed (problems, one per line, and verdicts). */
  log: string[];
  /** Text of a file in the output, by its path relative to the output (`wilayah/kota-bogor/index.html`). */
  read(path: string): string;
  /** Whether a file exists in the output. */
  has(path: string): boolean;
  /** Every file in the output, sorted relative paths. */
  files(): string[];
  /** Remove the temporary folder. */
  cleanup(): void;
}

/**
 * Build `root` into `output` (default: `site` in a new temporary folder).
 * Never throws for invalid input: check `ok` and `log`.
 */
export async function buildFixture(root: string, options: { output?: string } = {}): Promise<BuiltFixture> {
  const temp = options.output ? null : mkdtempSync(join(tmpdir(), 'kepatuhan-fixture-'));
  const output = options.output ?? join(temp!, 'site');
  const log: string[] = [];
  const ok = await buildSite({ root, output, log: (line) => log.push(line) });
  return {
    ok,
    output,
    log,
    read: (path) => readFileSync(join(output, path), 'utf8'),
    has: (path) => existsSync(join(output, path)),
    files: () => listFiles(output),
    cleanup: () => rmSync(temp ?? output, { recursive: true, force: true }),
  };
}

/** site-small with its settings (content/site.md) changed, built once for the enclosing `describe` and removed after it. */
export function builtWithSettings(change: (settings: string) => string): { root: string; site: BuiltFixture } {
  const built = {} as { root: string; site: BuiltFixture };
  beforeAll(async () => {
    built.root = mkdtempSync(join(tmpdir(), 'site-small-'));
    cpSync(fixturePath('site-small'), built.root, { recursive: true });
    const settings = join(built.root, 'content/site.md');
    writeFileSync(settings, change(readFileSync(settings, 'utf8')));
    built.site = await buildFixture(built.root);
  });
  afterAll(() => {
    built.site?.cleanup();
    if (built.root) rmSync(built.root, { recursive: true, force: true });
  });
  return built;
}
